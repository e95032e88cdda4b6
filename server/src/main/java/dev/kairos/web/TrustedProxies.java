package dev.kairos.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who a request comes from. The peer's address, unless the peer is a configured trusted proxy
 * ({@code KAIROS_TRUSTED_PROXIES}: addresses and CIDR ranges, comma-separated): then the
 * {@code X-Forwarded-For} chain is read from the right, and the first address that is not a
 * trusted proxy is the client. A header from anyone else is ignored, so a client cannot pick its
 * own address.
 */
@Component
public class TrustedProxies {

    private final List<Range> ranges;

    TrustedProxies(@Value("${kairos.trusted-proxies:}") List<String> proxies) {
        this.ranges = proxies.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(Range::parse)
                .toList();
    }

    public static TrustedProxies of(String... proxies) {
        return new TrustedProxies(List.of(proxies));
    }

    /** The client's address for rate limits and sign-in throttling. */
    public String client(HttpServletRequest request) {
        return client(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"));
    }

    String client(String peer, java.util.Enumeration<String> forwardedFor) {
        if (!trusts(peer) || forwardedFor == null) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.asIterator().forEachRemaining(h -> hops.addAll(List.of(h.split(","))));
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (!literal(hop)) {
                return client;
            }
            client = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** Whether the request came through a trusted proxy that says the client spoke HTTPS to it. */
    public boolean forwardedHttps(String peer, String forwardedProto) {
        return forwardedProto != null && trusts(peer) && forwardedProto.strip().equalsIgnoreCase("https");
    }

    public boolean trusts(String address) {
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    private static boolean literal(String address) {
        return !address.isEmpty() && address.matches("[0-9a-fA-F:.]+") && address.matches(".*[.:].*");
    }

    private record Range(byte[] network, int bits) {

        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            if (!literal(parts[0])) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + text);
            }
            byte[] address = bytes(parts[0]);
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("Not a CIDR range: " + text);
            }
            return new Range(address, bits);
        }

        boolean contains(String address) {
            if (address == null || !literal(address)) {
                return false;
            }
            byte[] candidate = bytes(address);
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        private static byte[] bytes(String literal) {
            try {
                // A literal address: no name lookup happens.
                return InetAddress.getByName(literal).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Not an IP address: " + literal, e);
            }
        }
    }
}
