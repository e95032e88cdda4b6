package dev.kairos.engine;

import static dev.kairos.engine.Scenario.ANNA;
import static dev.kairos.engine.Scenario.BERLIN;
import static dev.kairos.engine.Scenario.CUT;
import static dev.kairos.engine.Scenario.MONDAY;
import static dev.kairos.engine.Scenario.member;
import static dev.kairos.engine.Scenario.range;
import static dev.kairos.engine.Scenario.salon;
import static dev.kairos.engine.Scenario.service;
import static dev.kairos.engine.Scenario.slots;
import static dev.kairos.engine.Scenario.times;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuffersAndWindowTest {

    @ParameterizedTest(name = "buffer before {0} min, busy until {1}: 11:00 offered {2}")
    @CsvSource({
        "0,  11:00, true",
        "15, 10:45, true",
        "15, 10:50, false",
        "30, 10:30, true",
        "30, 10:31, false",
    })
    void theBufferBeforeNeedsFreeTimeBeforeTheStart(int buffer, String busyUntil, boolean offered) {
        ServiceSpec cut =
                service(CUT, 60).bufferBefore(Duration.ofMinutes(buffer)).build();
        TeamMember anna = member(ANNA, "08:00", "18:00")
                .busy(range(MONDAY, "10:00", busyUntil))
                .build();

        assertThat(times(slots(request(cut, anna))).contains("11:00")).isEqualTo(offered);
    }

    @ParameterizedTest(name = "buffer after {0} + technical break {1}, busy from {2}: 11:00 offered {3}")
    @CsvSource({
        "0,  0,  12:00, true",
        "10, 0,  12:10, true",
        "10, 0,  12:05, false",
        "10, 5,  12:15, true",
        "10, 5,  12:14, false",
        "0,  15, 12:14, false",
    })
    void theBufferAfterAndTechnicalBreakNeedFreeTimeAfterTheEnd(
            int after, int pause, String busyFrom, boolean offered) {
        ServiceSpec cut = service(CUT, 60)
                .bufferAfter(Duration.ofMinutes(after))
                .technicalBreak(Duration.ofMinutes(pause))
                .build();
        TeamMember anna = member(ANNA, "08:00", "18:00")
                .busy(range(MONDAY, busyFrom, "13:00"))
                .build();

        assertThat(times(slots(request(cut, anna))).contains("11:00")).isEqualTo(offered);
    }

    @ParameterizedTest(name = "buffers are staff time: working from {0}, buffer {1}: 09:00 offered {2}")
    @CsvSource({
        "09:00, 0,  true",
        "09:00, 15, false",
        "08:45, 15, true",
    })
    void buffersMayLieOutsideOpeningHoursButNotOutsideWorkingHours(String workFrom, int buffer, boolean offered) {
        ServiceSpec cut =
                service(CUT, 60).bufferBefore(Duration.ofMinutes(buffer)).build();

        assertThat(times(slots(request(cut, member(ANNA, workFrom, "18:00").build())))
                        .contains("09:00"))
                .isEqualTo(offered);
    }

    @ParameterizedTest(name = "now {0} local, lead {1} min: first slot {2}")
    @CsvSource({
        "2026-03-01T12:00, 0,   09:00",
        "2026-03-02T10:20, 0,   11:00",
        "2026-03-02T10:20, 40,  11:00",
        "2026-03-02T10:20, 41,  12:00",
        "2026-03-02T09:00, 0,   09:00",
        "2026-03-02T09:00, 1,   10:00",
        "2026-03-02T16:30, 30,  17:00",
    })
    void theMinimumLeadIsMeasuredFromNowInclusive(String nowLocal, int lead, String first) {
        Instant now = LocalDateTime.parse(nowLocal).atZone(BERLIN).toInstant();
        ServiceSpec cut =
                service(CUT, 60).bookingWindow(BookingWindow.of(lead, 30)).build();

        assertThat(times(slots(request(cut, now))).get(0)).isEqualTo(first);
    }

    @ParameterizedTest(name = "now {0} local, advance {1} days: Monday bookable {2}")
    @CsvSource({
        "2026-03-01T12:00, 1, true",
        "2026-03-01T12:00, 0, false",
        "2026-03-01T23:59, 1, true",
        "2026-03-02T00:30, 0, true",
        "2026-02-28T23:59, 1, false",
        "2026-02-28T23:59, 2, true",
    })
    void theAdvanceLimitCountsLocalDates(String nowLocal, int maxAdvanceDays, boolean bookable) {
        Instant now = LocalDateTime.parse(nowLocal).atZone(BERLIN).toInstant();
        ServiceSpec cut = service(CUT, 60)
                .bookingWindow(BookingWindow.of(0, maxAdvanceDays))
                .build();

        assertThat(slots(request(cut, now)).isEmpty()).isEqualTo(!bookable);
    }

    private static AvailabilityRequest request(ServiceSpec service, TeamMember member) {
        return AvailabilityRequest.builder(salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .services(service)
                .teamMembers(member)
                .slotStep(Duration.ofMinutes(60))
                .build();
    }

    private static AvailabilityRequest request(ServiceSpec service, Instant now) {
        return AvailabilityRequest.builder(salon("09:00", "18:00"), now)
                .services(service)
                .teamMembers(member(ANNA, "09:00", "18:00").build())
                .slotStep(Duration.ofMinutes(60))
                .build();
    }
}
