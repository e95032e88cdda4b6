package dev.kairos.directory;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final LocationSettings settings;

    OpeningHoursController(OpeningHours hours, DirectoryAccess access, LocationSettings settings) {
        this.hours = hours;
        this.access = access;
        this.settings = settings;
    }

    /** {@code {weekly:[{day_of_week, from, to}], special_days:[{date, closed:true} | {date, from, to}]}}. */
    record HoursBody(List<WeeklyEntry> weekly, List<LocationSettings.SpecialDay> specialDays) {}

    @GetMapping("/locations/{cid}/opening_hours")
    Envelope<Map<String, Object>> get(Caller caller, @PathVariable long cid) {
        access.read(caller, cid);
        return Envelope.of(wire(hours.of(cid)));
    }

    /** Replaces the weekly hours and all special days. */
    @PutMapping("/locations/{cid}/opening_hours")
    Envelope<Map<String, Object>> put(Caller caller, @PathVariable long cid, @RequestBody HoursBody body) {
        return Envelope.of(wire(settings.replaceHours(
                caller, cid, body == null ? null : body.weekly(), body == null ? null : body.specialDays())));
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
