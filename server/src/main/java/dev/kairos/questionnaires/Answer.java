package dev.kairos.questionnaires;

/**
 * One answer as a booking sends it.
 *
 * @param value a string, a number, a boolean (yes/no), or a list of strings (multiple choice); null
 *     or blank for no answer
 */
public record Answer(Long questionnaireQuestionId, Object value) {}
