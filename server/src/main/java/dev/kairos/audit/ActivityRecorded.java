package dev.kairos.audit;

import java.util.List;
import java.util.Map;

/**
 * Something was created, changed or deleted: published, in the changing transaction, for every
 * activity log entry, so that other modules (webhooks) act on each change through any path.
 *
 * @param locationId the location the change belongs to; null for a change outside any location
 * @param entity what changed: {@code appointment}, {@code client}, {@code service}, ...
 * @param entityIds the changed entities, one for most changes, many for a bulk write; empty when
 *     the entry names no single entity (an import's summary)
 * @param action {@code created}, {@code updated}, {@code deleted}, {@code status_changed}, ...
 * @param userId who changed it, null for a partner-only call (online booking) or none
 * @param partnerId the integration the change came through, null for none
 * @param details the entry's details, as logged
 */
public record ActivityRecorded(
        Long locationId,
        String entity,
        List<Long> entityIds,
        String action,
        Long userId,
        Long partnerId,
        Map<String, ?> details) {

    public ActivityRecorded {
        entityIds = List.copyOf(entityIds);
        details = details == null ? Map.of() : details;
    }
}
