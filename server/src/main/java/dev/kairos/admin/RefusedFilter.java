package dev.kairos.admin;

import dev.kairos.appointments.RecordFilter;
import dev.kairos.refusal.Refused;
import dev.kairos.wire.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Overview's filter as far as the server can read it: each field it refuses is set aside with
 * the reason, and the list is filtered by the others.
 *
 * @param refused the reason for each refused query parameter, by its name; an empty name for a
 *     refusal that names no parameter (then no filter applies)
 */
record RefusedFilter(RecordFilter filter, Map<String, String> refused) {

    private static final Pattern NAMED = Pattern.compile("^(?:Parameter )?'([^']+)' (.*)$");
    private static final int MAX_REFUSED = 20;

    static RefusedFilter read(HttpServletRequest http, ZoneId zone, long locationId) {
        Map<String, String> refused = new LinkedHashMap<>();
        while (true) {
            HttpServletRequest asked = new WithoutParameters(http, refused.keySet());
            try {
                return new RefusedFilter(RecordFilter.from(new QueryParams(asked), zone, locationId), refused);
            } catch (Refused e) {
                Map.Entry<String, String> reason = reason(e);
                if (reason.getKey().isEmpty()
                        || refused.containsKey(reason.getKey())
                        || refused.size() >= MAX_REFUSED) {
                    refused.put("", e.getMessage());
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

    /** The parameter a refusal names, and why; an empty name when it names none. */
    @SuppressWarnings("unchecked")
    private static Map.Entry<String, String> reason(Refused e) {
        if (!e.refusal().fields().isEmpty()) {
            var first = e.refusal().fields().entrySet().iterator().next();
            return Map.entry(first.getKey(), String.join("; ", first.getValue()));
        }
        Matcher named = NAMED.matcher(e.getMessage() == null ? "" : e.getMessage());
        return named.matches() ? Map.entry(named.group(1), named.group(2)) : Map.entry("", "");
    }

    /** The reason the field was refused, in the API's English words, or null. */
    public String of(String field) {
        return refused.get(field);
    }

    /**
     * The message key of why the field was refused, or null: what the page shows next to it, in
     * the user's language.
     */
    public String key(String field) {
        String reason = refused.get(field);
        return reason == null ? null : Reason.of(reason).key;
    }

    /** The kinds of refusal a filter field meets, each one message in every bundle. */
    enum Reason {
        ORDER("is before "),
        DATE("is not a valid date"),
        NUMBER("must be a whole number"),
        TOO_LONG("is longer than"),
        ONE("takes one id"),
        RANGE("must be 1 or more", "must be between", "is out of range"),
        CHOICE("unknown ", "must be 2, 1, 0 or -1"),
        OTHER();

        private final List<String> words;
        final String key;

        Reason(String... words) {
            this.words = List.of(words);
            this.key = "filter.refused."
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static Reason of(String reason) {
            for (Reason r : values()) {
                if (r.words.stream().anyMatch(reason::contains)) {
                    return r;
                }
            }
            return OTHER;
        }
    }
}
