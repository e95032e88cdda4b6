package dev.kairos.directory;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Validation;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One interval of a weekly timetable on the wire: {@code {day_of_week 1..7 (Monday = 1), from, to}}. */
record WeeklyEntry(Integer dayOfWeek, String from, String to) {

    /** The week by weekday, each day's slots sorted; 422 naming every bad entry. */
    static Map<DayOfWeek, List<TimeSlot>> week(List<WeeklyEntry> entries, String field) {
        if (entries == null) {
            throw Refusal.malformed(
                            Fault.of("refusal.json-weekly", "A JSON array of {day_of_week, from, to} is required"))
                    .exception();
        }
        Validation v = new Validation();
        Map<DayOfWeek, List<SlotBody>> byDay = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < entries.size(); i++) {
            WeeklyEntry e = entries.get(i);
            if (e == null || e.dayOfWeek() == null || e.dayOfWeek() < 1 || e.dayOfWeek() > 7) {
                v.reject(
                        field + "[" + i + "].day_of_week",
                        Fault.of("fault.weekday", "must be 1 (Monday) to 7 (Sunday)"));
                continue;
            }
            byDay.computeIfAbsent(DayOfWeek.of(e.dayOfWeek()), d -> new ArrayList<>())
                    .add(new SlotBody(e.from(), e.to()));
        }
        Map<DayOfWeek, List<TimeSlot>> week = new EnumMap<>(DayOfWeek.class);
        byDay.forEach((day, slots) -> week.put(day, SlotBody.day(slots, field + "." + day.getValue(), v)));
        v.orThrow();
        return week;
    }

    /** The week as the wire shows it, one entry per slot, Monday first. */
    static List<WeeklyEntry> wire(Map<DayOfWeek, List<TimeSlot>> week) {
        List<WeeklyEntry> rows = new ArrayList<>();
        new TreeMap<>(week)
                .forEach((day, slots) -> slots.forEach(
                        slot -> rows.add(new WeeklyEntry(day.getValue(), slot.wireFrom(), slot.wireTo()))));
        return rows;
    }
}
