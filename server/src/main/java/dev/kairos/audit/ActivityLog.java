package dev.kairos.audit;

import dev.kairos.auth.Caller;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to the activity log, in the caller's transaction, and publishes each as an
 * {@link ActivityRecorded} event to the listeners of that same transaction: every change in
 * Kairos passes here, so a listener sees every change and none that rolls back.
 */
@Component
public class ActivityLog {

    private final JdbcClient db;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    ActivityLog(JdbcClient db, JsonMapper json, ApplicationEventPublisher events) {
        this.db = db;
        this.json = json;
        this.events = events;
    }

    /**
     * Records that {@code caller} did {@code action} (created, updated, deleted, ...) to an entity.
     *
     * @param details a small map of what changed; serialised as JSON
     */
    public void record(
            Long locationId, Caller caller, String action, String entity, Long entityId, Map<String, ?> details) {
        append(locationId, null, caller, action, entity, entityId, details);
    }

    /**
     * Records a change to something of the whole chain (a role, a partner token) rather than of one
     * location: the entry names the chain and no location.
     */
    public void recordInChain(
            long chainId, Caller caller, String action, String entity, Long entityId, Map<String, ?> details) {
        append(null, chainId, caller, action, entity, entityId, details);
    }

    private void append(
            Long locationId,
            Long chainId,
            Caller caller,
            String action,
            String entity,
            Long entityId,
            Map<String, ?> details) {
        db.sql("""
                        insert into activity_log (location_id, chain_id, user_id, partner_id, action, entity, entity_id, details)
                        values (:location, :chain, :user, :partner, :action, :entity, :entityId, cast(:details as jsonb))
                        """)
                .param("location", locationId)
                .param("chain", chainId)
                .param("user", userId(caller))
                .param("partner", partnerId(caller))
                .param("action", action)
                .param("entity", entity)
                .param("entityId", entityId)
                .param("details", json.writeValueAsString(details == null ? Map.of() : details))
                .update();
        events.publishEvent(new ActivityRecorded(
                locationId,
                entity,
                entityId == null ? List.of() : List.of(entityId),
                action,
                userId(caller),
                partnerId(caller),
                details));
    }

    /**
     * Records the same action on many entities of one kind, one entry each, in one statement: what
     * a bulk write (an import of thousands of rows) logs.
     */
    public void recordEach(
            long locationId,
            Caller caller,
            String action,
            String entity,
            List<Long> entityIds,
            Map<String, ?> details) {
        if (entityIds.isEmpty()) {
            return;
        }
        db.sql("""
                        insert into activity_log (location_id, user_id, partner_id, action, entity, entity_id, details)
                        select :location, :user, :partner, :action, :entity, e.id, cast(:details as jsonb)
                          from unnest(cast(:ids as bigint[])) with ordinality as e(id, n)
                         order by e.n
                        """)
                .param("location", locationId)
                .param("user", userId(caller))
                .param("partner", partnerId(caller))
                .param("action", action)
                .param("entity", entity)
                .param("ids", entityIds.toArray(Long[]::new))
                .param("details", json.writeValueAsString(details == null ? Map.of() : details))
                .update();
        events.publishEvent(new ActivityRecorded(
                locationId, entity, entityIds, action, userId(caller), partnerId(caller), details));
    }

    private static Long userId(Caller caller) {
        return caller == null ? null : caller.userId();
    }

    private static Long partnerId(Caller caller) {
        return caller == null ? null : caller.partnerId();
    }
}
