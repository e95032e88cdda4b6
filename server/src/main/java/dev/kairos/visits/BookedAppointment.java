package dev.kairos.visits;

import dev.kairos.appointments.AppointmentStatus;
import java.time.Instant;

/**
 * What visits and payments look at of an appointment.
 *
 * @param visitId null when the appointment is in no visit
 * @param clientId null when it has no client
 */
record BookedAppointment(
        long id,
        long locationId,
        Long visitId,
        Long clientId,
        AppointmentStatus status,
        boolean clientConfirmed,
        Instant start) {

    /** Altegio's attendance of the appointment. */
    int attendance() {
        return status.attendance(clientConfirmed);
    }

    /** Cancelled or rejected: it takes no money, only refunds. */
    boolean deleted() {
        return status.deleted();
    }
}
