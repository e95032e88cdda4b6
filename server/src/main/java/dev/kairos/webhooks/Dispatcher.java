package dev.kairos.webhooks;

import dev.kairos.webhooks.Change.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns outbox events into deliveries, in the order they were written: one message per event
 * (its body built now, with the resource as it is now), one delivery of it per URL the location
 * configures. An event whose location has turned webhooks off, or that resource off, is dropped.
 */
@Component
class Dispatcher {

    private final JdbcClient db;
    private final WebhookSettings settings;
    private final Payloads payloads;
    private final WebhookDeliveries deliveries;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    Dispatcher(
            JdbcClient db,
            WebhookSettings settings,
            Payloads payloads,
            WebhookDeliveries deliveries,
            TransactionTemplate transaction,
            JsonMapper json,
            Clock clock) {
        this.db = db;
        this.settings = settings;
        this.payloads = payloads;
        this.deliveries = deliveries;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /** Dispatches up to {@code limit} waiting events; returns how many there were. */
    int dispatch(int limit) {
        Integer done = transaction.execute(tx -> {
            List<Event> events = waiting(limit);
            if (events.isEmpty()) {
                return 0;
            }
            Map<Long, WebhookSettings.Stored> config = settings.findAll(
                    events.stream().map(Event::locationId).distinct().toList());
            List<Event> wanted = events.stream()
                    .filter(e -> config.containsKey(e.locationId())
                            && config.get(e.locationId()).settings().delivers(e.resource()))
                    .toList();
            Map<Event, String> bodies = bodies(wanted);
            Instant now = clock.instant();
            List<WebhookDeliveries.New> rows = new ArrayList<>();
            for (Event event : wanted) {
                String message = "msg_" + UUID.randomUUID().toString().replace("-", "");
                config.get(event.locationId())
                        .settings()
                        .urls()
                        .forEach(url -> rows.add(new WebhookDeliveries.New(event, url, message, bodies.get(event))));
            }
            deliveries.insertAll(rows, now);
            db.sql("update webhook_events set dispatched = true where id = any (:ids)")
                    .param("ids", events.stream().map(Event::id).toArray(Long[]::new))
                    .update();
            return events.size();
        });
        return done == null ? 0 : done;
    }

    private List<Event> waiting(int limit) {
        return db.sql("""
                        select id, location_id, resource, resource_id, status from webhook_events
                         where not dispatched order by id limit :limit for update skip locked
                        """)
                .param("limit", limit)
                .query((rs, n) -> new Event(
                        rs.getLong("id"),
                        rs.getLong("location_id"),
                        Resource.ofWireName(rs.getString("resource")).orElseThrow(),
                        rs.getLong("resource_id"),
                        Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT))))
                .list();
    }

    /** Each event's body, the resources of one kind at one location read together. */
    private Map<Event, String> bodies(List<Event> events) {
        Map<List<Object>, List<Event>> groups = new LinkedHashMap<>();
        events.forEach(e -> groups.computeIfAbsent(List.of(e.locationId(), e.resource()), k -> new ArrayList<>())
                .add(e));
        Map<Event, String> bodies = new HashMap<>();
        groups.forEach((key, group) -> {
            Event first = group.get(0);
            Map<Long, Object> data = payloads.render(
                    first.locationId(),
                    first.resource(),
                    group.stream().map(Event::resourceId).distinct().toList());
            group.forEach(e -> bodies.put(
                    e,
                    json.writeValueAsString(new Payload(
                            e.locationId(),
                            e.resource().wireName(),
                            e.resourceId(),
                            e.status().wireName(),
                            data.get(e.resourceId())))));
        });
        return bodies;
    }
}
