package dev.kairos.directory;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Validation;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;

/** The writable fields of a location, validated; the record components name the SQL parameters. */
record LocationFields(
        String title,
        String zone,
        String country,
        String city,
        String address,
        String phone,
        String site,
        String currency,
        String region,
        Double lat,
        Double lon,
        int step,
        int lead,
        int advance,
        boolean allowDelete,
        int deleteDelay,
        boolean allowChange,
        int changeDelay,
        boolean phoneConfirmation,
        String grouping,
        boolean active,
        String language) {

    private static final Set<String> GROUPINGS = Set.of("same_client_same_day", "back_to_back", "none");

    /** The request laid over {@code base} (null for a new location); 422 with every bad field. */
    static LocationFields from(LocationRequest r, Location base) {
        Validation v = new Validation();
        String title = pick(r.title(), base == null ? null : base.title());
        v.required(title, "title").atMost(title, 200, "title");
        String zone = pick(
                r.timezoneName() != null ? r.timezoneName() : r.timezone(),
                base == null ? null : base.zone().getId());
        v.required(zone, "timezone_name")
                .check(
                        zone == null || validZone(zone),
                        "timezone_name",
                        Fault.of("fault.location.time-zone", "is not an IANA time zone"));
        Location.BookingSettings b = base == null ? null : base.booking();
        int step = pick(r.slotStepMinutes(), b == null ? 15 : b.slotStepMinutes());
        v.check(step >= 5 && step <= 240, "slot_step_minutes", Fault.between(5, 240));
        int lead = pick(r.minLeadMinutes(), b == null ? 0 : b.minLeadMinutes());
        v.check(lead >= 0 && lead <= 525_600, "min_lead_minutes", Fault.between(0, 525_600));
        int advance = pick(r.maxAdvanceDays(), b == null ? 60 : b.maxAdvanceDays());
        v.check(advance >= 0 && advance <= 730, "max_advance_days", Fault.between(0, 730));
        int deleteDelay = pick(r.allowDeleteRecordDelayStep(), b == null ? 0 : b.deleteDelaySeconds());
        int changeDelay = pick(r.allowChangeRecordDelayStep(), b == null ? 0 : b.changeDelaySeconds());
        v.check(deleteDelay >= 0, "allow_delete_record_delay_step", Fault.notNegative());
        v.check(changeDelay >= 0, "allow_change_record_delay_step", Fault.notNegative());
        String currency = pick(r.currency(), base == null ? "EUR" : base.currency());
        v.check(
                currency.matches("[A-Z]{3}"),
                "currency",
                Fault.of("fault.location.currency", "must be an ISO 4217 code such as EUR"));
        String region = pick(r.defaultRegion(), base == null ? "DE" : base.defaultRegion());
        v.check(
                region.matches("[A-Z]{2}"),
                "default_region",
                Fault.of("fault.location.region", "must be an ISO 3166 country code such as DE"));
        String grouping = pick(r.visitGrouping(), b == null ? "same_client_same_day" : b.visitGrouping());
        v.check(GROUPINGS.contains(grouping), "visit_grouping", Fault.oneOf(String.valueOf(GROUPINGS)));
        String language = pick(r.language(), base == null ? "en" : base.language());
        v.check(Location.LANGUAGES.contains(language), "language", Fault.oneOf(String.valueOf(Location.LANGUAGES)));
        v.orThrow();
        return new LocationFields(
                title.strip(),
                zone,
                pick(r.country(), base == null ? "" : base.country()),
                pick(r.city(), base == null ? "" : base.city()),
                pick(r.address(), base == null ? "" : base.address()),
                pick(r.phone(), base == null ? "" : base.phone()),
                pick(r.site(), base == null ? "" : base.site()),
                currency,
                region,
                pick(r.coordinateLat(), base == null ? null : base.coordinateLat()),
                pick(r.coordinateLon(), base == null ? null : base.coordinateLon()),
                step,
                lead,
                advance,
                pick(r.allowDeleteRecord(), b == null || b.allowDeleteRecord()),
                deleteDelay,
                pick(r.allowChangeRecord(), b == null || b.allowChangeRecord()),
                changeDelay,
                pick(r.phoneConfirmation(), b != null && b.phoneConfirmation()),
                grouping,
                pick(r.active(), base == null || base.active()),
                language);
    }

    private static <T> T pick(T given, T fallback) {
        return given != null ? given : fallback;
    }

    private static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return zone.contains("/") || zone.equals("UTC");
        } catch (DateTimeException e) {
            return false;
        }
    }
}
