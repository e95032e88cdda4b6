package dev.kairos.questionnaires;

import java.util.List;

/**
 * A questionnaire on the wire: its current version's questions and the services that ask it.
 *
 * @param version the current version, from 1; an edit of a version that has answers makes the next
 * @param createdAt ISO 8601 in the location's zone
 */
public record QuestionnaireView(
        long id,
        long locationId,
        String title,
        int version,
        List<Question> questions,
        List<Long> serviceIds,
        String createdAt,
        String updatedAt) {}
