package dev.kairos.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustedProxiesTest {

    @ParameterizedTest(name = "{0} via {1}, trusting {2}: {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // peer          | X-Forwarded-For                  | trusted               | client
                "203.0.113.9     | 198.51.100.1                     | -                     | 203.0.113.9",
                "203.0.113.9     | 198.51.100.1                     | 10.0.0.0/8            | 203.0.113.9",
                "10.1.2.3        | 198.51.100.1                     | 10.0.0.0/8            | 198.51.100.1",
                "10.1.2.3        | 6.6.6.6, 198.51.100.1            | 10.0.0.0/8            | 198.51.100.1",
                "10.1.2.3        | 198.51.100.1, 10.9.9.9           | 10.0.0.0/8            | 198.51.100.1",
                "10.1.2.3        | -                                | 10.0.0.0/8            | 10.1.2.3",
                "10.1.2.3        | not-an-address                   | 10.0.0.0/8            | 10.1.2.3",
                "127.0.0.1       | 198.51.100.7                     | 127.0.0.1             | 198.51.100.7",
                "127.0.0.2       | 198.51.100.7                     | 127.0.0.1             | 127.0.0.2",
                "::1             | 2001:db8::5                      | ::1                   | 2001:db8::5",
                "172.16.0.1      | 198.51.100.7                     | 172.16.0.0/12         | 198.51.100.7",
                "172.32.0.1      | 198.51.100.7                     | 172.16.0.0/12         | 172.32.0.1",
            })
    void theClientIsTheFirstUntrustedHopFromTheRight(String peer, String forwarded, String trusted, String client) {
        TrustedProxies proxies = trusted == null ? TrustedProxies.of() : TrustedProxies.of(trusted);
        var header = forwarded == null
                ? Collections.<String>emptyEnumeration()
                : Collections.enumeration(List.of(forwarded));

        assertThat(proxies.client(peer, header)).isEqualTo(client);
    }

    @ParameterizedTest
    @CsvSource({"example.com", "10.0.0.0/33", "300.1.1.1"})
    void aProxyMustBeAnAddressOrARange(String setting) {
        assertThatThrownBy(() -> TrustedProxies.of(setting)).isInstanceOf(IllegalArgumentException.class);
    }
}
