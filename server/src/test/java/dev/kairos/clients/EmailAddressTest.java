package dev.kairos.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            anna@example.com                 | anna@example.com
            '  anna@example.com  '           | anna@example.com
            Anna.Berg@Example.COM            | Anna.Berg@example.com
            anna+salon@example.co.uk         | anna+salon@example.co.uk
            o'brien@example.ie               | o'brien@example.ie
            a@b.io                           | a@b.io
            jörg@müller.de                   | jörg@müller.de
            иван@почта.рф                    | иван@почта.рф
            x_y-z{1}@sub-domain.example.org  | x_y-z{1}@sub-domain.example.org
            1234@123.example                 | 1234@123.example
            """)
    void accepts(String raw, String stored) {
        assertThat(EmailAddress.parse(raw)).map(EmailAddress::value).contains(stored);
        assertThat(EmailAddress.of(raw).value()).isEqualTo(stored);
        assertThat(EmailAddress.blankOrValid(raw)).isTrue();
        assertThat(EmailAddress.storable(raw)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
            strings = {
                "anna",
                "anna@",
                "@example.com",
                "anna@example", // one label: no mail goes there from a booking
                "anna@@example.com",
                "an@na@example.com",
                "anna @example.com",
                "anna@exa mple.com",
                ".anna@example.com",
                "anna.@example.com",
                "an..na@example.com",
                "anna@example..com",
                "anna@.example.com",
                "anna@example.com.",
                "anna@-example.com",
                "anna@example-.com",
                "anna@example.123",
                "anna@[192.0.2.1]",
                "\"anna\"@example.com",
                "anna(comment)@example.com",
                "anna@exam_ple.com",
                "anna\t@example.com",
                "<anna@example.com>",
                "anna@example.com, bob@example.com",
                "example.de"
            })
    void refuses(String raw) {
        assertThat(EmailAddress.parse(raw)).isEmpty();
        assertThat(EmailAddress.blankOrValid(raw)).isFalse();
        assertThatThrownBy(() -> EmailAddress.of(raw)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmailAddress.storable(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void blankIsNone(String raw) {
        assertThat(EmailAddress.parse(raw)).isEmpty();
        assertThat(EmailAddress.blankOrValid(raw)).isTrue();
        assertThat(EmailAddress.storable(raw)).isEmpty();
    }

    @Test
    void lengthLimitsAreRfc5321s() {
        String local64 = "a".repeat(64);
        assertThat(EmailAddress.parse(local64 + "@example.com")).isPresent();
        assertThat(EmailAddress.parse(local64 + "a@example.com")).isEmpty();
        String label63 = "b".repeat(63);
        assertThat(EmailAddress.parse("a@" + label63 + ".com")).isPresent();
        assertThat(EmailAddress.parse("a@" + label63 + "b.com")).isEmpty();
        // 254 characters in all, built to the limit exactly.
        String domain = label63 + "." + label63 + "." + label63 + "." + "c".repeat(60);
        assertThat(("a@" + domain).length()).isEqualTo(254);
        assertThat(EmailAddress.parse("a@" + domain)).isPresent();
        assertThat(EmailAddress.parse("ab@" + domain)).isEmpty();
    }

    @Test
    void equalAddressesAreEqualValues() {
        assertThat(EmailAddress.of("anna@EXAMPLE.com")).isEqualTo(EmailAddress.of(" anna@example.com"));
        assertThat(EmailAddress.of("Anna@example.com")).isNotEqualTo(EmailAddress.of("anna@example.com"));
    }
}
