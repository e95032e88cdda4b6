package dev.kairos.directory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A location in the Altegio company shape, plus Kairos' booking settings. */
public final class LocationView {

    private LocationView() {}

    /** The location as {@code GET /company/{id}} shows it; {@code now} picks the UTC offset shown as {@code timezone}. */
    public static Map<String, Object> of(Location l, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("title", l.title());
        m.put("public_title", l.title());
        m.put("group_id", l.chainId());
        m.put("main_group_id", l.chainId());
        m.put("country", l.country());
        m.put("city", l.city());
        m.put("address", l.address());
        m.put("phone", l.phone());
        m.put("phones", l.phone().isEmpty() ? List.of() : List.of(l.phone()));
        m.put("site", l.site());
        m.put("timezone", l.zone().getRules().getOffset(now).getTotalSeconds() / 3600.0);
        m.put("timezone_name", l.zone().getId());
        m.put("currency_short_title", l.currency());
        m.put("currency", l.currency());
        m.put("default_region", l.defaultRegion());
        m.put("coordinate_lat", l.coordinateLat());
        m.put("coordinate_lon", l.coordinateLon());
        Location.BookingSettings b = l.booking();
        m.put("allow_delete_record", b.allowDeleteRecord());
        m.put("allow_delete_record_delay_step", b.deleteDelaySeconds());
        m.put("allow_change_record", b.allowChangeRecord());
        m.put("allow_change_record_delay_step", b.changeDelaySeconds());
        m.put("phone_confirmation", b.phoneConfirmation());
        m.put("slot_step_minutes", b.slotStepMinutes());
        m.put("min_lead_minutes", b.minLeadMinutes());
        m.put("max_advance_days", b.maxAdvanceDays());
        m.put("visit_grouping", b.visitGrouping());
        m.put("active", l.active() ? 1 : 0);
        m.put("language", l.language());
        return m;
    }
}
