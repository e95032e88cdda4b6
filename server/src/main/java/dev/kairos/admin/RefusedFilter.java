package dev.kairos.admin;

import dev.kairos.appointments.RecordFilter;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refused;
import dev.kairos.wire.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Overview's filter as far as the server can read it: each field it refuses is set aside with
 * the fault, and the list is filtered by the others.
 *
 * @param refused the fault of each refused query parameter, by its name; an empty name for a
 *     refusal that names no parameter (then no filter applies)
 */
record RefusedFilter(RecordFilter filter, Map<String, Fault> refused) {

    private static final int MAX_REFUSED = 20;

    static RefusedFilter read(HttpServletRequest http, ZoneId zone, long locationId) {
        Map<String, Fault> refused = new LinkedHashMap<>();
        while (true) {
            HttpServletRequest asked = new WithoutParameters(http, refused.keySet());
            try {
                return new RefusedFilter(RecordFilter.from(new QueryParams(asked), zone, locationId), refused);
            } catch (Refused e) {
                Map.Entry<String, Fault> reason = reason(e);
                if (reason.getKey().isEmpty()
                        || refused.containsKey(reason.getKey())
                        || refused.size() >= MAX_REFUSED) {
                    refused.put("", Fault.english(e.getMessage()));
                    return new RefusedFilter(
                            RecordFilter.from(
                                    new QueryParams(new WithoutParameters(
                                            http, http.getParameterMap().keySet())),
                                    zone,
                                    locationId),
                            refused);
                }
                refused.put(reason.getKey(), reason.getValue());
            }
        }
    }

    /** The parameter a refusal names, and its fault; an empty name when it names none. */
    private static Map.Entry<String, Fault> reason(Refused e) {
        var faults = e.faults();
        if (faults.isEmpty()) {
            return Map.entry("", Fault.english(""));
        }
        var first = faults.entrySet().iterator().next();
        return Map.entry(first.getKey(), first.getValue().get(0));
    }

    /** The reason the field was refused, in the API's English words, or null. */
    public String of(String field) {
        Fault fault = refused.get(field);
        return fault == null ? null : fault.english();
    }

    /**
     * The message key of why the field was refused, or null: what the page shows next to it, in
     * the user's language.
     */
    public String key(String field) {
        Fault fault = refused.get(field);
        return fault == null ? null : Reason.of(fault).key;
    }

    /** The kinds of refusal a filter field meets, each one message in every bundle, by their faults' keys. */
    enum Reason {
        ORDER("fault.before-start"),
        DATE("fault.not-a-date", "fault.not-a-date-time"),
        NUMBER("fault.whole-number"),
        TOO_LONG("fault.too-long"),
        ONE("fault.one-id"),
        RANGE("fault.at-least-one", "fault.between", "fault.out-of-range"),
        CHOICE("fault.unknown-value", "fault.one-of"),
        OTHER();

        private final List<String> faults;
        final String key;

        Reason(String... faults) {
            this.faults = List.of(faults);
            this.key = "filter.refused."
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static Reason of(Fault fault) {
            for (Reason r : values()) {
                if (r.faults.contains(fault.key())) {
                    return r;
                }
            }
            return OTHER;
        }
    }
}
