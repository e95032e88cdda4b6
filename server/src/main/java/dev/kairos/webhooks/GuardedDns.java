package dev.kairos.webhooks;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Resolves a receiver's host for the HTTP client and refuses it when any of its addresses is one
 * webhooks may not reach. The client connects to exactly the addresses checked here, so a name
 * that resolves differently a moment later (DNS rebinding) cannot slip through.
 */
final class GuardedDns implements DnsResolver {

    private final Destinations destinations;
    private final DnsResolver system;

    GuardedDns(Destinations destinations, DnsResolver system) {
        this.destinations = destinations;
        this.system = system;
    }

    GuardedDns(Destinations destinations) {
        this(destinations, SystemDefaultDnsResolver.INSTANCE);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = system.resolve(host);
        for (InetAddress address : addresses) {
            var refusal = destinations.refusal(address);
            if (refusal.isPresent()) {
                throw new Refused(host + " resolves to " + address.getHostAddress() + ", which "
                        + refusal.get().english());
            }
        }
        return addresses;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(resolve(host))
                .map(a -> new InetSocketAddress(a, port))
                .toList();
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return system.resolveCanonicalHostname(host);
    }

    /** The host resolved to an address webhooks may not reach: not worth retrying. */
    static final class Refused extends UnknownHostException {
        Refused(String message) {
            super(message);
        }
    }
}
