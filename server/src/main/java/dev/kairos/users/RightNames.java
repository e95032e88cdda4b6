package dev.kairos.users;

import dev.kairos.auth.Right;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Rights as the wire names them ({@code delete_paid_records}) and as the pages label them. */
final class RightNames {

    private static final Map<Right, String> LABELS = Map.ofEntries(
            Map.entry(Right.VIEW_RECORDS, "View appointments"),
            Map.entry(Right.EDIT_RECORDS, "Create and edit appointments"),
            Map.entry(Right.DELETE_RECORDS, "Delete appointments"),
            Map.entry(Right.DELETE_ARRIVED_RECORDS, "Delete appointments the client arrived for"),
            Map.entry(Right.DELETE_PAID_RECORDS, "Delete paid appointments"),
            Map.entry(Right.OVERBOOK, "Book over taken times"),
            Map.entry(Right.EXPORT, "Export to Excel"),
            Map.entry(Right.IMPORT, "Import from Excel"),
            Map.entry(Right.VIEW_CLIENTS, "View clients"),
            Map.entry(Right.MANAGE_CLIENTS, "Manage clients"),
            Map.entry(Right.MANAGE_SERVICES, "Manage the catalog (services)"),
            Map.entry(Right.MANAGE_STAFF, "Manage the team"),
            Map.entry(Right.MANAGE_SCHEDULE, "Manage work schedules"),
            Map.entry(Right.MANAGE_SETTINGS, "Manage location settings"),
            Map.entry(Right.MANAGE_USERS, "Manage users, roles and tokens"),
            Map.entry(Right.SEE_FINANCES, "See finances"),
            Map.entry(Right.VIEW_ACTIVITY_LOG, "View the activity log"));

    /** A right with its wire name and label, for the roles page. */
    record Named(Right right, String name, String label) {}

    private RightNames() {}

    static String wire(Right right) {
        return right.name().toLowerCase(Locale.ROOT);
    }

    static Optional<Right> parse(String name) {
        return Arrays.stream(Right.values()).filter(r -> wire(r).equals(name)).findFirst();
    }

    /** Every wire name, comma-separated, for a refusal to name the choices. */
    static String list() {
        return String.join(
                ", ", Arrays.stream(Right.values()).map(RightNames::wire).toList());
    }

    static List<Named> all() {
        return Arrays.stream(Right.values())
                .map(r -> new Named(r, wire(r), LABELS.getOrDefault(r, wire(r))))
                .toList();
    }
}
