package dev.kairos.web;

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

    private final HttpServletRequest request;

    public QueryParams(HttpServletRequest request) {
        this.request = request;
    }

    /** Every value given for {@code name} in any array spelling, in request order. */
    public List<String> strings(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            String key = entry.getKey();
            if (key.equals(name) || (key.startsWith(name + "[") && INDEXED.matcher(key.substring(name.length())).matches())) {
                for (String raw : entry.getValue()) {
                    for (String part : raw.split(",")) {
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
        String value = request.getParameter(name);
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
            throw ApiException.badRequest("Parameter '" + name + "' is out of range");
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

    private static long parseLong(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Parameter '" + name + "' must be a whole number, got '" + value + "'");
        }
    }
}
