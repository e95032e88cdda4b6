package dev.kairos.availability;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caller asks availability about.
 *
 * @param serviceIds the services booked back to back, in order; empty means "any free time" of
 *     one slot step with the location's staff
 * @param staffId a team member, or 0 for any
 * @param from first date (location-local), inclusive
 * @param to last date, inclusive
 * @param online whether a client asks (online booking rules: only bookable services, no hidden staff)
 * @param excludeAppointment an appointment whose own time counts as free (rescheduling it), or null
 */
public record AvailabilityQuery(
        long locationId,
        List<Long> serviceIds,
        long staffId,
        LocalDate from,
        LocalDate to,
        boolean online,
        Long excludeAppointment) {

    public AvailabilityQuery {
        serviceIds = List.copyOf(serviceIds);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends before it starts");
        }
    }

    public static AvailabilityQuery online(
            long locationId, List<Long> serviceIds, long staffId, LocalDate from, LocalDate to) {
        return new AvailabilityQuery(locationId, serviceIds, staffId, from, to, true, null);
    }
}
