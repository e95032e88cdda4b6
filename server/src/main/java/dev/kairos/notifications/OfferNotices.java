package dev.kairos.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells a client that a time is offered to them: an email when they gave an address, and a text
 * message when they gave a phone and an SMS gateway is configured. Planned in the caller's
 * transaction (an offer rolled back tells nobody) and sent by the notifications job.
 */
@Component
public class OfferNotices {

    private final JdbcClient db;
    private final SmsGateway sms;
    private final Clock clock;

    OfferNotices(JdbcClient db, SmsGateway sms, Clock clock) {
        this.db = db;
        this.sms = sms;
        this.clock = clock;
    }

    /**
     * An offer to tell a client about.
     *
     * @param reference what the offer is, unique per offer: planning the same reference twice plans once
     * @param email null or blank for none
     * @param phone E.164, null or blank for none
     * @param path the page where the client accepts, relative to the server's public address
     */
    public record OfferNotice(
            long locationId,
            String reference,
            String clientName,
            String email,
            String phone,
            String service,
            String teamMember,
            Instant start,
            Instant expiresAt,
            String path) {}

    public void plan(OfferNotice notice) {
        if (notice.email() != null && !notice.email().isBlank()) {
            insert(notice, Channel.EMAIL, notice.email().strip());
        }
        if (notice.phone() != null && !notice.phone().isBlank() && sms.delivers()) {
            insert(notice, Channel.SMS, notice.phone());
        }
    }

    /**
     * What became of one offer message.
     *
     * @param status {@code planned}, {@code sending}, {@code sent}, {@code failed} or {@code skipped}
     * @param error why it failed or was skipped; "" otherwise
     */
    public record OfferMessage(String reference, String channel, String recipient, String status, String error) {}

    /** The location's offer messages whose reference starts with {@code prefix}, oldest first. */
    public List<OfferMessage> of(long locationId, String prefix) {
        return db.sql("""
                        select reference, channel, recipient, status, error from offer_notifications
                         where location_id = :l and starts_with(reference, :prefix) order by id
                        """)
                .param("l", locationId)
                .param("prefix", prefix)
                .query((rs, i) -> new OfferMessage(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private void insert(OfferNotice n, Channel channel, String recipient) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        db.sql("""
                        insert into offer_notifications (location_id, reference, channel, recipient, client_name, service,
                               team_member, starts_at, expires_at, link, due_at, created_at)
                        values (:l, :ref, :channel, :to, :name, :service, :member, :start, :expires, :link, :now, :now)
                        on conflict (reference, channel) do nothing
                        """)
                .param("l", n.locationId())
                .param("ref", n.reference())
                .param("channel", channel.wireName())
                .param("to", recipient)
                .param("name", n.clientName() == null ? "" : n.clientName())
                .param("service", n.service() == null ? "" : n.service())
                .param("member", n.teamMember() == null ? "" : n.teamMember())
                .param("start", n.start().atOffset(ZoneOffset.UTC))
                .param("expires", n.expiresAt().atOffset(ZoneOffset.UTC))
                .param("link", n.path())
                .param("now", now)
                .update();
    }
}
