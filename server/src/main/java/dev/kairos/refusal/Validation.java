package dev.kairos.refusal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects field faults of one request and refuses it with all of them at once. */
public final class Validation {

    private final Map<String, List<Fault>> faults = new LinkedHashMap<>();

    public Validation check(boolean ok, String field, Fault fault) {
        if (!ok) {
            reject(field, fault);
        }
        return this;
    }

    /** A check whose reason is English only; prefer {@link #check(boolean, String, Fault)}. */
    public Validation check(boolean ok, String field, String message) {
        return check(ok, field, Fault.english(message));
    }

    public Validation reject(String field, Fault fault) {
        faults.computeIfAbsent(field, f -> new ArrayList<>()).add(fault);
        return this;
    }

    /** A reason that is English only; prefer {@link #reject(String, Fault)}. */
    public Validation reject(String field, String message) {
        return reject(field, Fault.english(message));
    }

    public Validation required(Object value, String field) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        return check(present, field, Fault.required());
    }

    /** Refuses a text longer than {@code max} characters; a missing one is for {@link #required}. */
    public Validation atMost(String value, int max, String field) {
        return check(value == null || value.length() <= max, field, Fault.tooLong(max));
    }

    public boolean ok() {
        return faults.isEmpty();
    }

    /** The refusal of every collected fault; empty when there are none. */
    public Optional<Refusal> refusal() {
        return faults.isEmpty() ? Optional.empty() : Optional.of(Refusal.invalidFaults(faults));
    }

    /** Throws a 422 with every collected fault, if there are any. */
    public void orThrow() {
        Optional<Refusal> refusal = refusal();
        if (refusal.isPresent()) {
            throw refusal.get().exception();
        }
    }
}
