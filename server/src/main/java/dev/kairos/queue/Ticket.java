package dev.kairos.queue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A queue ticket as stored.
 *
 * @param day the location's local day the number belongs to
 * @param phone E.164, or empty when none was given
 * @param source {@code desk} or {@code online}
 * @param accessKey the secret in the client's link to their own ticket
 * @param teamMemberId who called it; null while waiting
 * @param appointmentId the appointment serving it made; null until served
 */
public record Ticket(
        long id,
        long locationId,
        long serviceId,
        LocalDate day,
        int number,
        String name,
        String phone,
        String source,
        String accessKey,
        TicketStatus status,
        Long teamMemberId,
        Long appointmentId,
        Stamps stamps) {

    /** When something happened to the ticket and which staff user did it (null: the client or nobody). */
    public record Stamp(Instant at, Long by) {}

    /** The ticket's moments; a stamp is null until its move happened. */
    public record Stamps(Stamp created, Stamp called, Stamp served, Stamp cancelled, Stamp noShow) {}
}
