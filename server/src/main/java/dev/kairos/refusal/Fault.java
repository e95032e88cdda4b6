package dev.kairos.refusal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What is wrong with one field, in two forms: a message key of the pages' bundles
 * ({@code messages*.properties}) with its arguments, for a page in the user's language, and the
 * English text the API writes in {@code meta.errors}. A fault without a key is English only.
 *
 * @param key the bundle key, {@code fault.*}; null when the fault has no words but its English
 * @param args the key's arguments, in the order of its {@code {0}}, {@code {1}}
 * @param english the text of {@code meta.errors}, exactly as the wire has always written it
 */
public record Fault(String key, List<Object> args, String english) {

    public Fault {
        Objects.requireNonNull(english, "english");
        // Not List.copyOf: an argument may be null (a value the request left out), shown as such.
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** A fault known only in English: a reason of a rule not yet given words in the bundles. */
    public static Fault english(String english) {
        return new Fault(null, List.of(), english);
    }

    public static Fault required() {
        return of("fault.required", "is required");
    }

    public static Fault wrongFormat() {
        return of("fault.wrong-format", "has a wrong format");
    }

    public static Fault wholeNumber() {
        return of("fault.whole-number", "must be a whole number");
    }

    public static Fault tooLong(int max) {
        return of("fault.too-long", "is longer than " + max + " characters", max);
    }

    public static Fault between(Number min, Number max) {
        return of("fault.between", "must be between " + min + " and " + max, min, max);
    }

    /** A duration out of its range, in seconds. */
    public static Fault seconds(long min, long max) {
        return of("fault.seconds-between", "must be between " + min + " and " + max + " seconds", min, max);
    }

    /** A value outside a fixed list of choices, written as the wire spells them. */
    public static Fault oneOf(String choices) {
        return of("fault.one-of", "must be one of " + choices, choices);
    }

    public static Fault outOfRange() {
        return of("fault.out-of-range", "is out of range");
    }

    public static Fault notNegative() {
        return of("fault.not-negative", "must not be negative");
    }

    /** A fault of {@code key} whose English is {@code english}; {@code args} fill the key's words. */
    public static Fault of(String key, String english, Object... args) {
        return new Fault(Objects.requireNonNull(key, "key"), Arrays.asList(args), english);
    }

    /**
     * Several faults as one, each in turn, joined by {@code "; "} as the wire has always joined them;
     * a page shows each in its language. None: an empty English fault.
     */
    public static Fault joined(List<Fault> faults) {
        Fault all = null;
        for (Fault each : faults) {
            all = all == null ? each : of("refusal.and", all.english() + "; " + each.english(), all, each);
        }
        return all == null ? english("") : all;
    }

    /**
     * Words as one list, joined by {@code ", "}: the English of each in turn, and on a page each in
     * its language. None: an empty English fault.
     */
    public static Fault listed(List<Fault> words) {
        Fault all = null;
        for (Fault each : words) {
            all = all == null ? each : of("refusal.comma", all.english() + ", " + each.english(), all, each);
        }
        return all == null ? english("") : all;
    }

    /**
     * An argument that is itself a word of the bundles (a status, say): a page shows the word of
     * {@code key} in its language, the English is {@code english}.
     */
    public static MessageSourceResolvable word(String key, String english) {
        return new DefaultMessageSourceResolvable(new String[] {key}, english);
    }

    /**
     * The same fault with other English for the wire, where a rule always wrote it its own way
     * ({@code "title is required"}); the page's words stay those of the key.
     */
    public Fault saying(String english) {
        return new Fault(key, args, english);
    }

    /**
     * Each field's faults in the words of {@code locale}, in the order given; with no
     * {@code messages}, in English.
     */
    public static Map<String, List<String>> words(
            Map<String, List<Fault>> faults, MessageSource messages, Locale locale) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        faults.forEach((field, each) -> words.put(
                field,
                each.stream()
                        .map(f -> messages == null ? f.english() : f.in(messages, locale))
                        .toList()));
        return Collections.unmodifiableMap(words);
    }

    /**
     * The fault in the words of {@code locale}: the key's message with its arguments, else the
     * English. An English page shows the rule's own English, the words the API writes, so that what
     * a person reads and what an API client reads agree.
     */
    public String in(MessageSource messages, Locale locale) {
        if (key == null || locale == null || Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return english;
        }
        // A fault among the arguments (the parts of a joined fault) is in the same words.
        Object[] filled = args.stream()
                .map(a -> a instanceof Fault f ? f.in(messages, locale) : a)
                .toArray();
        String words = messages.getMessage(key, filled, null, locale);
        return words == null ? english : words;
    }
}
