package dev.kairos.audit;

import dev.kairos.refusal.Refusal;
import dev.kairos.wire.WireTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
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

    /**
     * One change as the activity log shows it: who (a user, or a partner token alone), what, and
     * when, in the location's zone.
     *
     * @param details what the change was, as recorded with it
     */
    record ActivityEntry(
            long id,
            Long userId,
            Long partnerId,
            String action,
            String entity,
            Long entityId,
            Object details,
            String date) {}

    List<ActivityEntry> find(Query q, ZoneId zone) {
        return db.sql("select id, user_id, partner_id, action, entity, entity_id, details::text, at from activity_log"
                        + WHERE + " order by id desc limit :limit offset :offset")
                .paramSource(dev.kairos.platform.SqlParams.of(q))
                .query((rs, n) -> new ActivityEntry(
                        rs.getLong("id"),
                        rs.getObject("user_id", Long.class),
                        rs.getObject("partner_id", Long.class),
                        rs.getString("action"),
                        rs.getString("entity"),
                        rs.getObject("entity_id", Long.class),
                        json.readValue(rs.getString("details"), Object.class),
                        WireTime.iso(rs.getObject("at", OffsetDateTime.class).toInstant(), zone)))
                .list();
    }

    long count(Query q) {
        return db.sql("select count(*) from activity_log" + WHERE)
                .paramSource(dev.kairos.platform.SqlParams.of(q))
                .query(Long.class)
                .single();
    }
}
