package dev.kairos.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One day's timetable grid: a start every slot step through each member's working intervals,
 * free when some member working then is not held by an appointment for the step. Local times
 * that do not exist (a daylight-saving gap) are left out.
 */
final class Seances {

    private final ZoneId zone;
    private final LocalDate day;
    private final int stepMinutes;

    Seances(ZoneId zone, LocalDate day, int stepMinutes) {
        this.zone = zone;
        this.day = day;
        this.stepMinutes = Math.max(stepMinutes, 1);
    }

    /** One start of the grid, as Altegio's {@code {time, is_free}}. */
    record Seance(String time, boolean isFree) {}

    Instant start() {
        return day.atStartOfDay(zone).toInstant();
    }

    Instant end() {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    long stepSeconds() {
        return stepMinutes * 60L;
    }

    List<Seance> of(Map<Long, NavigableMap<LocalDate, List<TimeSlot>>> hours, List<BusyIntervals.Held> held) {
        TreeMap<LocalTime, Boolean> grid = new TreeMap<>();
        hours.forEach((member, days) -> {
            for (TimeSlot slot : days.getOrDefault(day, List.of())) {
                addSlot(grid, member, slot, held);
            }
        });
        return grid.entrySet().stream()
                .map(e -> new Seance(TimeSlot.format(e.getKey()), e.getValue()))
                .toList();
    }

    private void addSlot(TreeMap<LocalTime, Boolean> grid, long member, TimeSlot slot, List<BusyIntervals.Held> held) {
        LocalDateTime end = slot.to().equals(LocalTime.MAX) ? day.plusDays(1).atStartOfDay() : day.atTime(slot.to());
        for (LocalDateTime at = day.atTime(slot.from());
                !at.plusMinutes(stepMinutes).isAfter(end);
                at = at.plusMinutes(stepMinutes)) {
            if (zone.getRules().getValidOffsets(at).isEmpty()) {
                continue;
            }
            Instant from = at.atZone(zone).toInstant();
            Instant until = from.plusSeconds(stepSeconds());
            boolean free = held.stream().noneMatch(h -> h.memberId() == member && h.overlaps(from, until));
            grid.merge(at.toLocalTime(), free, Boolean::logicalOr);
        }
    }
}
