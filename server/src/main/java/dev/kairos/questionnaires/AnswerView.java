package dev.kairos.questionnaires;

/**
 * An appointment's answer as shown: the question as the client saw it, and the value.
 *
 * @param value the answer as stored: text, {@code yes}/{@code no}, a plain number, an ISO date, or
 *     a multiple choice's choices joined by {@code ", "}
 */
public record AnswerView(
        long questionnaireQuestionId, long questionnaireId, int version, String question, String type, String value) {}
