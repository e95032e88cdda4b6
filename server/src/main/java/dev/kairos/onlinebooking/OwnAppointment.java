package dev.kairos.onlinebooking;

import dev.kairos.appointments.AppointmentStatus;
import java.time.Instant;
import java.util.List;

/**
 * A client's view of their own appointment, as the holder of its record hash sees it.
 *
 * @param teamMemberId who performs it, or null for services without staff
 * @param serviceIds the services, in booking order
 * @param mayCancel whether the location's rules still let the client cancel it online now
 * @param mayMove whether they still let the client move it online now
 */
public record OwnAppointment(
        long id,
        long locationId,
        AppointmentStatus status,
        Instant start,
        Instant end,
        Long teamMemberId,
        List<Long> serviceIds,
        boolean mayCancel,
        boolean mayMove) {

    public OwnAppointment {
        serviceIds = List.copyOf(serviceIds);
    }
}
