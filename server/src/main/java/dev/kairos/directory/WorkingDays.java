package dev.kairos.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Resolves weekly hours and dated overrides into the working time of each date. Pure. */
final class WorkingDays {

    private WorkingDays() {}

    /**
     * Every date from {@code from} to {@code toInclusive}: an override wins over the weekly hours of
     * its date; an override that is not working or has no slots makes the date a day off; a date
     * without override takes its weekday's weekly hours (none = not working).
     *
     * @throws IllegalArgumentException when {@code toInclusive} is before {@code from}
     */
    static NavigableMap<LocalDate, ScheduledDay> resolve(
            Map<DayOfWeek, List<TimeSlot>> weekly,
            Map<LocalDate, DayOverride> overrides,
            LocalDate from,
            LocalDate toInclusive) {
        if (toInclusive.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
        NavigableMap<LocalDate, ScheduledDay> days = new TreeMap<>();
        for (LocalDate date = from; !date.isAfter(toInclusive); date = date.plusDays(1)) {
            days.put(date, day(weekly, overrides.get(date), date));
        }
        return days;
    }

    private static ScheduledDay day(Map<DayOfWeek, List<TimeSlot>> weekly, DayOverride override, LocalDate date) {
        if (override != null) {
            return new ScheduledDay(date, override.isDayOff() ? List.of() : override.slots(), override);
        }
        return new ScheduledDay(date, TimeSlot.day(weekly.getOrDefault(date.getDayOfWeek(), List.of())), null);
    }
}
