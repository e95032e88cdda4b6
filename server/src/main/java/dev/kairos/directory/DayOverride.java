package dev.kairos.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated override of a team member's weekly hours at one location. It replaces the weekly hours
 * of its date entirely; one that is not working, or has no slots, is a day off.
 *
 * @param offDayType Altegio's kind of day off (0 when unspecified)
 */
public record DayOverride(LocalDate date, boolean working, List<TimeSlot> slots, int offDayType) {

    public DayOverride {
        Objects.requireNonNull(date, "date");
        slots = working ? TimeSlot.day(slots) : List.of();
    }

    public static DayOverride workingDay(LocalDate date, List<TimeSlot> slots) {
        return new DayOverride(date, !slots.isEmpty(), slots, 0);
    }

    public static DayOverride dayOff(LocalDate date, int offDayType) {
        return new DayOverride(date, false, List.of(), offDayType);
    }

    public boolean isDayOff() {
        return slots.isEmpty();
    }
}
