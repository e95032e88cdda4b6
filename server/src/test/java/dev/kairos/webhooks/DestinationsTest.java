package dev.kairos.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.refusal.Fault;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DestinationsTest {

    static Destinations destinations(boolean loopback, boolean internal) {
        return new Destinations(
                new WebhookProperties(loopback, internal, null, null, null, null, null, null, null, null, null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://hooks.example.com/kairos | ok",
                "https://hooks.example.com:8443/a?b=c | ok",
                "https://93.184.216.34/hook | ok",
                "http://hooks.example.com/kairos | must be an https URL",
                "ftp://hooks.example.com/ | must be an https URL",
                "hooks.example.com/kairos | must be an absolute https URL with a host name",
                "/relative | must be an absolute https URL with a host name",
                "https://user:pw@hooks.example.com/ | must not carry a user name or password",
                "https://exa mple.com/ | is not a valid URL",
                "https://localhost/hook | is a loopback address",
                "http://127.0.0.1:8080/hook | must be an https URL",
                "https://127.0.0.1/hook | is a loopback address",
                "https://[::1]/hook | is a loopback address",
                "https://10.0.0.1/hook | is a private or link-local address",
                "https://172.16.5.4/hook | is a private or link-local address",
                "https://192.168.1.10/hook | is a private or link-local address",
                "https://169.254.169.254/latest/meta-data | is a private or link-local address",
                "https://100.64.0.1/ | is a private or link-local address",
                "https://[fd00::1]/ | is a private or link-local address",
                "https://[fe80::1]/ | is a private or link-local address",
                "https://0.0.0.0/ | is not a single host's address",
                "https://224.0.0.1/ | is not a single host's address",
                "https://255.255.255.255/ | is not a single host's address",
            })
    void byDefaultOnlyHttpsToPublicAddresses(String url, String expected) {
        assertThat(destinations(false, false).problem(url).map(Fault::english).orElse("ok"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "http://127.0.0.1:8080/hook | ok",
                "http://localhost:8080/hook | ok",
                "https://[::1]/hook | ok",
                "http://hooks.example.com/ | must be an https URL",
                "http://10.0.0.1/ | must be an https URL",
                "https://10.0.0.1/ | is a private or link-local address",
            })
    void loopbackWhenAllowedAndHttpOnlyThere(String url, String expected) {
        assertThat(destinations(true, false).problem(url).map(Fault::english).orElse("ok"))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"10.1.2.3", "192.168.0.1", "169.254.1.1", "fd12::1"})
    void internalAddressesWhenAllowed(String address) throws UnknownHostException {
        assertThat(destinations(false, true).refusal(InetAddress.getByName(address)))
                .isEmpty();
        assertThat(destinations(false, true)
                        .refusal(InetAddress.getByName("127.0.0.1"))
                        .map(Fault::english))
                .contains("is a loopback address");
    }

    @org.junit.jupiter.api.Test
    void aVeryLongUrlIsRefused() {
        assertThat(destinations(false, false)
                        .problem("https://example.com/" + "a".repeat(2000))
                        .map(Fault::english))
                .contains("is longer than 2000 characters");
    }
}
