package dev.kairos.notifications;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends the planned offer messages that are due, each claimed with {@code FOR UPDATE SKIP LOCKED}
 * and a lease as the appointment messages are, and tried again with a doubling pause when sending
 * fails. An offer that ran out before its message could go is not sent at all.
 */
@Component
class OfferSender {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(OfferSender.class);

    private final JdbcClient db;
    private final OfferComposer composer;
    private final EmailSender email;
    private final SmsGateway sms;
    private final Links links;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration backoff;

    OfferSender(
            JdbcClient db,
            OfferComposer composer,
            EmailSender email,
            SmsGateway sms,
            Links links,
            Clock clock,
            @Value("${kairos.notifications.max-attempts:5}") int maxAttempts,
            @Value("${kairos.notifications.retry-backoff:1m}") Duration backoff) {
        this.db = db;
        this.composer = composer;
        this.email = email;
        this.sms = sms;
        this.links = links;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    /** An offer message taken for sending, with what its location writes it in. */
    record Claimed(
            long id,
            Channel channel,
            String recipient,
            String clientName,
            String service,
            String teamMember,
            Instant start,
            Instant expiresAt,
            String link,
            int attempts,
            String title,
            ZoneId zone,
            String language) {}

    /** Sends what is due now; returns how many rows it settled. */
    int sendDue() {
        List<Claimed> claimed = claim(NotificationSender.BATCH);
        claimed.forEach(this::send);
        return claimed.size();
    }

    private List<Claimed> claim(int limit) {
        Instant now = clock.instant();
        return db.sql("""
                        with claimed as (
                            update offer_notifications o
                               set status = 'sending', attempts = o.attempts + 1, claimed_until = :until
                             where o.id in (select id from offer_notifications
                                             where (status = 'planned' and due_at <= :now)
                                                or (status = 'sending' and claimed_until < :now)
                                             order by due_at limit :limit for update skip locked)
                            returning o.*)
                        select c.*, l.title, l.time_zone, l.language from claimed c join locations l on l.id = c.location_id
                         order by c.due_at, c.id
                        """)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("until", now.plus(LEASE).atOffset(ZoneOffset.UTC))
                .param("limit", limit)
                .query((rs, i) -> new Claimed(
                        rs.getLong("id"),
                        Channel.of(rs.getString("channel")).orElseThrow(),
                        rs.getString("recipient"),
                        rs.getString("client_name"),
                        rs.getString("service"),
                        rs.getString("team_member"),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        rs.getString("link"),
                        rs.getInt("attempts"),
                        rs.getString("title"),
                        ZoneId.of(rs.getString("time_zone")),
                        rs.getString("language")))
                .list();
    }

    private void send(Claimed row) {
        Instant now = clock.instant();
        if (!now.isBefore(row.expiresAt())) {
            settle(row.id(), "skipped", "the offer ran out before it could be sent", null);
            return;
        }
        try {
            OfferComposer.Composed message = composer.compose(row, links.base() + row.link());
            if (row.channel() == Channel.SMS) {
                sms.send(row.recipient(), message.text());
                settle(row.id(), sms.delivers() ? "sent" : "skipped", "", now);
            } else if (!email.configured()) {
                settle(row.id(), "skipped", "no SMTP server is configured (KAIROS_SMTP_HOST)", null);
            } else {
                email.send(new EmailSender.Email(
                        "<offer-" + row.id() + "@" + links.host() + ">",
                        row.title(),
                        List.of(row.recipient()),
                        message.subject(),
                        message.text(),
                        message.html(),
                        null,
                        false,
                        null));
                settle(row.id(), "sent", "", now);
            }
        } catch (MessagingException | SmsGateway.SmsFailure | RuntimeException e) {
            log.info("Offer message {} failed on attempt {}: {}", row.id(), row.attempts(), e.getMessage());
            boolean last = row.attempts() >= maxAttempts;
            Duration pause = backoff.multipliedBy(1L << Math.min(row.attempts() - 1, 16));
            settle(row.id(), last ? "failed" : "planned", String.valueOf(e.getMessage()), null, now.plus(pause));
        }
    }

    private void settle(long id, String status, String error, Instant sentAt) {
        settle(id, status, error, sentAt, null);
    }

    private void settle(long id, String status, String error, Instant sentAt, Instant dueAt) {
        db.sql("""
                        update offer_notifications
                           set status = :status, error = :error, sent_at = :sentAt, claimed_until = null,
                               due_at = coalesce(cast(:dueAt as timestamptz), due_at)
                         where id = :id and status = 'sending'
                        """)
                .param("status", status)
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("sentAt", sentAt == null ? null : sentAt.atOffset(ZoneOffset.UTC))
                .param("dueAt", dueAt == null ? null : dueAt.atOffset(ZoneOffset.UTC))
                .param("id", id)
                .update();
    }
}
