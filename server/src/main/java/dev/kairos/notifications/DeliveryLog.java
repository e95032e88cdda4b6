package dev.kairos.notifications;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import dev.kairos.wire.WireTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Every message planned for an appointment and what became of it, for the API and the admin's Info view. */
@Service
public class DeliveryLog {

    private final JdbcClient db;
    private final Access access;

    DeliveryLog(JdbcClient db, Access access) {
        this.db = db;
        this.access = access;
    }

    /**
     * One planned message.
     *
     * @param startsAt the appointment's start it was planned for
     * @param plannedAt when it is (or was) due; for a failed attempt, when the next one is due
     * @param sentAt when the SMTP server or SMS gateway took it; null until then
     * @param outcome {@code planned}, {@code sending}, {@code sent}, {@code failed}, {@code dropped}
     *     (the appointment changed first) or {@code skipped} (nobody to send it to, or unsubscribed)
     * @param error why it failed, was dropped or skipped; "" otherwise
     */
    public record DeliveryEntry(
            long id,
            String event,
            String target,
            String channel,
            String recipient,
            String startsAt,
            String plannedAt,
            String sentAt,
            String outcome,
            int attempts,
            String error) {

        /** {@code plannedAt} as a page shows it: local date and time. */
        public String plannedLocal() {
            return plannedAt.substring(0, 16).replace('T', ' ');
        }

        public String sentLocal() {
            return sentAt == null ? "" : sentAt.substring(0, 16).replace('T', ' ');
        }
    }

    /**
     * The appointment's messages, in the order they were planned; times in the location's zone.
     *
     * @throws Refused 403 without the right to view appointments, 404 for another location's appointment
     */
    public List<DeliveryEntry> of(Caller caller, long locationId, long appointmentId) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        ZoneId zone = db.sql("""
                        select l.time_zone from appointments a join locations l on l.id = a.location_id
                         where a.id = :id and a.location_id = :location
                        """)
                .param("id", appointmentId)
                .param("location", locationId)
                .query((rs, n) -> ZoneId.of(rs.getString(1)))
                .optional()
                .orElseThrow(() -> Refusal.notFound("Record").exception());
        return db.sql("""
                        select id, event, target, channel, recipient, starts_at, due_at, sent_at, status, attempts, error
                          from notifications where appointment_id = :id order by id
                        """)
                .param("id", appointmentId)
                .query((rs, n) -> new DeliveryEntry(
                        rs.getLong("id"),
                        rs.getString("event"),
                        rs.getString("target"),
                        rs.getString("channel"),
                        rs.getString("recipient"),
                        WireTime.iso(instant(rs.getObject("starts_at", OffsetDateTime.class)), zone),
                        WireTime.iso(instant(rs.getObject("due_at", OffsetDateTime.class)), zone),
                        WireTime.iso(instant(rs.getObject("sent_at", OffsetDateTime.class)), zone),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getString("error")))
                .list();
    }

    private static java.time.Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
