package dev.kairos.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The activity log of a location as the admin's Activity log page reads it: who did what, newest
 * first, under the page's filters, a page at a time.
 */
@Component
public class ActivityHistory {

    private static final String WHERE = """
             where location_id = :location
               and (cast(:user as bigint) is null or user_id = :user)
               and (cardinality(cast(:actions as text[])) = 0 or action = any(cast(:actions as text[])))
               and (cast(:from as timestamptz) is null or at >= :from)
               and (cast(:until as timestamptz) is null or at < :until)
            """;

    private final JdbcClient db;

    ActivityHistory(JdbcClient db) {
        this.db = db;
    }

    /**
     * What to list.
     *
     * @param userId only this user's entries, or null for everyone's
     * @param actions only these actions ({@code exported}, {@code deleted}, ...), or empty for all
     * @param from inclusive, or null; @param until exclusive, or null
     */
    public record Filter(Long userId, List<String> actions, Instant from, Instant until, int page, int count) {

        public Filter {
            actions = List.copyOf(actions);
            if (page < 1 || count < 1) {
                throw new IllegalArgumentException("page and count start at 1");
            }
        }
    }

    /** One entry; {@code details} is its details as "key: value" pairs, for reading, not parsing. */
    public record Entry(
            long id,
            Long userId,
            Long partnerId,
            String action,
            String entity,
            Long entityId,
            String details,
            Instant at) {}

    public record Page(List<Entry> entries, long total) {}

    public Page find(long locationId, Filter filter) {
        List<Entry> entries = db.sql("""
                        select id, user_id, partner_id, action, entity, entity_id,
                               coalesce((select string_agg(key || ': ' || value, ', ') from jsonb_each_text(details)), '') as details,
                               at
                          from activity_log
                        """ + WHERE + " order by id desc limit :count offset :offset")
                .param("location", locationId)
                .param("user", filter.userId())
                .param("actions", filter.actions().toArray(String[]::new))
                .param("from", utc(filter.from()))
                .param("until", utc(filter.until()))
                .param("count", filter.count())
                .param("offset", (long) (filter.page() - 1) * filter.count())
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        (Long) rs.getObject("user_id", Long.class),
                        (Long) rs.getObject("partner_id", Long.class),
                        rs.getString("action"),
                        rs.getString("entity"),
                        (Long) rs.getObject("entity_id", Long.class),
                        rs.getString("details"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
        long total = db.sql("select count(*) from activity_log" + WHERE)
                .param("location", locationId)
                .param("user", filter.userId())
                .param("actions", filter.actions().toArray(String[]::new))
                .param("from", utc(filter.from()))
                .param("until", utc(filter.until()))
                .query(Long.class)
                .single();
        return new Page(entries, total);
    }

    /** The users who appear in the location's log: the choices of the page's user filter. */
    public List<Long> users(long locationId) {
        return db.sql("select distinct user_id from activity_log where location_id = :location and user_id is not null")
                .param("location", locationId)
                .query(Long.class)
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
