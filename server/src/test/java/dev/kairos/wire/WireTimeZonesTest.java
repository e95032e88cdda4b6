package dev.kairos.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.refusal.Refused;
import dev.kairos.web.RefusalResponses;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Local wire times on daylight-saving days in zones of both hemispheres and of a half-hour shift:
 * a time in the gap is refused naming the zone, a time of the repeated hour is its earlier
 * occurrence unless an offset names the later, and the minutes around each change are exact.
 */
class WireTimeZonesTest {

    @ParameterizedTest(name = "{1} in {0} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            America/New_York    | 2027-03-14 01:59:59        | 2027-03-14T06:59:59Z
            America/New_York    | 2027-03-14 03:00:00        | 2027-03-14T07:00:00Z
            America/New_York    | 2027-11-07 01:30:00        | 2027-11-07T05:30:00Z
            America/New_York    | 2027-11-07T01:30:00-05:00  | 2027-11-07T06:30:00Z
            America/New_York    | 2027-11-07 02:00:00        | 2027-11-07T07:00:00Z
            Australia/Sydney    | 2027-10-03 01:59:59        | 2027-10-02T15:59:59Z
            Australia/Sydney    | 2027-10-03 03:00:00        | 2027-10-02T16:00:00Z
            Australia/Sydney    | 2027-04-04 02:30:00        | 2027-04-03T15:30:00Z
            Australia/Sydney    | 2027-04-04T02:30:00+10:00  | 2027-04-03T16:30:00Z
            Australia/Lord_Howe | 2027-10-03 02:30:00        | 2027-10-02T15:30:00Z
            Australia/Lord_Howe | 2027-04-04 01:45:00        | 2027-04-03T14:45:00Z
            Australia/Lord_Howe | 2027-04-04T01:45:00+10:30  | 2027-04-03T15:15:00Z
            Europe/Berlin       | 2027-03-28 01:59:59        | 2027-03-28T00:59:59Z
            Europe/Berlin       | 2027-03-28 03:00:00        | 2027-03-28T01:00:00Z
            """)
    void readsLocalTimesAroundTheChange(ZoneId zone, String text, Instant expected) {
        assertThat(WireTime.parseInstant("datetime", text, zone)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            America/New_York    | 2027-03-14 02:00:00
            America/New_York    | 2027-03-14 02:59:59
            Australia/Sydney    | 2027-10-03 02:00:00
            Australia/Sydney    | 2027-10-03T02:30
            Australia/Lord_Howe | 2027-10-03 02:00:00
            Australia/Lord_Howe | 2027-10-03 02:29:59
            """)
    void aTimeInTheGapIs422NamingTheZone(ZoneId zone, String text) {
        assertThatThrownBy(() -> WireTime.parseInstant("datetime", text, zone))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(RefusalResponses.status(e.refusal().code()).value())
                            .isEqualTo(422);
                    assertThat(String.valueOf(e.refusal().fields()))
                            .contains("datetime")
                            .contains(zone.getId());
                });
    }
}
