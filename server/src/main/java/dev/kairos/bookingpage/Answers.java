package dev.kairos.bookingpage;

import dev.kairos.questionnaires.Answer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers a booking page carries from the questions step to the booking: one request parameter
 * {@code q.<question id>} per question, repeated for each option of a multiple choice.
 */
record Answers(Map<Long, List<String>> values) {

    static final String PREFIX = "q.";

    static final Answers NONE = new Answers(Map.of());

    /** The answers among the request's parameters; a parameter whose id is not a number is left out. */
    static Answers of(HttpServletRequest request) {
        Map<Long, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            if (name.startsWith(PREFIX) && name.length() < PREFIX.length() + 19) {
                try {
                    values.put(Long.parseLong(name.substring(PREFIX.length())), Arrays.asList(given));
                } catch (NumberFormatException notAnAnswer) {
                    // Another form field that happens to start with the prefix.
                }
            }
        });
        return new Answers(values);
    }

    /** As the booking takes them: one value a string, several (a multiple choice) a list. */
    List<Answer> wire() {
        List<Answer> answers = new ArrayList<>();
        values.forEach((id, v) -> answers.add(new Answer(id, v.size() == 1 ? v.get(0) : List.copyOf(v))));
        return answers;
    }

    /** Each value as one hidden field of the next form: {@code {name, value}}. */
    List<String[]> hidden() {
        List<String[]> fields = new ArrayList<>();
        values.forEach((id, v) -> v.forEach(value -> fields.add(new String[] {PREFIX + id, value})));
        return fields;
    }

    List<String> of(long questionId) {
        return values.getOrDefault(questionId, List.of());
    }
}
