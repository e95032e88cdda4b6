package dev.kairos.queue;

import java.util.Set;

/** Where a queue ticket is in its life: waiting, then called by a team member, then served or not. */
public enum TicketStatus {
    WAITING,
    CALLED,
    SERVED,
    CANCELLED,
    NO_SHOW;

    /** The statuses a ticket may move to this one from. */
    Set<TicketStatus> from() {
        return switch (this) {
            case WAITING -> Set.of();
            case CALLED -> Set.of(WAITING);
            case SERVED, NO_SHOW -> Set.of(CALLED);
            case CANCELLED -> Set.of(WAITING, CALLED);
        };
    }

    boolean mayFollow(TicketStatus current) {
        return from().contains(current);
    }

    /** Whether the ticket still stands in the queue (waiting or being served). */
    public boolean open() {
        return this == WAITING || this == CALLED;
    }

    String dbName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static TicketStatus fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
