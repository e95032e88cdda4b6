package dev.kairos.refusal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.springframework.context.MessageSource;

/**
 * A refusal as a value: what kind, what it says (a {@link Fault}: a bundle key for the pages and
 * the English of {@code meta.message}), the fields at fault with their {@link Fault}s (empty when
 * none) and, for a request of several appointments, the client's id of the one refused (null when
 * none). The API writes the English ({@link #message()}, {@link #fields()}); a page shows the words
 * of the user's language ({@link #forPeople(MessageSource, Locale)}, {@link #fieldsIn}).
 */
public record Refusal(RefusalCode code, Fault says, Map<String, List<Fault>> faults, Long correlationId) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(says, "says");
        // In the order given: the envelope lists the fields as the request's rule found them.
        Map<String, List<Fault>> copy = new LinkedHashMap<>();
        if (faults != null) {
            faults.forEach((field, each) -> copy.put(field, List.copyOf(each)));
        }
        faults = Collections.unmodifiableMap(copy);
    }

    /** A refusal whose message is English only; prefer {@link #of(RefusalCode, Fault)}, which a page can translate. */
    public Refusal(RefusalCode code, String message, Map<String, List<Fault>> faults, Long correlationId) {
        this(code, Fault.english(Objects.requireNonNull(message, "message")), faults, correlationId);
    }

    /** The English of {@code meta.message}, exactly as the wire has always written it. */
    public String message() {
        return says.english();
    }

    /**
     * The message in the words of {@code locale}, for a page: the key's words, else the English; an
     * English page shows the API's own English.
     */
    public String messageIn(MessageSource messages, Locale locale) {
        return says.in(messages, locale);
    }

    public static Refusal of(RefusalCode code, Fault says) {
        return new Refusal(code, says, Map.of(), null);
    }

    /** A refusal of English only; prefer {@link #of(RefusalCode, Fault)}. */
    public static Refusal of(RefusalCode code, String message) {
        return of(code, Fault.english(message));
    }

    /** An online-booking refusal naming the appointment of the request it concerns. */
    public static Refusal of(RefusalCode code, Fault says, Long correlationId) {
        return new Refusal(code, says, Map.of(), correlationId);
    }

    /** {@link #of(RefusalCode, Fault, Long)} of English only. */
    public static Refusal of(RefusalCode code, String message, Long correlationId) {
        return of(code, Fault.english(message), correlationId);
    }

    /** A refusal whose fields' reasons are English only. */
    public static Refusal of(RefusalCode code, String message, Map<String, List<String>> fields, Long correlationId) {
        return new Refusal(code, message, english(fields), correlationId);
    }

    public static Refusal invalid(String field, Fault fault) {
        return invalidFaults(Map.of(field, List.of(fault)));
    }

    /** A field refused with English only; prefer {@link #invalid(String, Fault)}, which a page can translate. */
    public static Refusal invalid(String field, String message) {
        return invalid(field, Fault.english(message));
    }

    /** Fields refused with English only. */
    public static Refusal invalid(Map<String, List<String>> fields) {
        return invalidFaults(english(fields));
    }

    public static Refusal invalidFaults(Map<String, List<Fault>> faults) {
        return new Refusal(RefusalCode.INVALID, Fault.of("refusal.invalid", "An error has occurred"), faults, null);
    }

    public static Refusal malformed(String message) {
        return of(RefusalCode.MALFORMED, message);
    }

    public static Refusal malformed(Fault says) {
        return of(RefusalCode.MALFORMED, says);
    }

    /** {@code "<what> not found"}; a page says "not found" in its language, naming the id it was given. */
    public static Refusal notFound(String what) {
        return of(RefusalCode.NOT_FOUND, Fault.of("refusal.not-found", what + " not found"));
    }

    public static Refusal forbidden() {
        return of(RefusalCode.FORBIDDEN, Fault.of("refusal.forbidden", "Access denied."));
    }

    public static Refusal unauthenticated() {
        return of(RefusalCode.UNAUTHENTICATED, Fault.of("refusal.unauthenticated", "Authentication needed."));
    }

    public static Refusal conflict(String message) {
        return of(RefusalCode.CONFLICT, message);
    }

    public static Refusal conflict(Fault says) {
        return of(RefusalCode.CONFLICT, says);
    }

    /** Each field at fault with its reasons in English, as the API writes them in {@code meta.errors}. */
    public Map<String, List<String>> fields() {
        return fieldsIn(null, Locale.ENGLISH);
    }

    /**
     * Each field at fault with its reasons in the words of {@code locale}, for a page; a fault without
     * words in the bundles is in English. With no {@code messages}, English.
     */
    public Map<String, List<String>> fieldsIn(MessageSource messages, Locale locale) {
        return Fault.words(faults, messages, locale);
    }

    /** One line for a page: the message, or each field at fault with what is wrong with it. */
    public String forPeople() {
        return forPeople(null, Locale.ENGLISH);
    }

    /**
     * {@link #forPeople()} in the words of {@code locale}: the message's key, else its English; with
     * no {@code messages}, English.
     */
    public String forPeople(MessageSource messages, Locale locale) {
        if (faults.isEmpty()) {
            return messages == null ? says.english() : messageIn(messages, locale);
        }
        StringJoiner line = new StringJoiner("; ");
        fieldsIn(messages, locale).forEach((field, reasons) -> line.add(field + " " + String.join(", ", reasons)));
        return line.toString();
    }

    /** This refusal as an exception, for code that must abort a transaction or a deep call. */
    public Refused exception() {
        return new Refused(this);
    }

    /**
     * This refusal as an exception that also names the parameter at fault and why, for a page that
     * reads the request's parameters; the wire still writes only this refusal.
     */
    public Refused exception(String parameter, Fault fault) {
        return new Refused(this, java.util.Objects.requireNonNull(parameter), java.util.Objects.requireNonNull(fault));
    }

    private static Map<String, List<Fault>> english(Map<String, List<String>> fields) {
        Map<String, List<Fault>> faults = new LinkedHashMap<>();
        if (fields != null) {
            fields.forEach((field, reasons) ->
                    faults.put(field, reasons.stream().map(Fault::english).toList()));
        }
        return faults;
    }
}
