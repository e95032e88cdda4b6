package dev.kairos.booking;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The visit a new appointment belongs to, per the location's {@code visit_grouping}: the client's
 * other appointments of the same local day ({@code same_client_same_day}), only those that end
 * when it starts or start when it ends ({@code back_to_back}), or a visit of its own ({@code none},
 * and always for an appointment without a client). The client's row is held while grouping, so
 * two appointments booked at once for one client land in one visit. It runs before the
 * appointment is inserted, so the insert carries its visit: on the path of every booking, an
 * update of the new row afterwards would rewrite every index of the appointments table. An online
 * booking groups inside the statement that writes its appointment ({@link #CLIENT_HELD}, {@link
 * #JOIN_OR_CREATE_TABLES}).
 */
@Component
public class VisitGrouping {

    /**
     * Common tables ending in {@code visit(id)}: the visit joined or made for the client in
     * {@code who(client_id)} (a null client for an appointment without one), one row; none when
     * {@code who} has no row. Parameters {@code :location}, {@code :start}, {@code :end} and
     * {@code :self} (the appointment being moved, or null).
     */
    // The client's live appointments of that local day are read first, by the client index (the
    // client a value by then, not a join the planner might turn around). Asking
    // for "visit_id is not null" there let the planner pick the partial visit index whenever its
    // statistics predated the visits (as after a bulk load), and filter every appointment with a
    // visit: a cost that grew with each booking.
    static final String JOIN_OR_CREATE_TABLES = """
            l as (select id, time_zone, visit_grouping,
                         ((cast(:start as timestamptz) at time zone time_zone)::date) as day
                    from locations where id = :location),
            mine as materialized (
                select o.visit_id, o.starts_at, o.ends_at
                  from appointments o, l
                 where o.client_id = (select client_id from who) and o.location_id = l.id
                   and o.starts_at >= l.day::timestamp at time zone l.time_zone
                   and o.starts_at < (l.day + 1)::timestamp at time zone l.time_zone
                   and o.id <> coalesce(cast(:self as bigint), -1)
                   and o.status not in ('cancelled', 'rejected')),
            joined as (
                select m.visit_id as id
                  from mine m, l
                 where m.visit_id is not null
                   and (l.visit_grouping = 'same_client_same_day'
                        or (l.visit_grouping = 'back_to_back' and (m.ends_at = :start or m.starts_at = :end)))
                 order by m.visit_id limit 1),
            created as (
                insert into visits (location_id, client_id, day)
                select l.id, w.client_id, l.day from l, who w
                 where not exists (select 1 from joined)
                returning id),
            visit as (select id from joined union all select id from created)""";

    private static final String JOIN_OR_CREATE = "with who as (select cast(:client as bigint) as client_id),\n"
            + JOIN_OR_CREATE_TABLES + "\nselect id from visit\n";

    /**
     * Holds the client's row while their visits are grouped: a new version of the row, not only a
     * lock on it, so that a statement that began before this transaction committed, and then
     * waited for it, can tell that its snapshot misses this transaction's visits (see {@link
     * #CLIENT_HELD}).
     */
    private static final String HOLD_CLIENT = "update clients set id = id where id = :id";

    /**
     * Common tables that hold, as {@link #HOLD_CLIENT} does, the client of {@code client(id,
     * created)} for grouping in the same statement, ending in {@code who(client_id)}: the client,
     * once held; no row when the client's row changed after the statement's snapshot was taken
     * (another booking of the client committed while this one waited for the row), since then the
     * snapshot may miss that booking's visit: a statement begun now reads it. A client made by the
     * statement itself is nobody else's yet.
     */
    static final String CLIENT_HELD = """
            seen as materialized (
                select c.id, c.xmin from clients c join client k on k.id = c.id where not k.created),
            touched as (
                update clients c set id = c.id from seen s where c.id = s.id and c.xmin = s.xmin
                returning c.id),
            who as (select k.id as client_id from client k where k.created or exists (select 1 from touched))""";

    private final JdbcClient db;

    VisitGrouping(JdbcClient db) {
        this.db = db;
    }

    /**
     * The visit for an appointment of {@code clientId} (or null) at the location from
     * {@code start} to {@code end}, joined or made.
     *
     * @param self the appointment itself when it is being moved (never joined to its own visit), or null
     */
    long visitFor(long locationId, Long clientId, Instant start, Instant end, Long self) {
        if (clientId != null) {
            db.sql(HOLD_CLIENT).param("id", clientId).update();
        }
        return db.sql(JOIN_OR_CREATE)
                .param("location", locationId)
                .param("client", clientId)
                .param("start", Bookings.ts(start))
                .param("end", Bookings.ts(end))
                .param("self", self)
                .query(Long.class)
                .single();
    }

    /** Moves an appointment whose day changed into the visit of its new day. */
    public void regroup(long appointmentId, long locationId, Long clientId, Instant start, Instant end) {
        long visit = visitFor(locationId, clientId, start, end, appointmentId);
        db.sql("update appointments set visit_id = :visit where id = :id")
                .param("visit", visit)
                .param("id", appointmentId)
                .update();
    }
}
