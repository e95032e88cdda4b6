package dev.kairos.booking;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts a new appointment into a visit, per the location's {@code visit_grouping}: the client's
 * other appointments of the same local day ({@code same_client_same_day}), only those that end
 * when it starts or start when it ends ({@code back_to_back}), or a visit of its own ({@code none},
 * and always for an appointment without a client). The client's row is locked while grouping, so
 * two appointments booked at once for one client land in one visit. Two statements at most: it is
 * on the path of every booking.
 */
@Component
class VisitGrouping {

    private static final String JOIN_OR_CREATE = """
            with joined as (
                select o.visit_id as id
                  from appointments a
                  join locations l on l.id = a.location_id
                  join appointments o on o.location_id = a.location_id and o.client_id = a.client_id and o.id <> a.id
                       and o.visit_id is not null and o.status not in ('cancelled', 'rejected')
                       and (o.starts_at at time zone l.time_zone)::date = (a.starts_at at time zone l.time_zone)::date
                 where a.id = :id and a.client_id is not null
                   and (l.visit_grouping = 'same_client_same_day'
                        or (l.visit_grouping = 'back_to_back' and (o.ends_at = a.starts_at or o.starts_at = a.ends_at)))
                 order by o.visit_id limit 1),
            created as (
                insert into visits (location_id, client_id, day)
                select a.location_id, a.client_id, (a.starts_at at time zone l.time_zone)::date
                  from appointments a join locations l on l.id = a.location_id
                 where a.id = :id and not exists (select 1 from joined)
                returning id)
            update appointments set visit_id = coalesce((select id from joined), (select id from created)) where id = :id
            """;

    private final JdbcClient db;

    VisitGrouping(JdbcClient db) {
        this.db = db;
    }

    /** @param clientId the appointment's client, or null */
    void assign(long appointmentId, Long clientId) {
        if (clientId != null) {
            db.sql("select id from clients where id = :id for update").param("id", clientId).query(Long.class).list();
        }
        db.sql(JOIN_OR_CREATE).param("id", appointmentId).update();
    }
}
