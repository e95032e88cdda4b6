package dev.kairos.questionnaires;

import dev.kairos.refusal.Fault;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules a questionnaire as sent must keep; each fault is named by its field. */
final class FormRules {

    static final int MAX_QUESTIONS = 50;
    static final int MAX_OPTIONS = 30;

    private FormRules() {}

    /** A question cleaned up for storing: text and help stripped, options only for the choice types. */
    record Clean(QuestionType type, String text, String help, boolean required, List<String> options) {}

    /** The faults of the body, by field such as {@code questions[2].options}; empty when it may be stored. */
    static Map<String, List<Fault>> faults(QuestionnaireBody body) {
        Map<String, List<Fault>> faults = new LinkedHashMap<>();
        String title = body.title() == null ? "" : body.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            faults.put("title", List.of(Fault.of("fault.required-up-to", "is required, up to 200 characters", 200)));
        }
        List<QuestionnaireBody.QuestionBody> questions = body.questions() == null ? List.of() : body.questions();
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            faults.put(
                    "questions",
                    List.of(Fault.of(
                            "fault.questionnaire.questions",
                            "name between 1 and " + MAX_QUESTIONS + " questions",
                            MAX_QUESTIONS)));
        }
        for (int i = 0; i < questions.size(); i++) {
            question(faults, "questions[" + i + "].", questions.get(i));
        }
        return faults;
    }

    private static void question(Map<String, List<Fault>> faults, String at, QuestionnaireBody.QuestionBody q) {
        if (q == null) {
            faults.put(at.substring(0, at.length() - 1), List.of(Fault.of("fault.empty", "is empty")));
            return;
        }
        var type = QuestionType.of(q.type());
        if (type.isEmpty()) {
            faults.put(at + "type", List.of(Fault.oneOf(QuestionType.names())));
        }
        String text = q.text() == null ? "" : q.text().strip();
        if (text.isEmpty() || text.length() > 500) {
            faults.put(
                    at + "text", List.of(Fault.of("fault.required-up-to", "is required, up to 500 characters", 500)));
        }
        if (q.help() != null && q.help().strip().length() > 1000) {
            faults.put(at + "help", List.of(Fault.tooLong(1000)));
        }
        List<String> options = q.options() == null ? List.of() : q.options();
        if (type.isPresent() && type.get().hasOptions()) {
            Fault problem = optionsProblem(options);
            if (problem != null) {
                faults.put(at + "options", List.of(problem));
            }
        } else if (!options.isEmpty()) {
            faults.put(
                    at + "options",
                    List.of(Fault.of(
                            "fault.questionnaire.options-not-here", "are only for single_choice and multiple_choice")));
        }
    }

    private static Fault optionsProblem(List<String> options) {
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            return Fault.of(
                    "fault.questionnaire.options", "name between 2 and " + MAX_OPTIONS + " options", MAX_OPTIONS);
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            String o = option == null ? "" : option.strip();
            if (o.isEmpty() || o.length() > 200 || o.contains("\n") || o.contains("\r")) {
                return Fault.of("fault.questionnaire.option-line", "must each be one line of 1 to 200 characters", 200);
            }
            if (!seen.add(o)) {
                return Fault.of("fault.questionnaire.options-distinct", "must be distinct");
            }
        }
        return null;
    }

    /** The questions of a body that has no faults, ready to store. */
    static List<Clean> clean(QuestionnaireBody body) {
        List<Clean> clean = new ArrayList<>();
        for (QuestionnaireBody.QuestionBody q : body.questions()) {
            QuestionType type = QuestionType.of(q.type()).orElseThrow();
            clean.add(new Clean(
                    type,
                    q.text().strip(),
                    q.help() == null ? "" : q.help().strip(),
                    Boolean.TRUE.equals(q.required()),
                    type.hasOptions() ? q.options().stream().map(String::strip).toList() : List.of()));
        }
        return clean;
    }
}
