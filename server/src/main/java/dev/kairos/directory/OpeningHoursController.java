package dev.kairos.directory;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.web.Validation;
import dev.kairos.web.WireTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Kairos' own: a location's opening hours, {@code /locations/{id}/opening_hours}. */
@RestController
@RequestMapping("/api/v1")
class OpeningHoursController {

    private final OpeningHours hours;
    private final DirectoryAccess access;
    private final ActivityLog activity;

    OpeningHoursController(OpeningHours hours, DirectoryAccess access, ActivityLog activity) {
        this.hours = hours;
        this.access = access;
        this.activity = activity;
    }

    /** {@code {weekly:[{day_of_week, from, to}], special_days:[{date, closed:true} | {date, from, to}]}}. */
    record HoursBody(List<WeeklyEntry> weekly, List<SpecialDay> specialDays) {}

    record SpecialDay(String date, Boolean closed, String from, String to) {}

    @GetMapping("/locations/{cid}/opening_hours")
    Envelope<Map<String, Object>> get(Caller caller, @PathVariable long cid) {
        access.read(caller, cid);
        return Envelope.of(wire(hours.of(cid)));
    }

    /** Replaces the weekly hours and all special days. */
    @PutMapping("/locations/{cid}/opening_hours")
    @Transactional
    Envelope<Map<String, Object>> put(Caller caller, @PathVariable long cid, @RequestBody HoursBody body) {
        access.write(caller, cid, Right.MANAGE_SETTINGS);
        if (body == null || body.weekly() == null) {
            throw ApiException.invalid("weekly", "is required");
        }
        Map<DayOfWeek, List<TimeSlot>> weekly = WeeklyEntry.week(body.weekly(), "weekly");
        Map<LocalDate, List<TimeSlot>> special = special(body.specialDays() == null ? List.of() : body.specialDays());
        hours.replace(cid, weekly, special);
        activity.record(cid, caller, "updated", "opening_hours", cid, Map.of("special_days", special.size()));
        return Envelope.of(wire(hours.of(cid)));
    }

    private static Map<LocalDate, List<TimeSlot>> special(List<SpecialDay> days) {
        Validation v = new Validation();
        Map<LocalDate, List<SlotBody>> open = new TreeMap<>();
        Map<LocalDate, Boolean> closed = new TreeMap<>();
        for (int i = 0; i < days.size(); i++) {
            SpecialDay day = days.get(i);
            String field = "special_days[" + i + "]";
            if (day == null || day.date() == null) {
                throw ApiException.invalid(field + ".date", "is required");
            }
            LocalDate date = WireTime.parseDate(field + ".date", day.date());
            if (Boolean.TRUE.equals(day.closed())) {
                v.check(day.from() == null && day.to() == null, field, "a closed day has no from/to");
                closed.put(date, true);
            } else {
                open.computeIfAbsent(date, d -> new ArrayList<>()).add(new SlotBody(day.from(), day.to()));
            }
        }
        Map<LocalDate, List<TimeSlot>> special = new TreeMap<>();
        closed.keySet().forEach(date -> {
            v.check(!open.containsKey(date), "special_days", date + " is both closed and open");
            special.put(date, List.of());
        });
        open.forEach((date, slots) -> special.put(date, SlotBody.day(slots, "special_days." + date, v)));
        v.orThrow();
        return special;
    }

    private static Map<String, Object> wire(LocationHours h) {
        List<Map<String, Object>> special = new ArrayList<>();
        h.specialDays().forEach((date, slots) -> {
            if (slots.isEmpty()) {
                special.add(new LinkedHashMap<>(Map.of("date", date.toString(), "closed", true)));
            }
            slots.forEach(slot -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("date", date.toString());
                row.put("from", slot.wireFrom());
                row.put("to", slot.wireTo());
                special.add(row);
            });
        });
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("weekly", WeeklyEntry.wire(h.weekly()));
        view.put("special_days", special);
        return view;
    }
}
