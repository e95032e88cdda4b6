package dev.kairos.wire;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lenient reading of query parameters as clients really send them: arrays as {@code name[]},
 * {@code name[0]}, repeated {@code name} or comma-separated; flags as 0/1 or true/false.
 */
public final class QueryParams {

    private static final Pattern INDEXED = Pattern.compile("\\[\\d*]$");

    private final Map<String, String[]> params;

    public QueryParams(HttpServletRequest request) {
        this(request.getParameterMap());
    }

    private QueryParams(Map<String, String[]> params) {
        this.params = params;
    }

    /**
     * The parameters of a stored query string ({@code a=1&b%5B%5D=2}, without the {@code ?}), read
     * as a request's would be; a background job replays the filter of the page that started it.
     */
    public static QueryParams parse(String query) {
        Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        for (String pair : (query == null ? "" : query).split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        Map<String, String[]> params = new java.util.LinkedHashMap<>();
        values.forEach((name, list) -> params.put(name, list.toArray(String[]::new)));
        return new QueryParams(params);
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Refusal.malformed(Fault.of("refusal.query-encoding", "The query string is not properly encoded"))
                    .exception();
        }
    }

    /** Every value given for {@code name} in any array spelling, in request order. */
    public List<String> strings(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String[]> entry : params.entrySet()) {
            String key = entry.getKey();
            if (key.equals(name)
                    || (key.startsWith(name + "[")
                            && INDEXED.matcher(key.substring(name.length())).matches())) {
                for (String raw : entry.getValue()) {
                    for (String part : readable(key, raw).split(",")) {
                        if (!part.isBlank()) {
                            values.add(part.strip());
                        }
                    }
                }
            }
        }
        return values;
    }

    /** The ids given for {@code name}; 400 if one is not a whole number. */
    public List<Long> longs(String name) {
        List<Long> ids = new ArrayList<>();
        for (String value : strings(name)) {
            ids.add(parseLong(name, value));
        }
        return ids;
    }

    public String string(String name) {
        String[] given = params.get(name);
        String value = given == null || given.length == 0 ? null : readable(name, given[0]);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long longValue(String name) {
        String value = string(name);
        return value == null ? null : parseLong(name, value);
    }

    public int intValue(String name, int fallback) {
        Long value = longValue(name);
        if (value == null) {
            return fallback;
        }
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw Refusal.malformed(
                            Fault.of("refusal.parameter-range", "Parameter '" + name + "' is out of range", name))
                    .exception(name, Fault.outOfRange());
        }
        return value.intValue();
    }

    public boolean flag(String name) {
        String value = string(name);
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes"));
    }

    public LocalDate date(String name) {
        String value = string(name);
        return value == null ? null : WireTime.parseDate(name, value);
    }

    /**
     * A whole number; a number with a fraction ({@code 1.5}) is refused with 422 rather than read
     * as another id, anything else that is not a number with 400.
     */
    private static long parseLong(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            if (value.matches("[-+]?\\d*\\.\\d+")) {
                throw Refusal.invalid(name, Fault.wholeNumber().saying("must be a whole number, got '" + value + "'"))
                        .exception();
            }
            throw Refusal.malformed(Fault.of(
                            "refusal.parameter-whole",
                            "Parameter '" + name + "' must be a whole number, got '" + shown(value) + "'",
                            name,
                            shown(value)))
                    .exception(name, Fault.wholeNumber());
        }
    }

    /** The value as given; a NUL character, which no text can hold, is refused naming the parameter. */
    private static String readable(String name, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw Refusal.invalid(name, Fault.of("fault.no-nul", "must not contain a NUL character"))
                    .exception();
        }
        return value;
    }

    private static String shown(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }
}
