package dev.kairos.footfall;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import dev.kairos.wire.WireTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Walk-in visits: recorded by staff with the right to edit records, listed by day with the right to
 * view them. Every id a visit links to must belong to the same location.
 */
@Service
class WalkInVisits {

    private final JdbcClient db;
    private final Locations locations;
    private final Access access;
    private final Clock clock;

    WalkInVisits(JdbcClient db, Locations locations, Access access, Clock clock) {
        this.db = db;
        this.locations = locations;
        this.access = access;
        this.clock = clock;
    }

    /** A visit as sent: every part optional; {@code visitedAt} defaults to now. */
    record VisitBody(Long clientId, Long queueTicketId, Long appointmentId, String note, Object visitedAt) {}

    /** A visit on the wire; {@code visited_at} and {@code created_at} in the location's zone. */
    record VisitView(
            long id,
            long locationId,
            Long clientId,
            Long queueTicketId,
            Long appointmentId,
            String note,
            String visitedAt,
            String createdAt,
            Long createdBy) {}

    /** @throws Refused naming the fields at fault, or 409 when the ticket has its visit already */
    VisitView record(Caller caller, long locationId, VisitBody body) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        Location location = location(locationId);
        Map<String, List<Fault>> faults = new LinkedHashMap<>();
        belongs(faults, "client_id", "clients", body.clientId(), locationId);
        belongs(faults, "queue_ticket_id", "queue_tickets", body.queueTicketId(), locationId);
        belongs(faults, "appointment_id", "appointments", body.appointmentId(), locationId);
        String note = body.note() == null ? "" : body.note().strip();
        if (note.length() > 2000) {
            faults.put("note", List.of(Fault.tooLong(2000)));
        }
        Instant now = clock.instant();
        Instant visited = body.visitedAt() == null
                ? now
                : WireTime.parseInstant("visited_at", String.valueOf(body.visitedAt()), location.zone());
        if (visited.isAfter(now.plusSeconds(60))) {
            faults.put("visited_at", List.of(Fault.of("fault.in-future", "is in the future")));
        }
        if (!faults.isEmpty()) {
            throw new Refused(Refusal.invalidFaults(faults));
        }
        try {
            long id = db.sql("""
                            insert into walk_in_visits (location_id, client_id, queue_ticket_id, appointment_id, note,
                                                        visited_at, created_at, created_by)
                            values (:l, :c, :t, :a, :note, :visited, :now, :by) returning id
                            """)
                    .param("l", locationId)
                    .param("c", body.clientId())
                    .param("t", body.queueTicketId())
                    .param("a", body.appointmentId())
                    .param("note", note)
                    .param("visited", visited.atOffset(ZoneOffset.UTC))
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .param("by", caller.userId())
                    .query(Long.class)
                    .single();
            return find(location, id);
        } catch (DuplicateKeyException e) {
            throw new Refused(Refusal.conflict(
                    Fault.of("refusal.walk-in.ticket-visited", "The queue ticket has its visit already")));
        }
    }

    /** The location's visits of one local day (default today), in time order. */
    List<VisitView> day(Caller caller, long locationId, LocalDate day) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        Location location = location(locationId);
        LocalDate date = day == null ? clock.instant().atZone(location.zone()).toLocalDate() : day;
        return db.sql(
                        SELECT
                                + " where location_id = :l and visited_at >= :from and visited_at < :until order by visited_at, id")
                .param("l", locationId)
                .param("from", date.atStartOfDay(location.zone()).toOffsetDateTime())
                .param("until", date.plusDays(1).atStartOfDay(location.zone()).toOffsetDateTime())
                .query((rs, i) -> view(rs, location))
                .list();
    }

    private static final String SELECT = """
            select id, location_id, client_id, queue_ticket_id, appointment_id, note, visited_at, created_at, created_by
              from walk_in_visits""";

    private VisitView find(Location location, long id) {
        return db.sql(SELECT + " where id = :id")
                .param("id", id)
                .query((rs, i) -> view(rs, location))
                .single();
    }

    private static VisitView view(java.sql.ResultSet rs, Location location) throws java.sql.SQLException {
        return new VisitView(
                rs.getLong("id"),
                rs.getLong("location_id"),
                (Long) rs.getObject("client_id"),
                (Long) rs.getObject("queue_ticket_id"),
                (Long) rs.getObject("appointment_id"),
                rs.getString("note"),
                WireTime.iso(rs.getObject("visited_at", OffsetDateTime.class).toInstant(), location.zone()),
                WireTime.iso(rs.getObject("created_at", OffsetDateTime.class).toInstant(), location.zone()),
                (Long) rs.getObject("created_by"));
    }

    /** The id, when given, must be a row of {@code table} at this location. */
    private void belongs(Map<String, List<Fault>> faults, String field, String table, Long id, long locationId) {
        if (id == null) {
            return;
        }
        boolean found = db.sql("select exists (select 1 from " + table + " where id = :id and location_id = :l)")
                .param("id", id)
                .param("l", locationId)
                .query(Boolean.class)
                .single();
        if (!found) {
            faults.put(field, List.of(Fault.of("fault.not-of-location", "is not one of this location's")));
        }
    }

    private Location location(long locationId) {
        return locations.find(locationId).orElseThrow(() -> new Refused(Refusal.notFound("Location")));
    }
}
