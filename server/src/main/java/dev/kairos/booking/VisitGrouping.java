package dev.kairos.booking;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts a new appointment into a visit, per the location's {@code visit_grouping}: the client's
 * other appointments of the same local day ({@code same_client_same_day}), only those that end
 * when it starts or start when it ends ({@code back_to_back}), or a visit of its own ({@code none},
 * and always for an appointment without a client). The client's row is locked while grouping, so
 * two appointments booked at once for one client land in one visit.
 */
@Component
class VisitGrouping {

    private final JdbcClient db;

    VisitGrouping(JdbcClient db) {
        this.db = db;
    }

    void assign(long appointmentId) {
        Long clientId = db.sql("select client_id from appointments where id = :id").param("id", appointmentId)
                .query((rs, n) -> java.util.Optional.ofNullable((Long) rs.getObject(1))).single().orElse(null);
        if (clientId != null) {
            db.sql("select id from clients where id = :id for update").param("id", clientId).query(Long.class).list();
        }
        Long visit = db.sql("""
                        select v.id
                          from appointments a
                          join locations l on l.id = a.location_id
                          join appointments o on o.location_id = a.location_id and o.client_id = a.client_id and o.id <> a.id
                               and o.visit_id is not null and o.status not in ('cancelled', 'rejected')
                               and (o.starts_at at time zone l.time_zone)::date = (a.starts_at at time zone l.time_zone)::date
                          join visits v on v.id = o.visit_id
                         where a.id = :id and a.client_id is not null
                           and (l.visit_grouping = 'same_client_same_day'
                                or (l.visit_grouping = 'back_to_back' and (o.ends_at = a.starts_at or o.starts_at = a.ends_at)))
                         order by v.id limit 1
                        """)
                .param("id", appointmentId).query(Long.class).optional()
                .orElseGet(() -> db.sql("""
                                insert into visits (location_id, client_id, day)
                                select a.location_id, a.client_id, (a.starts_at at time zone l.time_zone)::date
                                  from appointments a join locations l on l.id = a.location_id where a.id = :id
                                returning id
                                """)
                        .param("id", appointmentId).query(Long.class).single());
        db.sql("update appointments set visit_id = :visit where id = :id").param("visit", visit).param("id", appointmentId).update();
    }
}
