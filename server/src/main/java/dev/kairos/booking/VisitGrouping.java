package dev.kairos.booking;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The visit a new appointment belongs to, per the location's {@code visit_grouping}: the client's
 * other appointments of the same local day ({@code same_client_same_day}), only those that end
 * when it starts or start when it ends ({@code back_to_back}), or a visit of its own ({@code none},
 * and always for an appointment without a client). The client's row is locked while grouping, so
 * two appointments booked at once for one client land in one visit. It runs before the
 * appointment is inserted, so the insert carries its visit: on the path of every booking, an
 * update of the new row afterwards would rewrite every index of the appointments table.
 */
@Component
public class VisitGrouping {

    // The client's live appointments of that local day are read first, by the client index. Asking
    // for "visit_id is not null" there let the planner pick the partial visit index whenever its
    // statistics predated the visits (as after a bulk load), and filter every appointment with a
    // visit: a cost that grew with each booking.
    private static final String JOIN_OR_CREATE = """
            with l as (select id, time_zone, visit_grouping,
                              ((cast(:start as timestamptz) at time zone time_zone)::date) as day
                         from locations where id = :location),
            mine as materialized (
                select o.visit_id, o.starts_at, o.ends_at
                  from appointments o, l
                 where cast(:client as bigint) is not null and o.client_id = :client and o.location_id = l.id
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
                select l.id, :client, l.day from l
                 where not exists (select 1 from joined)
                returning id)
            select coalesce((select id from joined), (select id from created))
            """;

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
            db.sql("select id from clients where id = :id for update")
                    .param("id", clientId)
                    .query(Long.class)
                    .list();
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
