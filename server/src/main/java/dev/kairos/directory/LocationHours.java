package dev.kairos.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * When a location is open, in its local time.
 *
 * @param weekly the regular hours by weekday, each day's slots sorted and disjoint; a weekday absent is closed
 * @param specialDays dated exceptions that replace the weekly hours of their date; an empty list is closed all day
 */
public record LocationHours(
        long locationId, Map<DayOfWeek, List<TimeSlot>> weekly, NavigableMap<LocalDate, List<TimeSlot>> specialDays) {

    /** The opening hours of one date, special day first; empty when closed. */
    public List<TimeSlot> on(LocalDate date) {
        List<TimeSlot> special = specialDays.get(date);
        return special != null ? special : weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }
}
