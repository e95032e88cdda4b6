package dev.kairos.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spring-forward and fall-back days in both hemispheres. Local times in a gap do not exist; the
 * repeated hour of a fall-back night is real time: each repeated local time is offered at both of
 * its offsets, and no instant twice.
 */
class DaylightSavingTest {

    private static final TeamMemberId NIGHT_NURSE = TeamMemberId.of(7);
    private static final ServiceId VISIT = ServiceId.of(3);

    @ParameterizedTest(name = "{0} {1}: 09:00 opens at {2}")
    @CsvSource({
        "Europe/Berlin,       2026-03-28, 2026-03-28T08:00:00Z",
        "Europe/Berlin,       2026-03-29, 2026-03-29T07:00:00Z",
        "Europe/Berlin,       2026-10-24, 2026-10-24T07:00:00Z",
        "Europe/Berlin,       2026-10-25, 2026-10-25T08:00:00Z",
        "Australia/Sydney,    2026-04-04, 2026-04-03T22:00:00Z",
        "Australia/Sydney,    2026-04-05, 2026-04-04T23:00:00Z",
        "Australia/Sydney,    2026-10-03, 2026-10-02T23:00:00Z",
        "Australia/Sydney,    2026-10-04, 2026-10-03T22:00:00Z",
        "America/New_York,    2026-03-08, 2026-03-08T13:00:00Z",
        "America/New_York,    2026-11-01, 2026-11-01T14:00:00Z",
    })
    void nineOClockIsNineOClockOnBothSidesOfTheChange(String zone, LocalDate date, Instant expected) {
        List<Slot> slots = engineSlots(ZoneId.of(zone), "09:00", "17:00", 60, date);

        assertThat(slots.get(0).localTime().toString()).isEqualTo("09:00");
        assertThat(slots.get(0).start()).isEqualTo(expected);
        assertThat(slots).hasSize(15).allSatisfy(slot -> assertThat(slot.length())
                .isEqualTo(Duration.ofHours(1)));
    }

    @ParameterizedTest(name = "{0} {1}: open 01:00–04:00 offers {2} and lasts {3} real minutes")
    @CsvSource(delimiter = '|', textBlock = """
        Europe/Berlin    | 2026-03-29 | 01:00 01:30 03:00 03:30                         | 120
        Europe/Berlin    | 2026-03-30 | 01:00 01:30 02:00 02:30 03:00 03:30             | 180
        Europe/Berlin    | 2026-10-25 | 01:00 01:30 02:00 02:30 02:00 02:30 03:00 03:30 | 240
        Australia/Sydney | 2026-10-04 | 01:00 01:30 03:00 03:30                         | 120
        Australia/Sydney | 2026-04-05 | 01:00 01:30 02:00 02:30 02:00 02:30 03:00 03:30 | 240
        America/New_York | 2026-03-08 | 01:00 01:30 03:00 03:30                         | 120
        America/New_York | 2026-11-01 | 01:00 01:30 01:00 01:30 02:00 02:30 03:00 03:30 | 240
        """)
    void aNightWindowAcrossTheChangeSkipsTheGapAndOffersTheRepeatedHourTwice(
            String zone, LocalDate date, String times, int realMinutes) {
        ZoneId zoneId = ZoneId.of(zone);

        assertThat(Scenario.times(engineSlots(zoneId, "01:00", "04:00", 30, date)))
                .containsExactlyElementsOf(Arrays.asList(times.split(" ")));
        assertThat(startsAtOne(engineSlots(zoneId, "01:00", "04:00", realMinutes, date)))
                .isTrue();
        assertThat(startsAtOne(engineSlots(zoneId, "01:00", "04:00", realMinutes + 30, date)))
                .isFalse();
    }

    @ParameterizedTest(name = "{0} {1}: {2} is offered at {3} and at {4}")
    @CsvSource({
        "Europe/Berlin,    2026-10-25, 02:00, 2026-10-25T00:00:00Z, 2026-10-25T01:00:00Z",
        "Europe/Berlin,    2026-10-25, 02:30, 2026-10-25T00:30:00Z, 2026-10-25T01:30:00Z",
        "Australia/Sydney, 2026-04-05, 02:00, 2026-04-04T15:00:00Z, 2026-04-04T16:00:00Z",
        "America/New_York, 2026-11-01, 01:30, 2026-11-01T05:30:00Z, 2026-11-01T06:30:00Z",
    })
    void eachRepeatedLocalTimeIsOfferedOncePerOffset(
            String zone, LocalDate date, String local, Instant first, Instant second) {
        List<Slot> slots = engineSlots(ZoneId.of(zone), "01:00", "04:00", 30, date);

        assertThat(slots.stream().filter(s -> s.localTime().toString().equals(local)))
                .extracting(Slot::start)
                .containsExactly(first, second);
        assertThat(slots).extracting(Slot::start).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}: a 20:00–08:00 shift into {1} has {2} hourly slots")
    @CsvSource({
        "Europe/Berlin,    2026-03-29, 11, 01:00, 03:00",
        "Europe/Berlin,    2026-10-25, 13, 01:00, 02:00",
        "Australia/Sydney, 2026-10-04, 11, 01:00, 03:00",
        "Australia/Sydney, 2026-04-05, 13, 01:00, 02:00",
        "America/New_York, 2026-03-08, 11, 01:00, 03:00",
        "America/New_York, 2026-11-01, 13, 00:00, 01:00",
    })
    void aNightShiftAcrossTheChangeOnAClinicOpenAroundTheClock(
            String zone, LocalDate morning, int slotCount, String beforeChange, String afterChange) {
        ZoneId zoneId = ZoneId.of(zone);
        Schedule nights = WeeklySchedule.builder()
                .everyDay(LocalTimeWindow.of("20:00", "08:00"))
                .build();
        AvailabilityRequest request = AvailabilityRequest.builder(Location.of(zoneId, Schedule.always()), Instant.EPOCH)
                .services(ServiceSpec.builder(VISIT, Duration.ofHours(1)).build())
                .teamMembers(TeamMember.builder(NIGHT_NURSE, nights).build())
                .slotStep(Duration.ofHours(1))
                .build();

        List<Slot> night = new AvailabilityEngine()
                .slots(request, DateRange.of(morning.minusDays(1), morning)).stream()
                        .filter(s -> !s.start()
                                .isBefore(morning.minusDays(1)
                                        .atTime(20, 0)
                                        .atZone(zoneId)
                                        .toInstant()))
                        .filter(s -> s.start()
                                .isBefore(morning.atTime(8, 0).atZone(zoneId).toInstant()))
                        .toList();

        assertThat(night).hasSize(slotCount).allSatisfy(slot -> assertThat(Duration.between(slot.start(), slot.end()))
                .isEqualTo(Duration.ofHours(1)));
        Slot crossing = night.stream()
                .filter(s -> s.localTime().toString().equals(beforeChange))
                .findFirst()
                .orElseThrow();
        assertThat(crossing.end().atZone(zoneId).toLocalTime().toString()).isEqualTo(afterChange);
    }

    @ParameterizedTest(name = "{0}: {1} is bookable")
    @CsvSource({
        "Europe/Berlin,    2026-10-25T00:00:00Z",
        "Europe/Berlin,    2026-10-25T01:00:00Z",
        "Europe/Berlin,    2026-10-25T01:30:00Z",
        "Australia/Sydney, 2026-04-04T16:00:00Z",
        "America/New_York, 2026-11-01T06:30:00Z",
    })
    void bothPassesOfARepeatedTimeAreBookable(String zone, Instant start) {
        AvailabilityRequest request = request(ZoneId.of(zone), "01:00", "04:00", 30);

        BookingDecision decision = new AvailabilityEngine().check(request, start);

        assertThat(decision.isBookable()).as(decision.toString()).isTrue();
        assertThat(((BookingDecision.Bookable) decision).slot().start()).isEqualTo(start);
    }

    @Test
    void aMemberBookedInTheFirstPassIsStillFreeInTheSecond() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant firstTwo = Instant.parse("2026-10-25T00:00:00Z");
        AvailabilityRequest request = AvailabilityRequest.builder(
                        Location.of(
                                berlin,
                                WeeklySchedule.builder()
                                        .everyDay(LocalTimeWindow.of("01:00", "04:00"))
                                        .build()),
                        Instant.EPOCH)
                .services(ServiceSpec.builder(VISIT, Duration.ofMinutes(60)).build())
                .teamMembers(TeamMember.builder(NIGHT_NURSE, Schedule.always())
                        .busy(IntervalSet.of(TimeRange.of(firstTwo, firstTwo.plusSeconds(3600))))
                        .build())
                .slotStep(Duration.ofMinutes(60))
                .build();

        assertThat(new AvailabilityEngine().check(request, firstTwo).isBookable())
                .isFalse();
        assertThat(new AvailabilityEngine()
                        .check(request, firstTwo.plusSeconds(3600))
                        .isBookable())
                .isTrue();
    }

    private static boolean startsAtOne(List<Slot> slots) {
        return !slots.isEmpty() && slots.get(0).localTime().toString().equals("01:00");
    }

    private static List<Slot> engineSlots(ZoneId zone, String opens, String closes, int minutes, LocalDate date) {
        return new AvailabilityEngine().slots(request(zone, opens, closes, minutes), date);
    }

    private static AvailabilityRequest request(ZoneId zone, String opens, String closes, int minutes) {
        Location location = Location.of(
                zone,
                WeeklySchedule.builder()
                        .everyDay(LocalTimeWindow.of(opens, closes))
                        .build());
        return AvailabilityRequest.builder(location, Instant.EPOCH)
                .services(
                        ServiceSpec.builder(VISIT, Duration.ofMinutes(minutes)).build())
                .teamMembers(TeamMember.builder(NIGHT_NURSE, Schedule.always()).build())
                .slotStep(Duration.ofMinutes(30))
                .build();
    }
}
