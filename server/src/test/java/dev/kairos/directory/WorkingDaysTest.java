package dev.kairos.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    static final LocalDate SUNDAY = MONDAY.plusDays(6);

    static final Map<DayOfWeek, List<TimeSlot>> WEEK = Map.of(
            DayOfWeek.MONDAY, List.of(slot("09:00", "13:00"), slot("14:00", "18:00")),
            DayOfWeek.TUESDAY, List.of(slot("10:00", "16:00")),
            DayOfWeek.WEDNESDAY, List.of(slot("10:00", "16:00")));

    @Test
    void weeklyHoursGiveEachDateItsWeekdaysSlots() {
        var days = WorkingDays.resolve(WEEK, Map.of(), MONDAY, SUNDAY);

        assertThat(days).hasSize(7);
        assertThat(days.get(MONDAY).slots()).containsExactly(slot("09:00", "13:00"), slot("14:00", "18:00"));
        assertThat(days.get(TUESDAY).slots()).containsExactly(slot("10:00", "16:00"));
        assertThat(days.get(SUNDAY).slots()).isEmpty();
        assertThat(days.get(MONDAY).override()).isNull();
    }

    @Test
    void anOverrideReplacesTheWeeklyHoursOfItsDateOnly() {
        var override = DayOverride.workingDay(TUESDAY, List.of(slot("12:00", "20:00")));

        var days = WorkingDays.resolve(WEEK, Map.of(TUESDAY, override), MONDAY, WEDNESDAY);

        assertThat(days.get(TUESDAY).slots()).containsExactly(slot("12:00", "20:00"));
        assertThat(days.get(TUESDAY).override()).isEqualTo(override);
        assertThat(days.get(WEDNESDAY).slots()).containsExactly(slot("10:00", "16:00"));
    }

    @Test
    void anOverrideOnANonWorkingWeekdayMakesItWorking() {
        var days = WorkingDays.resolve(
                WEEK, Map.of(SUNDAY, DayOverride.workingDay(SUNDAY, List.of(slot("10:00", "12:00")))), SUNDAY, SUNDAY);

        assertThat(days.get(SUNDAY).slots()).containsExactly(slot("10:00", "12:00"));
    }

    @Test
    void aDayOffOrAWorkingOverrideWithoutSlotsEmptiesTheDate() {
        var off = DayOverride.dayOff(MONDAY, 2);
        var noSlots = new DayOverride(TUESDAY, true, List.of(), 0);

        var days = WorkingDays.resolve(WEEK, Map.of(MONDAY, off, TUESDAY, noSlots), MONDAY, WEDNESDAY);

        assertThat(days.get(MONDAY).slots()).isEmpty();
        assertThat(days.get(MONDAY).override().offDayType()).isEqualTo(2);
        assertThat(days.get(TUESDAY).slots()).isEmpty();
        assertThat(days.get(WEDNESDAY).working()).isTrue();
    }

    @Test
    void aNotWorkingOverrideIgnoresAnySlotsItCarries() {
        var override = new DayOverride(MONDAY, false, List.of(slot("09:00", "10:00")), 0);

        assertThat(WorkingDays.resolve(WEEK, Map.of(MONDAY, override), MONDAY, MONDAY)
                        .get(MONDAY)
                        .slots())
                .isEmpty();
    }

    @Test
    void overridesOutsideTheRangeAreIgnoredAndASingleDayRangeWorks() {
        var outside = DayOverride.dayOff(WEDNESDAY, 0);

        var days = WorkingDays.resolve(WEEK, Map.of(WEDNESDAY, outside), TUESDAY, TUESDAY);

        assertThat(days).containsOnlyKeys(TUESDAY);
        assertThat(days.get(TUESDAY).slots()).containsExactly(slot("10:00", "16:00"));
    }

    @Test
    void aReversedRangeIsRefused() {
        assertThatThrownBy(() -> WorkingDays.resolve(WEEK, Map.of(), TUESDAY, MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slotsMustStartBeforeTheyEndAndNotOverlap() {
        assertThatThrownBy(() -> slot("10:00", "10:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> slot("11:00", "10:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> slot("25:00", "26:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> slot("24:00", "24:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeSlot.day(List.of(slot("10:00", "12:00"), slot("11:59", "13:00"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TimeSlot.day(List.of(slot("12:00", "14:00"), slot("10:00", "12:00"))))
                .containsExactly(slot("10:00", "12:00"), slot("12:00", "14:00"));
    }

    @Test
    void twentyFourHundredEndsTheDay() {
        TimeSlot evening = slot("18:00", "24:00");

        assertThat(evening.to()).isEqualTo(LocalTime.MAX);
        assertThat(evening.wireTo()).isEqualTo("24:00");
        assertThat(evening.overlaps(slot("23:30", "24:00"))).isTrue();
    }

    private static TimeSlot slot(String from, String to) {
        return TimeSlot.parse(from, to);
    }
}
