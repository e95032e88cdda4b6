package dev.kairos.booking;

import dev.kairos.appointments.AppointmentStatus;

/**
 * An appointment moved through its lifecycle (confirmed, rejected, cancelled, arrived, completed,
 * no-show, back to waiting); published in the transaction that moved it.
 *
 * @param byUserId the staff user who moved it, or null when the client did
 */
public record AppointmentStatusChanged(
        long locationId, long appointmentId, AppointmentStatus from, AppointmentStatus to, Long byUserId) {}
