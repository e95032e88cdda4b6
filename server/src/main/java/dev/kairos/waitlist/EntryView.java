package dev.kairos.waitlist;

import dev.kairos.wire.WireTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A waitlist entry on the wire; times are ISO 8601 in the location's zone, each {@code *_by} the
 * staff user who made that move (null: the client).
 *
 * @param offerStart the time offered, while offered
 * @param link the client's own page for the entry (where they accept an offer), relative to the server
 */
record EntryView(
        long id,
        long locationId,
        long serviceId,
        Long teamMemberId,
        String dateFrom,
        String dateTo,
        String timeFrom,
        String timeTo,
        String name,
        String phone,
        String email,
        String source,
        String status,
        String offerStart,
        Long offerTeamMemberId,
        String offeredAt,
        String offerExpiresAt,
        Long appointmentId,
        String createdAt,
        Long createdBy,
        String fulfilledAt,
        Long fulfilledBy,
        String cancelledAt,
        Long cancelledBy,
        String expiredAt,
        String link) {

    static EntryView of(Entry e, ZoneId zone) {
        Entry.Offer offer = e.status() == EntryStatus.OFFERED ? e.offer() : null;
        Entry.Stamps s = e.stamps();
        return new EntryView(
                e.id(),
                e.locationId(),
                e.serviceId(),
                e.teamMemberId(),
                e.wish().dateFrom().toString(),
                e.wish().dateTo().toString(),
                time(e.wish().timeFrom()),
                time(e.wish().timeTo()),
                e.contact().name(),
                e.contact().phone(),
                e.contact().email(),
                e.source(),
                e.status().dbName(),
                offer == null ? null : WireTime.iso(offer.start(), zone),
                offer == null ? null : offer.teamMemberId(),
                offer == null ? null : WireTime.iso(offer.offeredAt(), zone),
                offer == null ? null : WireTime.iso(offer.expiresAt(), zone),
                e.appointmentId(),
                WireTime.iso(s.createdAt(), zone),
                s.createdBy(),
                WireTime.iso(s.fulfilledAt(), zone),
                s.fulfilledBy(),
                WireTime.iso(s.cancelledAt(), zone),
                s.cancelledBy(),
                WireTime.iso(s.expiredAt(), zone),
                link(e));
    }

    /** The client's own page of the entry, relative to the server; whoever holds it may accept and leave. */
    static String link(Entry e) {
        return "/book/" + e.locationId() + "/waitlist/" + e.id() + "/" + e.accessKey();
    }

    private static String time(LocalTime t) {
        return t == null ? null : t.toString();
    }
}
