package dev.kairos.engine;

import static dev.kairos.engine.Scenario.ANNA;
import static dev.kairos.engine.Scenario.BEN;
import static dev.kairos.engine.Scenario.BERLIN;
import static dev.kairos.engine.Scenario.CUT;
import static dev.kairos.engine.Scenario.MONDAY;
import static dev.kairos.engine.Scenario.range;
import static dev.kairos.engine.Scenario.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);
    private final AvailabilityEngine engine = new AvailabilityEngine();
    private final Location closedOnSundays = Location.of(
            BERLIN,
            WeeklySchedule.builder()
                    .everyDay(LocalTimeWindow.of("09:00", "12:00"))
                    .on(DayOfWeek.SUNDAY)
                    .closed(MARCH_10)
                    .build());
    private final TeamMember anna = TeamMember.builder(
                    ANNA,
                    WeeklySchedule.builder()
                            .everyDay(LocalTimeWindow.of("09:00", "12:00"))
                            .closed(LocalDate.of(2026, 3, 3))
                            .closed(LocalDate.of(2026, 3, 4))
                            .build())
            .busy(range(MONDAY, "09:00", "12:00"))
            .build();
    private final TeamMember ben = TeamMember.builder(
                    BEN,
                    WeeklySchedule.builder()
                            .on(DayOfWeek.FRIDAY, LocalTimeWindow.of("09:00", "12:00"))
                            .build())
            .build();

    @Test
    void datesWithSlotsSkipClosuresDaysOffAndFullDays() {
        List<LocalDate> dates = engine.datesWithSlots(request(StaffChoice.of(ANNA)), DateRange.monthOf(MONDAY));

        assertThat(dates)
                .hasSize(31 - 5 - 1 - 3)
                .doesNotContain(
                        MONDAY, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4), MARCH_10, LocalDate.of(2026, 3, 8));
        assertThat(dates.get(0)).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void anyStaffDatesAreTheUnionOfEachMembersDates() {
        DateRange firstWeek = DateRange.of(MONDAY, MONDAY.plusDays(6));

        assertThat(engine.datesWithSlots(request(StaffChoice.any()), firstWeek))
                .containsExactly(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 7));
    }

    @Test
    void theNearestDateWithASlotIsPerMemberAndLooksPastOneMonth() {
        assertThat(engine.nearestDateWithSlot(request(StaffChoice.of(ANNA)), MONDAY, 60))
                .contains(LocalDate.of(2026, 3, 5));
        assertThat(engine.nearestDateWithSlot(request(StaffChoice.of(BEN)), MONDAY, 60))
                .contains(LocalDate.of(2026, 3, 6));
        assertThat(engine.nearestDateWithSlot(request(StaffChoice.of(BEN)), MONDAY, 4))
                .isEmpty();
        assertThat(engine.nearestDateWithSlot(request(StaffChoice.of(ANNA)), LocalDate.of(2026, 3, 31), 60))
                .contains(LocalDate.of(2026, 3, 31));
    }

    @Test
    void workingDatesIncludeFullyBookedDaysButNotDaysOffOrClosures() {
        DateRange firstWeek = DateRange.of(MONDAY, MONDAY.plusDays(6));

        assertThat(engine.workingDates(request(StaffChoice.of(ANNA)), firstWeek))
                .containsExactly(MONDAY, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 7));
        assertThat(engine.workingDates(request(StaffChoice.of(BEN)), firstWeek))
                .containsExactly(LocalDate.of(2026, 3, 6));
    }

    @Test
    void aRangeLongerThanThirtyOneDaysIsRefused() {
        assertThatThrownBy(() -> DateRange.of(MONDAY, MONDAY.plusDays(31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DateRange.of(MONDAY, MONDAY.plusDays(30)).days()).isEqualTo(31);
    }

    private AvailabilityRequest request(StaffChoice staff) {
        return AvailabilityRequest.builder(closedOnSundays, Scenario.SUNDAY_NOON)
                .services(service(CUT, 60).build())
                .teamMembers(anna, ben)
                .staff(staff)
                .slotStep(Duration.ofMinutes(30))
                .build();
    }
}
