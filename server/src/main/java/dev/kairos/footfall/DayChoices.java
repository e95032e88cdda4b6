package dev.kairos.footfall;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the walk-in page shows and offers for one local day: the visits with the names they link
 * to, and the day's queue tickets and appointments a visit may be linked to.
 */
@Repository
class DayChoices {

    private final JdbcClient db;

    DayChoices(JdbcClient db) {
        this.db = db;
    }

    /** A visit as the page lists it; {@code time} is local. */
    record Listed(long id, String time, String client, Integer ticket, String appointment, String note) {}

    /** A ticket or an appointment to link to, with how the page names it. */
    record Link(long id, String label) {}

    List<Listed> visits(long locationId, LocalDate day, ZoneId zone) {
        return db.sql("""
                        select v.id, v.visited_at, c.name as client, t.number, a.starts_at, a.client_name, v.note
                          from walk_in_visits v
                          left join clients c on c.id = v.client_id
                          left join queue_tickets t on t.id = v.queue_ticket_id
                          left join appointments a on a.id = v.appointment_id
                         where v.location_id = :l and v.visited_at >= :from and v.visited_at < :until
                         order by v.visited_at, v.id
                        """)
                .param("l", locationId)
                .param("from", day.atStartOfDay(zone).toOffsetDateTime())
                .param("until", day.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .query((rs, i) -> new Listed(
                        rs.getLong("id"),
                        local(rs.getObject("visited_at", OffsetDateTime.class), zone),
                        rs.getString("client"),
                        (Integer) rs.getObject("number"),
                        rs.getObject("starts_at") == null
                                ? null
                                : local(rs.getObject("starts_at", OffsetDateTime.class), zone) + " "
                                        + rs.getString("client_name"),
                        rs.getString("note")))
                .list();
    }

    /** The day's tickets that have no visit yet. */
    List<Link> tickets(long locationId, LocalDate day) {
        return db.sql("""
                        select t.id, t.number, t.name from queue_tickets t
                         where t.location_id = :l and t.day = :day
                           and not exists (select 1 from walk_in_visits v where v.queue_ticket_id = t.id)
                         order by t.number
                        """)
                .param("l", locationId)
                .param("day", day)
                .query((rs, i) -> new Link(rs.getLong(1), rs.getInt(2) + " · " + rs.getString(3)))
                .list();
    }

    /** The day's appointments, cancelled ones left out. */
    List<Link> appointments(long locationId, LocalDate day, ZoneId zone) {
        return db.sql("""
                        select id, starts_at, client_name from appointments
                         where location_id = :l and starts_at >= :from and starts_at < :until
                           and status not in ('cancelled', 'rejected')
                         order by starts_at, id
                        """)
                .param("l", locationId)
                .param("from", day.atStartOfDay(zone).toOffsetDateTime())
                .param("until", day.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .query((rs, i) -> new Link(
                        rs.getLong(1), local(rs.getObject(2, OffsetDateTime.class), zone) + " · " + rs.getString(3)))
                .list();
    }

    private static String local(OffsetDateTime at, ZoneId zone) {
        return at.atZoneSameInstant(zone).toLocalTime().toString().substring(0, 5);
    }
}
