package dev.kairos.notifications;

import java.util.List;

/**
 * What one change to appointments means for their messages, planned in one statement.
 *
 * @param appointmentIds the appointments changed
 * @param events messages about the change itself, sent at once (or, for {@code completed}, after the end)
 * @param reminders whether to (re)plan the reminders for the appointments' current start
 * @param dropReason when not null, every unsent message of the appointments is dropped first, for this reason
 */
record Plan(List<Long> appointmentIds, List<NotificationEvent> events, boolean reminders, String dropReason) {

    static Plan of(long appointmentId, List<NotificationEvent> events, boolean reminders) {
        return new Plan(List.of(appointmentId), events, reminders, null);
    }

    /** The appointment has ended (cancelled, rejected, done): nothing unsent goes out, but word of the end may. */
    static Plan ending(long appointmentId, List<NotificationEvent> events, String reason) {
        return new Plan(List.of(appointmentId), events, false, reason);
    }

    boolean nothing() {
        return events.isEmpty() && !reminders && dropReason == null;
    }
}
