package dev.kairos.webhooks;

import dev.kairos.audit.ActivityRecorded;
import dev.kairos.webhooks.Change.Status;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which webhook changes an activity log entry makes: the entity and action logged decide the
 * resource and status. Entities no Altegio hook covers (resources, positions, accounts, exports)
 * make none.
 */
final class Changes {

    private static final Set<String> SERVICE_PARTS = Set.of("service_staff", "service_hours", "service_resources");
    private static final Set<String> GONE = Set.of("cancelled", "rejected");

    private Changes() {}

    static List<Change> of(ActivityRecorded entry) {
        if (entry.locationId() == null) {
            return List.of();
        }
        return kind(entry)
                .map(kind -> entry.entityIds().stream()
                        .map(id -> new Change(entry.locationId(), kind.resource(), id, kind.status()))
                        .toList())
                .orElse(List.of());
    }

    private record Kind(Resource resource, Status status) {}

    private static Optional<Kind> kind(ActivityRecorded entry) {
        String action = entry.action();
        Status crud = Status.of(action);
        return Optional.ofNullable(
                switch (entry.entity()) {
                    case "appointment" ->
                        new Kind(
                                Resource.RECORD,
                                appointment(action, entry.details().get("to")));
                    case "client" -> new Kind(Resource.CLIENT, crud);
                    case "service" -> new Kind(Resource.SERVICE, crud);
                    case "service_category" -> new Kind(Resource.SERVICE_CATEGORY, crud);
                    case "team_member" -> new Kind(Resource.STAFF, crud);
                    case "location" -> new Kind(Resource.COMPANY, crud);
                    case "opening_hours" -> new Kind(Resource.COMPANY, Status.UPDATE);
                    case "schedule", "weekly_hours" -> new Kind(Resource.SCHEDULE, Status.UPDATE);
                    case "payment" ->
                        new Kind(Resource.FINANCES_OPERATION, "deleted".equals(action) ? Status.DELETE : Status.CREATE);
                    default ->
                        SERVICE_PARTS.contains(entry.entity()) ? new Kind(Resource.SERVICE, Status.UPDATE) : null;
                });
    }

    /** Cancelling and rejecting are Altegio's deleting: the record stays readable, marked deleted. */
    private static Status appointment(String action, Object statusTo) {
        if ("created".equals(action)) {
            return Status.CREATE;
        }
        boolean gone =
                "deleted".equals(action) || "cancelled".equals(action) || GONE.contains(String.valueOf(statusTo));
        return gone ? Status.DELETE : Status.UPDATE;
    }
}
