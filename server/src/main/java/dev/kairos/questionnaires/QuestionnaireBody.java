package dev.kairos.questionnaires;

import java.util.List;

/** A questionnaire as clients send it (POST and PUT): the title and every question, in order. */
public record QuestionnaireBody(String title, List<QuestionBody> questions) {

    /**
     * One question as sent.
     *
     * @param type one of {@link QuestionType}'s wire names
     * @param required absent means optional
     * @param options for the choice types: at least two, distinct, each on one line
     */
    public record QuestionBody(String type, String text, String help, Boolean required, List<String> options) {}
}
