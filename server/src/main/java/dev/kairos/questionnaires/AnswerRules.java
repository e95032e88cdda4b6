package dev.kairos.questionnaires;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One answer read against its question: the value as stored, or why it cannot be. A null, blank or
 * empty value is no answer, which only a required question refuses.
 */
final class AnswerRules {

    static final int MAX_TEXT = 500;
    static final int MAX_LONG_TEXT = 5000;

    private AnswerRules() {}

    /** The value to store (null for no answer), or the fault. */
    sealed interface Read {}

    record Value(String stored) implements Read {}

    record Fault(AnswerFault.Kind kind) implements Read {}

    static Read read(Question question, Object value) {
        Read read = absent(value) ? new Value(null) : typed(question, value);
        if (read instanceof Value v && v.stored() == null && question.required()) {
            return new Fault(AnswerFault.Kind.REQUIRED);
        }
        return read;
    }

    private static boolean absent(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty();
    }

    private static Read typed(Question question, Object value) {
        return switch (question.kind()) {
            case TEXT -> text(value, MAX_TEXT);
            case LONG_TEXT -> text(value, MAX_LONG_TEXT);
            case SINGLE_CHOICE ->
                value instanceof String s ? choice(question, List.of(s)) : fault(AnswerFault.Kind.WRONG_TYPE);
            case MULTIPLE_CHOICE -> multiple(question, value);
            case YES_NO -> yesNo(value);
            case NUMBER -> number(value);
            case DATE -> date(value);
        };
    }

    private static Read text(Object value, int max) {
        if (!(value instanceof String s)) {
            return fault(AnswerFault.Kind.WRONG_TYPE);
        }
        String text = s.strip();
        return text.length() > max ? fault(AnswerFault.Kind.TOO_LONG) : new Value(text);
    }

    private static Read multiple(Question question, Object value) {
        if (value instanceof String s) {
            return choice(question, List.of(s));
        }
        if (!(value instanceof List<?> items)) {
            return fault(AnswerFault.Kind.WRONG_TYPE);
        }
        List<String> chosen = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String s)) {
                return fault(AnswerFault.Kind.WRONG_TYPE);
            }
            chosen.add(s);
        }
        return choice(question, chosen);
    }

    /** Choices kept in the order of the question's options, each once. */
    private static Read choice(Question question, List<String> chosen) {
        Set<String> picked = new LinkedHashSet<>();
        for (String c : chosen) {
            if (!question.options().contains(c.strip())) {
                return fault(AnswerFault.Kind.NOT_AN_OPTION);
            }
            picked.add(c.strip());
        }
        List<String> ordered =
                question.options().stream().filter(picked::contains).toList();
        return new Value(String.join("\n", ordered));
    }

    private static Read yesNo(Object value) {
        if (value instanceof Boolean b) {
            return new Value(b ? "yes" : "no");
        }
        String word = value instanceof String s ? s.strip().toLowerCase(java.util.Locale.ROOT) : "";
        return switch (word) {
            case "yes", "true" -> new Value("yes");
            case "no", "false" -> new Value("no");
            default -> fault(AnswerFault.Kind.NOT_YES_NO);
        };
    }

    private static Read number(Object value) {
        if (!(value instanceof Number) && !(value instanceof String)) {
            return fault(AnswerFault.Kind.NOT_A_NUMBER);
        }
        String text = value.toString().strip().replace(',', '.');
        if (text.length() > 40) {
            return fault(AnswerFault.Kind.NOT_A_NUMBER);
        }
        try {
            BigDecimal number = new BigDecimal(text).stripTrailingZeros();
            // An exponent such as 1e999999 would be a million digits written out.
            return Math.abs(number.scale()) > 20
                    ? fault(AnswerFault.Kind.NOT_A_NUMBER)
                    : new Value(number.toPlainString());
        } catch (NumberFormatException e) {
            return fault(AnswerFault.Kind.NOT_A_NUMBER);
        }
    }

    private static Read date(Object value) {
        if (!(value instanceof String s)) {
            return fault(AnswerFault.Kind.NOT_A_DATE);
        }
        try {
            return new Value(LocalDate.parse(s.strip()).toString());
        } catch (DateTimeParseException e) {
            return fault(AnswerFault.Kind.NOT_A_DATE);
        }
    }

    private static Read fault(AnswerFault.Kind kind) {
        return new Fault(kind);
    }
}
