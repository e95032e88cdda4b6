package dev.kairos.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Queue tickets as rows: numbering, the moves between statuses, and what the queue reads. */
@Repository
class Tickets {

    private static final String COLUMNS = """
            select id, location_id, service_id, day, number, name, phone, source, access_key, status, team_member_id,
                   appointment_id, created_at, created_by, called_at, called_by, served_at, served_by, cancelled_at,
                   cancelled_by, no_show_at, no_show_by
              from queue_tickets""";

    private final JdbcClient db;

    Tickets(JdbcClient db) {
        this.db = db;
    }

    /** The next number of the location's day: one statement, so two joins at once never share one. */
    int nextNumber(long locationId, LocalDate day) {
        return db.sql("""
                        insert into queue_counters (location_id, day, last_number) values (:l, :d, 1)
                        on conflict (location_id, day) do update set last_number = queue_counters.last_number + 1
                        returning last_number
                        """)
                .param("l", locationId)
                .param("d", day)
                .query(Integer.class)
                .single();
    }

    record New(
            long locationId,
            long serviceId,
            LocalDate day,
            int number,
            String name,
            String phone,
            String source,
            String accessKey,
            Instant at,
            Long by) {}

    long insert(New t) {
        return db.sql("""
                        insert into queue_tickets (location_id, service_id, day, number, name, phone, source, access_key,
                                                   created_at, created_by)
                        values (:locationId, :serviceId, :day, :number, :name, :phone, :source, :accessKey, :at, :by)
                        returning id
                        """)
                .param("locationId", t.locationId())
                .param("serviceId", t.serviceId())
                .param("day", t.day())
                .param("number", t.number())
                .param("name", t.name())
                .param("phone", t.phone())
                .param("source", t.source())
                .param("accessKey", t.accessKey())
                .param("at", ts(t.at()))
                .param("by", t.by())
                .query(Long.class)
                .single();
    }

    Optional<Ticket> find(long locationId, long id) {
        return db.sql(COLUMNS + " where id = :id and location_id = :l")
                .param("id", id)
                .param("l", locationId)
                .query(Tickets::ticket)
                .optional();
    }

    /** The ticket, locked for a move, as it is once locked. */
    Optional<Ticket> lock(long locationId, long id) {
        return db.sql(COLUMNS + " where id = :id and location_id = :l for update")
                .param("id", id)
                .param("l", locationId)
                .query(Tickets::ticket)
                .optional();
    }

    /** The location's tickets of one day in number order, of the given statuses (all when empty). */
    List<Ticket> ofDay(long locationId, LocalDate day, List<TicketStatus> statuses) {
        return db.sql(COLUMNS + """
                         where location_id = :l and day = :d
                           and (cardinality(cast(:statuses as text[])) = 0 or status = any(cast(:statuses as text[])))
                         order by number
                        """)
                .param("l", locationId)
                .param("d", day)
                .param("statuses", statuses.stream().map(TicketStatus::dbName).toArray(String[]::new))
                .query(Tickets::ticket)
                .list();
    }

    /**
     * Calls the first ticket of the day, in join order, that the team member can serve. A ticket
     * another caller has locked is skipped rather than waited for, so two team members calling at
     * once get two different tickets.
     */
    Optional<Long> callFirst(long locationId, LocalDate day, long member, Instant at, Long by) {
        return db.sql("""
                        update queue_tickets set status = 'called', team_member_id = :m, called_at = :at, called_by = :by
                         where id = (select t.id from queue_tickets t
                                      where t.location_id = :l and t.day = :d and t.status = 'waiting'
                                        and exists (select 1 from service_staff s
                                                     where s.service_id = t.service_id and s.team_member_id = :m)
                                      order by t.id
                                      limit 1
                                      for update skip locked)
                        returning id
                        """)
                .param("l", locationId)
                .param("d", day)
                .param("m", member)
                .param("at", ts(at))
                .param("by", by)
                .query(Long.class)
                .optional();
    }

    void called(long id, long member, Instant at, Long by) {
        db.sql("""
                        update queue_tickets set status = 'called', team_member_id = :m, called_at = :at, called_by = :by
                         where id = :id
                        """)
                .param("id", id)
                .param("m", member)
                .param("at", ts(at))
                .param("by", by)
                .update();
    }

    void served(long id, long appointmentId, Instant at, Long by) {
        db.sql("""
                        update queue_tickets set status = 'served', appointment_id = :a, served_at = :at, served_by = :by
                         where id = :id
                        """)
                .param("id", id)
                .param("a", appointmentId)
                .param("at", ts(at))
                .param("by", by)
                .update();
    }

    /** Ends the ticket without serving it: cancelled or no_show, stamped with when and by whom. */
    void ended(long id, TicketStatus to, Instant at, Long by) {
        // One fixed statement: each stamp column takes the time only when it is the status it stamps.
        db.sql("""
                        update queue_tickets set status = :to,
                               no_show_at = case when :to = 'no_show' then :at else no_show_at end,
                               no_show_by = case when :to = 'no_show' then :by else no_show_by end,
                               cancelled_at = case when :to = 'no_show' then cancelled_at else :at end,
                               cancelled_by = case when :to = 'no_show' then cancelled_by else :by end
                         where id = :id
                        """)
                .param("id", id)
                .param("to", to.dbName())
                .param("at", ts(at))
                .param("by", by)
                .update();
    }

    /** The ticket the team member has called and not yet finished, if any. */
    Optional<Ticket> calledBy(long member) {
        return db.sql(COLUMNS + " where team_member_id = :m and status = 'called'")
                .param("m", member)
                .query(Tickets::ticket)
                .optional();
    }

    private static Ticket ticket(ResultSet rs, int row) throws SQLException {
        return new Ticket(
                rs.getLong("id"),
                rs.getLong("location_id"),
                rs.getLong("service_id"),
                rs.getObject("day", LocalDate.class),
                rs.getInt("number"),
                rs.getString("name"),
                rs.getString("phone"),
                rs.getString("source"),
                rs.getString("access_key"),
                TicketStatus.fromDb(rs.getString("status")),
                (Long) rs.getObject("team_member_id"),
                (Long) rs.getObject("appointment_id"),
                new Ticket.Stamps(
                        stamp(rs, "created"),
                        stamp(rs, "called"),
                        stamp(rs, "served"),
                        stamp(rs, "cancelled"),
                        stamp(rs, "no_show")));
    }

    private static Ticket.Stamp stamp(ResultSet rs, String name) throws SQLException {
        OffsetDateTime at = rs.getObject(name + "_at", OffsetDateTime.class);
        return at == null ? null : new Ticket.Stamp(at.toInstant(), (Long) rs.getObject(name + "_by"));
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
