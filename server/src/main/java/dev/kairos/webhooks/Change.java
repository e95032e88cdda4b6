package dev.kairos.webhooks;

import java.util.Locale;

/** One change a webhook tells: a resource of a location was created, updated or deleted. */
record Change(long locationId, Resource resource, long resourceId, Status status) {

    /** A delivery's {@code status}. */
    enum Status {
        CREATE,
        UPDATE,
        DELETE;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String action) {
            return switch (action) {
                case "created" -> CREATE;
                case "deleted" -> DELETE;
                default -> UPDATE;
            };
        }
    }
}
