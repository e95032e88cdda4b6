package dev.kairos.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import java.util.ArrayList;
import java.util.List;
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

    /** The location's opening hours as the wire shows them. */
    record HoursView(List<WeeklyEntry> weekly, List<SpecialDayView> specialDays) {}

    /** A special day: {@code {date, closed:true}} when closed, else one {@code {date, from, to}} per slot. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SpecialDayView(String date, Boolean closed, String from, String to) {}

    @GetMapping("/locations/{cid}/opening_hours")
    Envelope<HoursView> get(Caller caller, @PathVariable long cid) {
        access.read(caller, cid);
        return Envelope.of(wire(hours.of(cid)));
    }

    /** Replaces the weekly hours and all special days. */
    @PutMapping("/locations/{cid}/opening_hours")
    Envelope<HoursView> put(Caller caller, @PathVariable long cid, @RequestBody HoursBody body) {
        return Envelope.of(wire(settings.replaceHours(
                caller, cid, body == null ? null : body.weekly(), body == null ? null : body.specialDays())));
    }

    private static HoursView wire(LocationHours h) {
        List<SpecialDayView> special = new ArrayList<>();
        h.specialDays().forEach((date, slots) -> {
            if (slots.isEmpty()) {
                special.add(new SpecialDayView(date.toString(), true, null, null));
            }
            slots.forEach(
                    slot -> special.add(new SpecialDayView(date.toString(), null, slot.wireFrom(), slot.wireTo())));
        });
        return new HoursView(WeeklyEntry.wire(h.weekly()), special);
    }
}
