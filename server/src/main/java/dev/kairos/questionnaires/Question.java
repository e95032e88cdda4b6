package dev.kairos.questionnaires;

import java.util.List;

/**
 * A question of one version of a questionnaire, as stored and on the wire.
 *
 * @param help text shown under the question, empty when none
 * @param options the choices of a single or multiple choice question, empty for the other types
 */
public record Question(
        long id, int position, String type, String text, String help, boolean required, List<String> options) {

    public QuestionType kind() {
        return QuestionType.of(type).orElseThrow();
    }
}
