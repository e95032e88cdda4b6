package dev.kairos.webhooks;

import dev.kairos.platform.SqlParams;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhook_deliveries table: one row per event and receiver URL, with its tries and outcome. */
@Repository
class WebhookDeliveries {

    private static final String COLUMNS = """
            id, event_id, location_id, url, message_id, resource, resource_id, status, body, state, attempts,
            next_attempt_at, last_attempt_at, response_status, response_ms, error, created_at, delivered_at, redelivery_of
            """;
    private static final String WHERE = """
             where location_id = :location
               and (cast(:state as text) is null or state = :state)
               and (cast(:resource as text) is null or resource = :resource)
               and (cast(:resourceId as bigint) is null or resource_id = :resourceId)
               and (cast(:status as text) is null or status = :status)
               and (cast(:url as text) is null or url = :url)
            """;

    private final JdbcClient db;

    WebhookDeliveries(JdbcClient db) {
        this.db = db;
    }

    /** A delivery to create: an event's message for one URL. */
    record New(Event event, String url, String messageId, String body) {}

    /** A delivery as the log shows it. */
    record Delivery(
            long id,
            long eventId,
            long locationId,
            String url,
            String messageId,
            String resource,
            long resourceId,
            String status,
            String body,
            String state,
            int attempts,
            Instant nextAttemptAt,
            Instant lastAttemptAt,
            Integer responseStatus,
            Integer responseMs,
            String error,
            Instant createdAt,
            Instant deliveredAt,
            Long redeliveryOf) {

        public boolean pending() {
            return "pending".equals(state);
        }
    }

    /** The log's filters; null for any. */
    record Filter(long location, String state, String resource, Long resourceId, String status, String url) {}

    void insertAll(List<New> rows, Instant at) {
        if (rows.isEmpty()) {
            return;
        }
        db.sql("""
                        insert into webhook_deliveries (event_id, location_id, url, message_id, resource, resource_id, status, body,
                                                        next_attempt_at, created_at)
                        select r.event, r.location, r.url, r.message, r.resource, r.resource_id, r.status, r.body,
                               cast(:at as timestamptz), cast(:at as timestamptz)
                          from unnest(cast(:events as bigint[]), cast(:locations as bigint[]), cast(:urls as text[]),
                                      cast(:messages as text[]), cast(:resources as text[]), cast(:resourceIds as bigint[]),
                                      cast(:statuses as text[]), cast(:bodies as text[]))
                               with ordinality as r(event, location, url, message, resource, resource_id, status, body, n)
                         order by r.n
                        """)
                .param("at", utc(at))
                .param("events", rows.stream().map(r -> r.event().id()).toArray(Long[]::new))
                .param(
                        "locations",
                        rows.stream().map(r -> r.event().locationId()).toArray(Long[]::new))
                .param("urls", rows.stream().map(New::url).toArray(String[]::new))
                .param("messages", rows.stream().map(New::messageId).toArray(String[]::new))
                .param(
                        "resources",
                        rows.stream().map(r -> r.event().resource().wireName()).toArray(String[]::new))
                .param(
                        "resourceIds",
                        rows.stream().map(r -> r.event().resourceId()).toArray(Long[]::new))
                .param(
                        "statuses",
                        rows.stream().map(r -> r.event().status().wireName()).toArray(String[]::new))
                .param("bodies", rows.stream().map(New::body).toArray(String[]::new))
                .update();
    }

    /**
     * Pending deliveries due by {@code now}, oldest first, each only if no earlier pending delivery
     * to the same URL is about the same resource: a later change never overtakes an earlier one.
     * WebhookDeliveries to the {@code resting} URLs are left out.
     */
    List<Delivery> due(Instant now, Collection<String> resting, int limit) {
        return db.sql("select " + COLUMNS + """
                          from webhook_deliveries d
                         where d.state = 'pending' and d.next_attempt_at <= :now and d.url <> all (cast(:resting as text[]))
                           and not exists (select 1 from webhook_deliveries e
                                            where e.state = 'pending' and e.url = d.url and e.resource = d.resource
                                              and e.resource_id = d.resource_id and e.id < d.id)
                         order by d.id
                         limit :limit
                        """)
                .param("now", utc(now))
                .param("resting", resting.toArray(String[]::new))
                .param("limit", limit)
                .query(WebhookDeliveries::map)
                .list();
    }

    void delivered(long id, int status, int millis, Instant at) {
        db.sql("""
                        update webhook_deliveries
                           set state = 'delivered', attempts = attempts + 1, last_attempt_at = :at, delivered_at = :at,
                               response_status = :status, response_ms = :ms, error = ''
                         where id = :id
                        """)
                .param("id", id)
                .param("status", status)
                .param("ms", millis)
                .param("at", utc(at))
                .update();
    }

    /** Records a failed try: to be tried again at {@code next}, or failed for good when it is null. */
    void failed(long id, Integer status, Integer millis, String error, Instant at, Instant next) {
        db.sql("""
                        update webhook_deliveries
                           set state = case when cast(:next as timestamptz) is null then 'failed' else 'pending' end,
                               next_attempt_at = coalesce(cast(:next as timestamptz), next_attempt_at),
                               attempts = attempts + 1, last_attempt_at = :at, response_status = :status, response_ms = :ms,
                               error = :error
                         where id = :id
                        """)
                .param("id", id)
                .param("status", status)
                .param("ms", millis)
                .param("error", error)
                .param("at", utc(at))
                .param("next", next == null ? null : utc(next))
                .update();
    }

    /** Gives a pending delivery up without trying it: webhooks were turned off, or its URL removed. */
    void cancel(long id, String reason) {
        db.sql("update webhook_deliveries set state = 'failed', error = :error where id = :id and state = 'pending'")
                .param("id", id)
                .param("error", reason)
                .update();
    }

    Optional<Delivery> find(long locationId, long id) {
        return db.sql("select " + COLUMNS + " from webhook_deliveries where id = :id and location_id = :location")
                .param("id", id)
                .param("location", locationId)
                .query(WebhookDeliveries::map)
                .optional();
    }

    /** A page of the location's deliveries, newest first. */
    List<Delivery> find(Filter filter, int limit, long offset) {
        return db.sql("select " + COLUMNS + " from webhook_deliveries" + WHERE
                        + " order by id desc limit :limit offset :offset")
                .paramSource(SqlParams.of(filter).addValue("limit", limit).addValue("offset", offset))
                .query(WebhookDeliveries::map)
                .list();
    }

    long count(Filter filter) {
        return db.sql("select count(*) from webhook_deliveries" + WHERE)
                .paramSource(SqlParams.of(filter))
                .query(Long.class)
                .single();
    }

    /** A new pending delivery of the same message to the same URL, due now; returns its id. */
    long redeliver(Delivery original, Instant now) {
        return db.sql("""
                        insert into webhook_deliveries (event_id, location_id, url, message_id, resource, resource_id, status, body,
                                                        next_attempt_at, created_at, redelivery_of)
                        select event_id, location_id, url, message_id, resource, resource_id, status, body, :at, :at, id
                          from webhook_deliveries where id = :id
                        returning id
                        """)
                .param("id", original.id())
                .param("at", utc(now))
                .query(Long.class)
                .single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        return new Delivery(
                rs.getLong("id"),
                rs.getLong("event_id"),
                rs.getLong("location_id"),
                rs.getString("url"),
                rs.getString("message_id"),
                rs.getString("resource"),
                rs.getLong("resource_id"),
                rs.getString("status"),
                rs.getString("body"),
                rs.getString("state"),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                instant(rs, "last_attempt_at"),
                (Integer) rs.getObject("response_status"),
                (Integer) rs.getObject("response_ms"),
                rs.getString("error"),
                instant(rs, "created_at"),
                instant(rs, "delivered_at"),
                (Long) rs.getObject("redelivery_of"));
    }
}
