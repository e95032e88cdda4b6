package dev.kairos.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A waitlist entry as stored.
 *
 * @param teamMemberId the team member asked for; null for any
 * @param wish the days and the time of day the client can come
 * @param offer the time offered now; null unless offered
 */
public record Entry(
        long id,
        long locationId,
        long serviceId,
        Long teamMemberId,
        Wish wish,
        Contact contact,
        String source,
        String accessKey,
        EntryStatus status,
        Offer offer,
        Long appointmentId,
        Stamps stamps) {

    /**
     * When the client can come: every day of {@code dateFrom..dateTo} (both inclusive), between
     * {@code timeFrom} and {@code timeTo} local time (null: from opening, until closing).
     */
    public record Wish(LocalDate dateFrom, LocalDate dateTo, LocalTime timeFrom, LocalTime timeTo) {}

    public record Contact(String name, String phone, String email) {}

    /** The time held for the client until {@code expiresAt}. */
    public record Offer(Instant start, long teamMemberId, Instant offeredAt, Instant expiresAt) {}

    /** When the entry was made, fulfilled, cancelled or expired, and by which staff user (null: the client). */
    public record Stamps(
            Instant createdAt,
            Long createdBy,
            Instant fulfilledAt,
            Long fulfilledBy,
            Instant cancelledAt,
            Long cancelledBy,
            Instant expiredAt) {}
}
