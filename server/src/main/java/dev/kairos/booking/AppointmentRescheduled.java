package dev.kairos.booking;

import java.time.Instant;

/**
 * An appointment moved to another time; published in the transaction that moved it.
 *
 * @param byUserId the staff user who moved it, or null when the client did
 */
public record AppointmentRescheduled(
        long locationId,
        long appointmentId,
        Instant previousStart,
        Instant start,
        Instant end,
        ReminderHours reminders,
        Long byUserId) {}
