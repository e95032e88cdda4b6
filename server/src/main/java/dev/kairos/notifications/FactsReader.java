package dev.kairos.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the {@link Facts} of an appointment in one query, across the tables of the modules that own
 * them (a read model for messages: one round trip per message instead of one per module).
 */
@Repository
class FactsReader {

    private static final String FACTS = """
            select a.id, a.status, a.starts_at, a.ends_at, a.version, a.record_hash, a.client_id,
                   (select string_agg(s.title, ', ' order by x.position)
                      from appointment_services x join services s on s.id = x.service_id
                     where x.appointment_id = a.id) as services,
                   l.id as location_id, l.chain_id, l.title, l.address, l.phone as location_phone, l.time_zone, l.language,
                   coalesce(ns.staff_email, '') as staff_email, coalesce(ns.staff_phone, '') as staff_phone,
                   coalesce(nullif(c.name, ''), a.client_name) as client_name,
                   coalesce(nullif(c.email, ''), a.client_email) as client_email,
                   coalesce(nullif(c.phone, ''), a.client_phone) as client_phone,
                   m.name as member_name, m.email as member_email, m.phone as member_phone,
                   u.client_id is not null as unsubscribed
              from appointments a
              join locations l on l.id = a.location_id
              left join notification_settings ns on ns.location_id = a.location_id
              left join clients c on c.id = a.client_id
              left join team_members m on m.id = a.team_member_id
              left join notification_unsubscribes u on u.client_id = a.client_id
             where a.id = :id
            """;

    private final JdbcClient db;

    FactsReader(JdbcClient db) {
        this.db = db;
    }

    Optional<Facts> read(long appointmentId) {
        return db.sql(FACTS)
                .param("id", appointmentId)
                .query(FactsReader::facts)
                .optional();
    }

    private static Facts facts(ResultSet rs, int row) throws SQLException {
        Facts.Visit visit = new Facts.Visit(
                rs.getLong("id"),
                rs.getString("status"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                rs.getInt("version"),
                rs.getString("record_hash"),
                text(rs, "services"),
                (Long) rs.getObject("client_id"));
        Facts.Place place = new Facts.Place(
                rs.getLong("location_id"),
                rs.getLong("chain_id"),
                rs.getString("title"),
                rs.getString("address"),
                rs.getString("location_phone"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getString("language"),
                rs.getString("staff_email"),
                rs.getString("staff_phone"));
        Facts.Person client =
                new Facts.Person(text(rs, "client_name"), text(rs, "client_email"), text(rs, "client_phone"));
        Facts.Person member = rs.getString("member_name") == null
                ? Facts.Person.NOBODY
                : new Facts.Person(
                        rs.getString("member_name"), rs.getString("member_email"), rs.getString("member_phone"));
        return new Facts(visit, place, client, member, rs.getBoolean("unsubscribed"));
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value.strip();
    }
}
