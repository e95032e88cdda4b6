package dev.kairos.refusal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects field errors of one request and refuses it with all of them at once. */
public final class Validation {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public Validation check(boolean ok, String field, String message) {
        if (!ok) {
            reject(field, message);
        }
        return this;
    }

    public Validation reject(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    public Validation required(Object value, String field) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        return check(present, field, "is required");
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws a 422 with every collected error, if there are any. */
    public void orThrow() {
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors).exception();
        }
    }
}
