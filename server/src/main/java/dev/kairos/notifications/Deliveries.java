package dev.kairos.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sender's side of {@code notifications}. A sender claims due rows with {@code FOR UPDATE SKIP
 * LOCKED}, so two senders never take the same row, and marks them {@code sending} with a lease; it
 * then says how each went. A row whose sender died before saying so is claimed again once its lease
 * has run out: sent at least once, and twice only after such a crash.
 */
@Repository
class Deliveries {

    private final JdbcClient db;

    Deliveries(JdbcClient db) {
        this.db = db;
    }

    /** A row taken for sending; {@code attempts} counts this one. */
    record Claimed(
            long id,
            long locationId,
            long appointmentId,
            NotificationEvent event,
            Target target,
            Channel channel,
            Instant startsAt,
            int attempts) {}

    /**
     * Claims up to {@code limit} due rows, in the order they came due (their own transaction: the claim
     * commits before sending starts).
     */
    List<Claimed> claim(int limit, Instant now, Duration lease) {
        return db.sql("""
                        with claimed as (
                            update notifications n
                               set status = 'sending', attempts = n.attempts + 1, claimed_until = :until
                             where n.id in (select id from notifications
                                             where (status = 'planned' and due_at <= :now)
                                                or (status = 'sending' and claimed_until < :now)
                                             order by due_at
                                             limit :limit
                                               for update skip locked)
                            returning n.id, n.location_id, n.appointment_id, n.event, n.target, n.channel, n.starts_at,
                                      n.attempts, n.due_at)
                        select * from claimed order by due_at, id
                        """)
                .param("now", utc(now))
                .param("until", utc(now.plus(lease)))
                .param("limit", limit)
                .query(Deliveries::claimed)
                .list();
    }

    void sent(long id, String recipient, Instant now) {
        settle(id, "sent", recipient, "", now, null);
    }

    /** Not sent, and never will be: nobody to send it to, or the client unsubscribed. */
    void skipped(long id, String recipient, String reason) {
        settle(id, "skipped", recipient, reason, null, null);
    }

    /** Not sent, because the appointment changed since it was planned. */
    void dropped(long id, String reason) {
        settle(id, "dropped", "", reason, null, null);
    }

    /** This attempt failed: try again at {@code retryAt}, or, when null, give up. */
    void failed(long id, String recipient, String error, Instant retryAt) {
        if (retryAt == null) {
            settle(id, "failed", recipient, error, null, null);
        } else {
            settle(id, "planned", recipient, error, null, retryAt);
        }
    }

    private void settle(long id, String status, String recipient, String error, Instant sentAt, Instant dueAt) {
        db.sql("""
                        update notifications
                           set status = :status, recipient = :recipient, error = :error, sent_at = :sentAt,
                               due_at = coalesce(cast(:dueAt as timestamptz), due_at), claimed_until = null
                         where id = :id and status = 'sending'
                        """)
                .param("status", status)
                .param("recipient", recipient)
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("sentAt", utc(sentAt))
                .param("dueAt", utc(dueAt))
                .param("id", id)
                .update();
    }

    private static Claimed claimed(ResultSet rs, int row) throws SQLException {
        return new Claimed(
                rs.getLong("id"),
                rs.getLong("location_id"),
                rs.getLong("appointment_id"),
                NotificationEvent.of(rs.getString("event")).orElseThrow(),
                Target.of(rs.getString("target")).orElseThrow(),
                Channel.of(rs.getString("channel")).orElseThrow(),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getInt("attempts"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
