package dev.kairos.engine;

import static dev.kairos.engine.Scenario.ANNA;
import static dev.kairos.engine.Scenario.BERLIN;
import static dev.kairos.engine.Scenario.CUT;
import static dev.kairos.engine.Scenario.MONDAY;
import static dev.kairos.engine.Scenario.at;
import static dev.kairos.engine.Scenario.member;
import static dev.kairos.engine.Scenario.oneMemberDay;
import static dev.kairos.engine.Scenario.range;
import static dev.kairos.engine.Scenario.service;
import static dev.kairos.engine.Scenario.slots;
import static dev.kairos.engine.Scenario.times;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlotRulesTest {

    @Test
    void aFreeDayOffersEveryHourThatFitsBeforeClosing() {
        List<Slot> slots = slots(oneMemberDay().build());

        assertThat(times(slots))
                .containsExactly("09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00");
        Slot first = slots.get(0);
        assertThat(first.start()).isEqualTo(at(MONDAY, "09:00"));
        assertThat(first.end()).isEqualTo(at(MONDAY, "10:00"));
        assertThat(first.localStart()).isEqualTo(LocalDateTime.of(MONDAY, java.time.LocalTime.of(9, 0)));
        assertThat(first.length()).isEqualTo(Duration.ofHours(1));
        assertThat(first.capacityRemaining()).isEqualTo(1);
        assertThat(first.teamMembers()).containsExactly(ANNA);
        assertThat(first.resources()).isEmpty();
    }

    @ParameterizedTest(name = "busy {0}–{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        09:30 | 10:00 | before the 11:00 slot       | true
        10:00 | 11:00 | touching its start          | true
        10:30 | 11:30 | overlapping its start       | false
        11:00 | 12:00 | exactly it                  | false
        11:15 | 11:45 | inside it                   | false
        10:45 | 12:15 | containing it               | false
        11:30 | 12:30 | overlapping its end         | false
        12:00 | 13:00 | touching its end            | true
        13:00 | 14:00 | after it                    | true
        """)
    void busyTimeRemovesOnlyTheSlotsItOverlaps(String from, String to, String name, boolean elevenOffered) {
        TeamMember anna =
                member(ANNA, "09:00", "18:00").busy(range(MONDAY, from, to)).build();

        List<String> times = times(slots(requestWith(anna)));

        assertThat(times.contains("11:00")).isEqualTo(elevenOffered);
    }

    @Test
    void groupEventsAreBusyTime() {
        TeamMember anna = member(ANNA, "09:00", "18:00")
                .groupEvents(range(MONDAY, "10:00", "12:00"))
                .build();

        assertThat(times(slots(requestWith(anna))))
                .doesNotContain("10:00", "11:00")
                .contains("09:00", "12:00");
    }

    @Test
    void severalOpeningIntervalsADayEachStartTheirOwnGrid() {
        Location splitDay = Location.of(
                BERLIN,
                WeeklySchedule.builder()
                        .everyDay(LocalTimeWindow.of("09:00", "12:00"), LocalTimeWindow.of("13:30", "16:00"))
                        .build());

        AvailabilityRequest request = AvailabilityRequest.builder(splitDay, Scenario.SUNDAY_NOON)
                .services(service(CUT, 60).build())
                .teamMembers(member(ANNA, "08:00", "20:00").build())
                .slotStep(Duration.ofMinutes(60))
                .build();

        assertThat(times(slots(request))).containsExactly("09:00", "10:00", "11:00", "13:30", "14:30");
    }

    @Test
    void specialDaysReplaceAndClosuresRemoveTheWeeklyHours() {
        WeeklySchedule.Builder hours = WeeklySchedule.builder().everyDay(LocalTimeWindow.of("09:00", "18:00"));
        Location shortDay = Location.of(
                BERLIN,
                hours.special(MONDAY, LocalTimeWindow.of("10:00", "12:00")).build());
        Location closed = Location.of(BERLIN, hours.closed(MONDAY).build());

        assertThat(times(slots(withLocation(shortDay)))).containsExactly("10:00", "11:00");
        assertThat(slots(withLocation(closed))).isEmpty();
    }

    @Test
    void aServiceWithItsOwnHoursIsOfferedOnlyInsideThem() {
        ServiceSpec lunchOnly = service(CUT, 60)
                .hours(WeeklySchedule.builder()
                        .everyDay(LocalTimeWindow.of("12:00", "15:00"))
                        .build())
                .build();

        AvailabilityRequest request = AvailabilityRequest.builder(
                        Scenario.salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .services(lunchOnly)
                .teamMembers(member(ANNA, "09:00", "18:00").build())
                .slotStep(Duration.ofMinutes(60))
                .build();

        assertThat(times(slots(request))).containsExactly("12:00", "13:00", "14:00");
    }

    @Test
    void perDateWorkingHoursFromTheServerAreUsedAsGiven() {
        TeamMember anna = TeamMember.builder(
                        ANNA,
                        DatedSchedule.of(
                                MONDAY, LocalTimeWindow.of("09:00", "11:00"), LocalTimeWindow.of("15:00", "17:00")))
                .build();

        assertThat(times(slots(requestWith(anna)))).containsExactly("09:00", "10:00", "15:00", "16:00");
    }

    @Test
    void aFinerStepOffersEveryFittingStart() {
        AvailabilityRequest request =
                oneMemberDay().slotStep(Duration.ofMinutes(20)).build();

        assertThat(times(slots(request))).startsWith("09:00", "09:20", "09:40").endsWith("16:40", "17:00");
    }

    static AvailabilityRequest requestWith(TeamMember... members) {
        return AvailabilityRequest.builder(Scenario.salon("09:00", "18:00"), Scenario.SUNDAY_NOON)
                .services(service(CUT, 60).build())
                .teamMembers(members)
                .slotStep(Duration.ofMinutes(60))
                .build();
    }

    private static AvailabilityRequest withLocation(Location location) {
        return AvailabilityRequest.builder(location, Scenario.SUNDAY_NOON)
                .services(service(CUT, 60).build())
                .teamMembers(member(ANNA, "09:00", "18:00").build())
                .slotStep(Duration.ofMinutes(60))
                .build();
    }
}
