package dev.kairos.booking;

import dev.kairos.appointments.AppointmentStatus;
import java.time.Instant;

/**
 * An appointment was made (online, by staff, or as seats of a group event); published in the
 * transaction that wrote it.
 *
 * @param serviceId its first service (whose notification rules apply), or null for one without services
 * @param byUserId the staff user who made it, or null when the client booked it
 */
public record AppointmentBooked(
        long locationId,
        long appointmentId,
        Long serviceId,
        AppointmentStatus status,
        Instant start,
        Instant end,
        ReminderHours reminders,
        Long byUserId) {}
