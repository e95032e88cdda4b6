package dev.kairos.audit;

import dev.kairos.auth.Caller;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Appends entries to the activity log, in the caller's transaction. */
@Component
public class ActivityLog {

    private final JdbcClient db;
    private final JsonMapper json;

    ActivityLog(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Records that {@code caller} did {@code action} (created, updated, deleted, ...) to an entity.
     *
     * @param details a small map of what changed; serialised as JSON
     */
    public void record(
            Long locationId, Caller caller, String action, String entity, Long entityId, Map<String, ?> details) {
        db.sql("""
                        insert into activity_log (location_id, user_id, partner_id, action, entity, entity_id, details)
                        values (:location, :user, :partner, :action, :entity, :entityId, cast(:details as jsonb))
                        """)
                .param("location", locationId)
                .param("user", caller == null ? null : caller.userId())
                .param("partner", caller == null ? null : caller.partnerId())
                .param("action", action)
                .param("entity", entity)
                .param("entityId", entityId)
                .param("details", json.writeValueAsString(details == null ? Map.of() : details))
                .update();
    }
}
