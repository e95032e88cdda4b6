package dev.kairos.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notification rules of locations and their services. Changing or deleting a rule also settles
 * the messages it planned that are not sent yet: a new offset moves them, anything else drops them.
 */
@Repository
class NotificationRules {

    private static final String COLUMNS =
            "select id, location_id, service_id, event, target, channel, offset_minutes, active from notification_rules";

    private final JdbcClient db;

    NotificationRules(JdbcClient db) {
        this.db = db;
    }

    /** The location's defaults (service null) or one service's own rules, in a stable order. */
    List<Rule> list(long locationId, Long serviceId) {
        return db.sql(COLUMNS + """
                         where location_id = :location
                           and service_id is not distinct from cast(:service as bigint)
                         order by array_position(array['requested', 'confirmed', 'rejected', 'cancelled', 'rescheduled',
                                  'reminder', 'no_show', 'completed'], event), offset_minutes, target, channel, id
                        """)
                .param("location", locationId)
                .param("service", serviceId)
                .query(NotificationRules::rule)
                .list();
    }

    Optional<Rule> find(long locationId, long id) {
        return db.sql(COLUMNS + " where id = :id and location_id = :location")
                .param("id", id)
                .param("location", locationId)
                .query(NotificationRules::rule)
                .optional();
    }

    /** Whether another rule of the same place already says the same; such a rule would be refused. */
    boolean duplicates(Rule rule) {
        return bind(db.sql("""
                                select exists (select 1 from notification_rules
                                                where location_id = :location
                                                  and service_id is not distinct from cast(:service as bigint)
                                                  and event = :event and target = :target and channel = :channel
                                                  and offset_minutes = :offset and id <> :id)
                                """), rule)
                .param("id", rule.id())
                .query(Boolean.class)
                .single();
    }

    long insert(Rule rule) {
        return bind(db.sql("""
                                insert into notification_rules (location_id, service_id, event, target, channel, offset_minutes,
                                                                active)
                                values (:location, :service, :event, :target, :channel, :offset, :active) returning id
                                """), rule)
                .param("active", rule.active())
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Rule rule) {
        return statement
                .param("location", rule.locationId())
                .param("service", rule.serviceId())
                .param("event", rule.event().wireName())
                .param("target", rule.target().wireName())
                .param("channel", rule.channel().wireName())
                .param("offset", rule.offsetMinutes());
    }

    /**
     * Saves the changed rule. Its unsent reminders move to the new offset (dropped if that time has
     * passed); when what it says changed otherwise, its unsent messages are dropped.
     */
    void update(Rule before, Rule after, Instant now) {
        db.sql("""
                        update notification_rules set event = :event, target = :target, channel = :channel,
                               offset_minutes = :offset, active = :active
                         where id = :id
                        """)
                .param("event", after.event().wireName())
                .param("target", after.target().wireName())
                .param("channel", after.channel().wireName())
                .param("offset", after.offsetMinutes())
                .param("active", after.active())
                .param("id", after.id())
                .update();
        boolean sameMessage = before.event() == after.event()
                && before.target() == after.target()
                && before.channel() == after.channel()
                && after.active();
        if (!sameMessage) {
            dropPlanned(after.id(), "the rule was changed");
        } else if (before.offsetMinutes() != after.offsetMinutes() && after.event() == NotificationEvent.REMINDER) {
            retime(after, now);
        }
    }

    void delete(long id) {
        dropPlanned(id, "the rule was deleted");
        db.sql("delete from notification_rules where id = :id").param("id", id).update();
    }

    /** Gives a new location the default rules (the same ones the schema gave every existing location). */
    void installDefaults(long locationId) {
        db.sql("select notification_default_rules(:location)")
                .param("location", locationId)
                .query((rs, n) -> 0)
                .list();
    }

    private void retime(Rule rule, Instant now) {
        db.sql("""
                        update notifications
                           set due_at = starts_at + make_interval(mins => :offset),
                               status = case when starts_at + make_interval(mins => :offset) > :now then 'planned' else 'dropped' end,
                               error = case when starts_at + make_interval(mins => :offset) > :now then ''
                                            else 'the rule was changed; its new time had passed' end
                         where rule_id = :id and status = 'planned'
                        """)
                .param("offset", rule.offsetMinutes())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("id", rule.id())
                .update();
    }

    private void dropPlanned(long ruleId, String reason) {
        db.sql(
                        "update notifications set status = 'dropped', error = :reason where rule_id = :id and status = 'planned'")
                .param("reason", reason)
                .param("id", ruleId)
                .update();
    }

    private static Rule rule(ResultSet rs, int row) throws SQLException {
        return new Rule(
                rs.getLong("id"),
                rs.getLong("location_id"),
                (Long) rs.getObject("service_id"),
                NotificationEvent.of(rs.getString("event")).orElseThrow(),
                Target.of(rs.getString("target")).orElseThrow(),
                Channel.of(rs.getString("channel")).orElseThrow(),
                rs.getInt("offset_minutes"),
                rs.getBoolean("active"));
    }
}
