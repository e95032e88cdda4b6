package dev.kairos.queue;

import dev.kairos.wire.WireTime;
import java.time.ZoneId;

/**
 * A queue ticket on the wire. Times are ISO 8601 in the location's zone; each {@code *_by} is the
 * staff user who made that move (null: the client, or not yet).
 *
 * @param position how many waiting tickets are ahead (waiting tickets only)
 * @param estimatedWaitSeconds the expected wait until called (waiting tickets only; null when no
 *     team member on duty performs the service)
 * @param link the client's own page for the ticket, relative to the server
 */
record TicketView(
        long id,
        long locationId,
        long serviceId,
        String day,
        int number,
        String name,
        String phone,
        String source,
        String status,
        Long teamMemberId,
        String teamMemberName,
        Long appointmentId,
        String createdAt,
        Long createdBy,
        String calledAt,
        Long calledBy,
        String servedAt,
        Long servedBy,
        String cancelledAt,
        Long cancelledBy,
        String noShowAt,
        Long noShowBy,
        Integer position,
        Long estimatedWaitSeconds,
        String link) {

    static TicketView of(Ticket t, QueueState state) {
        ZoneId zone = state.location().zone();
        boolean waiting = t.status() == TicketStatus.WAITING
                && t.day().equals(state.now().atZone(zone).toLocalDate());
        Ticket.Stamps s = t.stamps();
        return new TicketView(
                t.id(),
                t.locationId(),
                t.serviceId(),
                t.day().toString(),
                t.number(),
                t.name(),
                t.phone(),
                t.source(),
                t.status().dbName(),
                t.teamMemberId(),
                state.memberName(t.teamMemberId()),
                t.appointmentId(),
                at(s.created(), zone),
                by(s.created()),
                at(s.called(), zone),
                by(s.called()),
                at(s.served(), zone),
                by(s.served()),
                at(s.cancelled(), zone),
                by(s.cancelled()),
                at(s.noShow(), zone),
                by(s.noShow()),
                waiting ? state.ahead(t) : null,
                waiting ? state.waitSeconds(t) : null,
                "/book/" + t.locationId() + "/queue/tickets/" + t.id() + "/" + t.accessKey());
    }

    private static String at(Ticket.Stamp stamp, ZoneId zone) {
        return stamp == null ? null : WireTime.iso(stamp.at(), zone);
    }

    private static Long by(Ticket.Stamp stamp) {
        return stamp == null ? null : stamp.by();
    }
}
