package dev.kairos.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.Test;

/** Every address a name resolves to is checked, so one internal address among public ones is enough to refuse. */
class GuardedDnsTest {

    private static final Map<String, List<String>> ZONE = Map.of(
            "public.example", List.of("93.184.216.34"),
            "rebinding.example", List.of("93.184.216.34", "10.0.0.7"),
            "metadata.example", List.of("169.254.169.254"));

    private final GuardedDns dns = new GuardedDns(DestinationsTest.destinations(false, false), new Zone());

    @Test
    void aNameWithPublicAddressesResolves() throws UnknownHostException {
        assertThat(dns.resolve("public.example"))
                .extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.216.34");
        assertThat(dns.resolve("public.example", 443)).hasSize(1);
    }

    @Test
    void oneInternalAddressAmongPublicOnesRefusesTheName() {
        assertThatThrownBy(() -> dns.resolve("rebinding.example"))
                .isInstanceOf(GuardedDns.Refused.class)
                .hasMessage("rebinding.example resolves to 10.0.0.7, which is a private or link-local address");
        assertThatThrownBy(() -> dns.resolve("metadata.example", 80)).isInstanceOf(GuardedDns.Refused.class);
    }

    /** A fixed table of names, standing in for DNS. */
    private static final class Zone implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            List<String> addresses = ZONE.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = InetAddress.getByName(addresses.get(i));
            }
            return resolved;
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
