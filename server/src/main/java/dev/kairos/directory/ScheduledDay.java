package dev.kairos.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * A team member's resolved working time on one date at one location.
 *
 * @param slots the working intervals, sorted and disjoint; empty on a day off
 * @param override the dated override that decided the day, or null when the weekly hours did
 */
public record ScheduledDay(LocalDate date, List<TimeSlot> slots, DayOverride override) {

    public boolean working() {
        return !slots.isEmpty();
    }
}
