package dev.kairos.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The templates messages are written from: a location's own for an event, audience and channel,
 * else the defaults in the application's resources ({@code notifications/default-*}), whose wording
 * comes from the phrases in the location's language.
 */
@Repository
class MessageTemplates {

    private static final MessageTemplate EMAIL = new MessageTemplate(
            resource("default-subject.txt"), resource("default-email.txt"), resource("default-email.html"));
    private static final MessageTemplate SMS = new MessageTemplate("", resource("default-sms.txt"), "");

    private final JdbcClient db;

    MessageTemplates(JdbcClient db) {
        this.db = db;
    }

    /** The default template of a channel. */
    static MessageTemplate defaults(Channel channel) {
        return channel == Channel.EMAIL ? EMAIL : SMS;
    }

    MessageTemplate of(long locationId, NotificationEvent event, Audience audience, Channel channel) {
        return stored(locationId, event, audience, channel).orElse(defaults(channel));
    }

    Optional<MessageTemplate> stored(long locationId, NotificationEvent event, Audience audience, Channel channel) {
        return db.sql("""
                        select subject, body_text, body_html from notification_templates
                         where location_id = :location and event = :event and audience = :audience and channel = :channel
                        """)
                .param("location", locationId)
                .param("event", event.wireName())
                .param("audience", audience.wireName())
                .param("channel", channel.wireName())
                .query((rs, n) -> new MessageTemplate(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** The {@code event/audience/channel} keys the location has its own templates for. */
    List<String> customised(long locationId) {
        return db.sql("""
                        select event || '/' || audience || '/' || channel from notification_templates
                         where location_id = :location
                        """).param("location", locationId).query(String.class).list();
    }

    void save(long locationId, NotificationEvent event, Audience audience, Channel channel, MessageTemplate t) {
        db.sql("""
                        insert into notification_templates (location_id, event, audience, channel, subject, body_text, body_html)
                        values (:location, :event, :audience, :channel, :subject, :text, :html)
                        on conflict (location_id, event, audience, channel)
                        do update set subject = excluded.subject, body_text = excluded.body_text,
                                      body_html = excluded.body_html, updated_at = now()
                        """)
                .param("location", locationId)
                .param("event", event.wireName())
                .param("audience", audience.wireName())
                .param("channel", channel.wireName())
                .param("subject", t.subject())
                .param("text", t.text())
                .param("html", t.html())
                .update();
    }

    /** Back to the defaults. */
    void reset(long locationId, NotificationEvent event, Audience audience, Channel channel) {
        db.sql("""
                        delete from notification_templates
                         where location_id = :location and event = :event and audience = :audience and channel = :channel
                        """)
                .param("location", locationId)
                .param("event", event.wireName())
                .param("audience", audience.wireName())
                .param("channel", channel.wireName())
                .update();
    }

    static String resource(String name) {
        try (InputStream in = MessageTemplates.class.getResourceAsStream("/notifications/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource notifications/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
