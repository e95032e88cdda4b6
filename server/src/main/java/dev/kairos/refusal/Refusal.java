package dev.kairos.refusal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A refusal as a value: what kind, a message for people, the fields at fault (empty when none)
 * and, for a request of several appointments, the client's id of the one refused (null when
 * none).
 */
public record Refusal(RefusalCode code, String message, Map<String, List<String>> fields, Long correlationId) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        // In the order given: the envelope lists the fields as the request's rule found them.
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Refusal of(RefusalCode code, String message) {
        return new Refusal(code, message, Map.of(), null);
    }

    /** An online-booking refusal naming the appointment of the request it concerns. */
    public static Refusal of(RefusalCode code, String message, Long correlationId) {
        return new Refusal(code, message, Map.of(), correlationId);
    }

    public static Refusal invalid(String field, String message) {
        return invalid(Map.of(field, List.of(message)));
    }

    public static Refusal invalid(Map<String, List<String>> fields) {
        return new Refusal(RefusalCode.INVALID, "An error has occurred", new LinkedHashMap<>(fields), null);
    }

    public static Refusal malformed(String message) {
        return of(RefusalCode.MALFORMED, message);
    }

    public static Refusal notFound(String what) {
        return of(RefusalCode.NOT_FOUND, what + " not found");
    }

    public static Refusal forbidden() {
        return of(RefusalCode.FORBIDDEN, "Access denied.");
    }

    public static Refusal unauthenticated() {
        return of(RefusalCode.UNAUTHENTICATED, "Authentication needed.");
    }

    public static Refusal conflict(String message) {
        return of(RefusalCode.CONFLICT, message);
    }

    /** One line for a page: the message, or each field at fault with what is wrong with it. */
    public String forPeople() {
        if (fields.isEmpty()) {
            return message;
        }
        StringJoiner line = new StringJoiner("; ");
        fields.forEach((field, faults) -> line.add(field + " " + String.join(", ", faults)));
        return line.toString();
    }

    /** This refusal as an exception, for code that must abort a transaction or a deep call. */
    public Refused exception() {
        return new Refused(this);
    }
}
