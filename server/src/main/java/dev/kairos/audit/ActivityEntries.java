package dev.kairos.audit;

import dev.kairos.refusal.Refusal;
import dev.kairos.wire.WireTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads the activity log of a location. */
@Repository
class ActivityEntries {

    private static final String WHERE = """
             where location_id = :location
               and (cast(:entity as text) is null or entity = :entity)
               and (cast(:entityId as bigint) is null or entity_id = :entityId)
               and (cast(:userId as bigint) is null or user_id = :userId)
               and (cast(:action as text) is null or action = :action)
               and (cast(:after as timestamptz) is null or at >= :after)
               and (cast(:before as timestamptz) is null or at < :before)
            """;

    private final JdbcClient db;
    private final JsonMapper json;

    ActivityEntries(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** @param after inclusive; @param before exclusive */
    record Query(
            long location,
            String entity,
            Long entityId,
            Long userId,
            String action,
            OffsetDateTime after,
            OffsetDateTime before,
            int limit,
            long offset) {}

    ZoneId zone(long locationId) {
        return db.sql("select time_zone from locations where id = :id")
                .param("id", locationId)
                .query(String.class)
                .optional()
                .map(ZoneId::of)
                .orElseThrow(() -> Refusal.notFound("Location").exception());
    }

    List<Map<String, Object>> find(Query q, ZoneId zone) {
        return db.sql("select id, user_id, partner_id, action, entity, entity_id, details::text, at from activity_log"
                        + WHERE + " order by id desc limit :limit offset :offset")
                .paramSource(dev.kairos.platform.SqlParams.of(q))
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong("id"));
                    m.put("user_id", rs.getObject("user_id"));
                    m.put("partner_id", rs.getObject("partner_id"));
                    m.put("action", rs.getString("action"));
                    m.put("entity", rs.getString("entity"));
                    m.put("entity_id", rs.getObject("entity_id"));
                    m.put("details", json.readValue(rs.getString("details"), Object.class));
                    m.put(
                            "date",
                            WireTime.iso(
                                    rs.getObject("at", OffsetDateTime.class).toInstant(), zone));
                    return m;
                })
                .list();
    }

    long count(Query q) {
        return db.sql("select count(*) from activity_log" + WHERE)
                .paramSource(dev.kairos.platform.SqlParams.of(q))
                .query(Long.class)
                .single();
    }
}
