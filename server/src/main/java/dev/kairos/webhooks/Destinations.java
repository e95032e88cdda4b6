package dev.kairos.webhooks;

import dev.kairos.refusal.Fault;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go: {@code https} URLs of hosts with public addresses. Loopback addresses
 * (and {@code http} to them) only when the operator allows them for development and tests, private
 * and link-local ones only when the operator allows those. A URL is checked when it is configured;
 * the addresses its host resolves to are checked again at every delivery ({@link GuardedDns}), so a
 * name that later resolves to an internal address is refused then.
 */
@Component
class Destinations {

    static final int MAX_URL_LENGTH = 2000;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final boolean allowLoopback;
    private final boolean allowPrivate;

    private static final Fault LOOPBACK = Fault.of("fault.url.loopback", "is a loopback address");

    Destinations(WebhookProperties properties) {
        this.allowLoopback = properties.allowLoopback();
        this.allowPrivate = properties.allowPrivate();
    }

    /** What is wrong with {@code url} as a receiver, if anything; looks nothing up. */
    Optional<Fault> problem(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of(Fault.tooLong(MAX_URL_LENGTH));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(Fault.of("fault.url", "is not a valid URL"));
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of(Fault.of("fault.url.absolute", "must be an absolute https URL with a host name"));
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of(Fault.of("fault.url.user", "must not carry a user name or password"));
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = "localhost".equals(host)
                || literal(host).map(InetAddress::isLoopbackAddress).orElse(false);
        if (!"https".equals(scheme) && !("http".equals(scheme) && loopback && allowLoopback)) {
            return Optional.of(Fault.of("fault.url.https", "must be an https URL"));
        }
        if ("localhost".equals(host) && !allowLoopback) {
            return Optional.of(LOOPBACK);
        }
        return literal(host).flatMap(this::refusal);
    }

    /** Why a receiver may not be at {@code address}, if it may not. */
    Optional<Fault> refusal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isMulticastAddress() || broadcast(address)) {
            return Optional.of(Fault.of("fault.url.not-one-host", "is not a single host's address"));
        }
        if (address.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of(LOOPBACK);
        }
        if (internal(address) && !allowPrivate) {
            return Optional.of(Fault.of("fault.url.private", "is a private or link-local address"));
        }
        return Optional.empty();
    }

    private static boolean internal(InetAddress address) {
        byte[] b = address.getAddress();
        boolean uniqueLocal = address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
        boolean carrierNat = address instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        boolean thisNetwork = address instanceof Inet4Address && b[0] == 0;
        return address.isSiteLocalAddress() || address.isLinkLocalAddress() || uniqueLocal || carrierNat || thisNetwork;
    }

    private static boolean broadcast(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address && (b[0] & b[1] & b[2] & b[3]) == (byte) 0xff;
    }

    /** The host as an address when it is written as one (no lookup); empty for a name. */
    private static Optional<InetAddress> literal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!IPV4.matcher(bare).matches() && !bare.contains(":")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
