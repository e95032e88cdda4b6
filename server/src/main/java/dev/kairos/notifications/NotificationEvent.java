package dev.kairos.notifications;

import java.util.Optional;

/**
 * What happened to an appointment that a rule may tell someone about. Two are timed: a reminder
 * goes an offset before the start, a completed follow-up an offset after the end; the others go
 * when they happen.
 */
public enum NotificationEvent {
    REQUESTED,
    CONFIRMED,
    REJECTED,
    CANCELLED,
    RESCHEDULED,
    REMINDER,
    NO_SHOW,
    COMPLETED;

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<NotificationEvent> of(String name) {
        return WireNames.parse(NotificationEvent.class, name);
    }

    public boolean timed() {
        return this == REMINDER || this == COMPLETED;
    }

    /** What a timed event's offset counts from: {@code start} or {@code end}; null for the others. */
    public String relativeTo() {
        return switch (this) {
            case REMINDER -> "start";
            case COMPLETED -> "end";
            default -> null;
        };
    }

    /** Whether the client's calendar file cancels the event rather than sets it. */
    boolean ends() {
        return this == CANCELLED || this == REJECTED;
    }

    /** Whether a message about it carries a calendar file for the client (not for what is over). */
    boolean hasCalendarFile() {
        return this != NO_SHOW && this != COMPLETED;
    }
}
