package dev.kairos.booking;

import dev.kairos.web.WireTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The client cabinet's view of an appointment (Altegio's user record, §2.2.13). */
@Repository
class UserRecords {

    private final JdbcClient db;

    UserRecords(JdbcClient db) {
        this.db = db;
    }

    Optional<Map<String, Object>> find(long id) {
        return db.sql("""
                        select a.*, l.title as l_title, l.country, l.city, l.phone as l_phone, l.time_zone, l.address,
                               l.coordinate_lat, l.coordinate_lon, l.allow_delete_record, l.allow_change_record, l.site,
                               l.currency, l.allow_change_record_delay_step, l.allow_delete_record_delay_step,
                               m.name as m_name, m.specialization, m.avatar, m.rating, m.votes_count,
                               p.id as p_id, p.title as p_title
                          from appointments a
                          join locations l on l.id = a.location_id
                          left join team_members m on m.id = a.team_member_id
                          left join positions p on p.id = m.position_id
                         where a.id = :id
                        """)
                .param("id", id).query(this::map).optional();
    }

    private Map<String, Object> map(ResultSet rs, int row) throws SQLException {
        ZoneId zone = ZoneId.of(rs.getString("time_zone"));
        AppointmentStatus status = AppointmentStatus.fromDb(rs.getString("status"));
        var start = rs.getObject("starts_at", OffsetDateTime.class).toInstant();
        var end = rs.getObject("ends_at", OffsetDateTime.class).toInstant();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rs.getLong("id"));
        m.put("services", services(rs.getLong("id"), (int) (end.getEpochSecond() - start.getEpochSecond())));
        m.put("company", company(rs, zone, start));
        m.put("staff", staff(rs));
        m.put("clients_count", rs.getInt("clients_count"));
        m.put("date", WireTime.local(start, zone));
        m.put("datetime", WireTime.iso(start, zone));
        m.put("create_date", WireTime.compact(rs.getObject("created_at", OffsetDateTime.class).toInstant(), zone));
        m.put("comment", rs.getString("comment"));
        m.put("deleted", status.deleted());
        m.put("status", status.dbName());
        m.put("attendance", status.attendance(rs.getBoolean("client_confirmed")));
        m.put("visit_attendance", status.attendance(rs.getBoolean("client_confirmed")));
        m.put("confirmed", status.confirmed());
        m.put("length", end.getEpochSecond() - start.getEpochSecond());
        m.put("notify_by_sms", 0);
        m.put("notify_by_email", 0);
        m.put("master_requested", rs.getBoolean("master_requested"));
        m.put("online", rs.getBoolean("online"));
        m.put("api_id", rs.getString("api_id"));
        m.put("last_change_date", WireTime.compact(rs.getObject("updated_at", OffsetDateTime.class).toInstant(), zone));
        m.put("prepaid", false);
        m.put("prepaid_confirmed", false);
        m.put("activity_id", rs.getObject("event_id") == null ? 0 : rs.getLong("event_id"));
        return m;
    }

    private List<Map<String, Object>> services(long appointmentId, int length) {
        return db.sql("""
                        select s.id, s.title, x.cost, s.price_min, s.price_max, x.discount, x.amount, s.duration_seconds
                          from appointment_services x join services s on s.id = x.service_id
                         where x.appointment_id = :id order by x.position
                        """)
                .param("id", appointmentId)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong("id"));
                    m.put("title", rs.getString("title"));
                    m.put("cost", rs.getBigDecimal("cost"));
                    m.put("price_min", rs.getBigDecimal("price_min"));
                    m.put("price_max", rs.getBigDecimal("price_max"));
                    m.put("discount", rs.getBigDecimal("discount"));
                    m.put("amount", rs.getInt("amount"));
                    m.put("seance_length", rs.getInt("duration_seconds"));
                    return m;
                }).list();
    }

    private static Map<String, Object> company(ResultSet rs, ZoneId zone, java.time.Instant at) throws SQLException {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", rs.getLong("location_id"));
        c.put("title", rs.getString("l_title"));
        c.put("country", rs.getString("country"));
        c.put("city", rs.getString("city"));
        c.put("phone", rs.getString("l_phone"));
        c.put("phones", rs.getString("l_phone").isEmpty() ? List.of() : List.of(rs.getString("l_phone")));
        c.put("timezone", zone.getRules().getOffset(at).getTotalSeconds() / 3600.0);
        c.put("timezone_name", zone.getId());
        c.put("address", rs.getString("address"));
        c.put("coordinate_lat", rs.getObject("coordinate_lat"));
        c.put("coordinate_lon", rs.getObject("coordinate_lon"));
        c.put("allow_delete_record", rs.getBoolean("allow_delete_record"));
        c.put("allow_change_record", rs.getBoolean("allow_change_record"));
        c.put("site", rs.getString("site"));
        c.put("currency_short_title", rs.getString("currency"));
        c.put("allow_change_record_delay_step", rs.getInt("allow_change_record_delay_step"));
        c.put("allow_delete_record_delay_step", rs.getInt("allow_delete_record_delay_step"));
        return c;
    }

    private static Object staff(ResultSet rs) throws SQLException {
        if (rs.getObject("team_member_id") == null) {
            return null;
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", rs.getLong("team_member_id"));
        s.put("name", rs.getString("m_name"));
        s.put("specialization", rs.getString("specialization"));
        s.put("position", rs.getObject("p_id") == null ? List.of() : Map.of("id", rs.getLong("p_id"), "title", rs.getString("p_title")));
        s.put("show_rating", 1);
        s.put("rating", rs.getBigDecimal("rating"));
        s.put("votes_count", rs.getInt("votes_count"));
        s.put("avatar", rs.getString("avatar"));
        s.put("comments_count", 0);
        return s;
    }
}
