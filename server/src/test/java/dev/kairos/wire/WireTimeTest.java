package dev.kairos.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import dev.kairos.web.RefusalResponses;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The wire's date and time formats: lenient where leniency keeps the meaning, strict where it would change it. */
class WireTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-12-10T10:00:00+03:00      | 2026-12-10T07:00:00Z
        2026-12-10T10:00:00 03:00      | 2026-12-10T07:00:00Z
        2026-12-10T10:00:00 0300       | 2026-12-10T07:00:00Z
        2026-12-10 10:00:00 03:00      | 2026-12-10T07:00:00Z
        2026-12-10T10:00:00.000 03:00  | 2026-12-10T07:00:00Z
        2026-12-10T10:00:00-05:00      | 2026-12-10T15:00:00Z
        2026-12-10 10:00:00            | 2026-12-10T09:00:00Z
        2026-12-10T10:00               | 2026-12-10T09:00:00Z
        2026-12-10                     | 2026-12-09T23:00:00Z
        1796896800                     | 2026-12-10T10:00:00Z
        2027-03-28T02:30:00+01:00      | 2027-03-28T01:30:00Z
        2027-10-31T02:30:00+01:00      | 2027-10-31T01:30:00Z
        2027-10-31 02:30:00            | 2027-10-31T00:30:00Z
        """)
    void readsEveryFormatClientsSend(String text, Instant expected) {
        assertThat(WireTime.parseInstant("datetime", text, BERLIN)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"9999-12-31T99:99:99", "2026-02-30T10:00:00", "2026-12-10T25:00", "tomorrow", "2026-12-10T10"})
    void aTimeThatIsNoTimeIs400(String text) {
        assertThatThrownBy(() -> WireTime.parseInstant("datetime", text, BERLIN))
                .isInstanceOfSatisfying(
                        Refused.class, e -> assertThat(e.refusal().code()).isEqualTo(RefusalCode.MALFORMED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-12-31T99:99:99", "2026-02-30", "2026-13-01", "2026-12-10 24:30:00", "12/10/2026"})
    void aDateThatIsNoDateIs400(String text) {
        assertThatThrownBy(() -> WireTime.parseDate("start_date", text))
                .isInstanceOfSatisfying(
                        Refused.class, e -> assertThat(e.refusal().code()).isEqualTo(RefusalCode.MALFORMED));
    }

    @ParameterizedTest(name = "{0} is the date {1}")
    @CsvSource({
        "2026-12-10, 2026-12-10",
        "20261210, 2026-12-10",
        "10.12.2026, 2026-12-10",
        "2026-12-10T10:00:00 03:00, 2026-12-10"
    })
    void readsADate(String text, LocalDate expected) {
        assertThat(WireTime.parseDate("date", text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-03-28 02:30:00", "2027-03-28T02:00", "2027-03-28T02:59:59"})
    void aLocalTimeInTheSpringForwardGapIs422NamingTheZone(String text) {
        assertThatThrownBy(() -> WireTime.parseInstant("datetime", text, BERLIN))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(RefusalResponses.status(e.refusal().code()).value())
                            .isEqualTo(422);
                    assertThat(String.valueOf(e.refusal().fields()))
                            .contains("datetime")
                            .contains("Europe/Berlin");
                });
    }
}
