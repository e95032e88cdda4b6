package dev.kairos.appointments;

import dev.kairos.directory.LocationView;
import dev.kairos.directory.Locations;
import dev.kairos.directory.TeamMemberView;
import dev.kairos.directory.TeamMembers;
import dev.kairos.wire.WireTime;
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
public class UserRecords {

    private final JdbcClient db;
    private final Locations locations;
    private final TeamMembers teamMembers;
    private final RecordParts parts;

    UserRecords(JdbcClient db, Locations locations, TeamMembers teamMembers, RecordParts parts) {
        this.db = db;
        this.locations = locations;
        this.teamMembers = teamMembers;
        this.parts = parts;
    }

    public Optional<Map<String, Object>> find(long id) {
        return db.sql("""
                        select a.*, l.time_zone from appointments a join locations l on l.id = a.location_id
                         where a.id = :id
                        """).param("id", id).query(this::map).optional();
    }

    private Map<String, Object> map(ResultSet rs, int row) throws SQLException {
        ZoneId zone = ZoneId.of(rs.getString("time_zone"));
        AppointmentStatus status = AppointmentStatus.fromDb(rs.getString("status"));
        var start = rs.getObject("starts_at", OffsetDateTime.class).toInstant();
        var end = rs.getObject("ends_at", OffsetDateTime.class).toInstant();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rs.getLong("id"));
        m.put("services", services(rs.getLong("id")));
        m.put(
                "company",
                locations
                        .find(rs.getLong("location_id"))
                        .map(l -> LocationView.of(l, start))
                        .orElse(null));
        Long member = (Long) rs.getObject("team_member_id");
        m.put(
                "staff",
                member == null
                        ? null
                        : teamMembers.findAll(List.of(member)).stream()
                                .findFirst()
                                .map(TeamMemberView::forBooking)
                                .orElse(null));
        m.put("clients_count", rs.getInt("clients_count"));
        m.put("date", WireTime.local(start, zone));
        m.put("datetime", WireTime.iso(start, zone));
        m.put(
                "create_date",
                WireTime.compact(
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), zone));
        m.put("comment", rs.getString("comment"));
        m.put("deleted", status.deleted());
        m.put("status", status.dbName());
        m.put("attendance", status.attendance(rs.getBoolean("client_confirmed")));
        m.put("visit_attendance", status.attendance(rs.getBoolean("client_confirmed")));
        m.put("confirmed", status.confirmed());
        m.put("length", end.getEpochSecond() - start.getEpochSecond());
        m.put("notify_by_sms", rs.getInt("sms_remain_hours"));
        m.put("notify_by_email", rs.getInt("email_remain_hours"));
        m.put("master_requested", rs.getBoolean("master_requested"));
        m.put("online", rs.getBoolean("online"));
        m.put("api_id", rs.getString("api_id"));
        m.put(
                "last_change_date",
                WireTime.compact(
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), zone));
        m.put("prepaid", false);
        m.put("prepaid_confirmed", false);
        m.put("activity_id", rs.getObject("event_id") == null ? 0 : rs.getLong("event_id"));
        return m;
    }

    private List<Map<String, Object>> services(long appointmentId) {
        return parts.lines(new Long[] {appointmentId}).getOrDefault(appointmentId, List.of()).stream()
                .map(RecordParts.Line::cabinetView)
                .toList();
    }
}
