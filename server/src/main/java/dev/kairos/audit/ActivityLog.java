package dev.kairos.audit;

import dev.kairos.auth.Caller;
import dev.kairos.platform.CommitWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to the activity log, in the caller's transaction, and publishes each as an
 * {@link ActivityRecorded} event to the listeners of that same transaction: every change in
 * Kairos passes here, so a listener sees every change and none that rolls back. Within a
 * transaction the entries are collected and written in one statement just before it commits (a
 * booking that makes its client logs two entries for the price of one insert); without one, each
 * is written at once.
 */
@Component
public class ActivityLog {

    private static final Object KEY = new Object();

    private final JdbcClient db;
    private final CommitWrites commitWrites;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    ActivityLog(JdbcClient db, CommitWrites commitWrites, JsonMapper json, ApplicationEventPublisher events) {
        this.db = db;
        this.commitWrites = commitWrites;
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
        Entry entry = new Entry(
                locationId,
                chainId,
                userId(caller),
                partnerId(caller),
                action,
                entity,
                entityId,
                json.writeValueAsString(details == null ? Map.of() : details));
        if (commitWrites.deferring()) {
            commitWrites.collector(KEY, Pending::new).entries.add(entry);
        } else {
            write(List.of(entry));
        }
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

    private record Entry(
            Long location,
            Long chain,
            Long user,
            Long partner,
            String action,
            String entity,
            Long entityId,
            String details) {}

    private void write(List<Entry> entries) {
        commitWrites.add(
                """
                insert into activity_log (location_id, chain_id, user_id, partner_id, action, entity, entity_id, details)
                select e.location, e.chain, e.usr, e.partner, e.action, e.entity, e.entity_id, cast(e.details as jsonb)
                  from unnest(cast(:locations as bigint[]), cast(:chains as bigint[]), cast(:users as bigint[]),
                              cast(:partners as bigint[]), cast(:actions as text[]), cast(:entities as text[]),
                              cast(:entityIds as bigint[]), cast(:details as text[]))
                       with ordinality as e(location, chain, usr, partner, action, entity, entity_id, details, n)
                 order by e.n
                """,
                new MapSqlParameterSource()
                        .addValue(
                                "locations",
                                entries.stream().map(Entry::location).toArray(Long[]::new))
                        .addValue("chains", entries.stream().map(Entry::chain).toArray(Long[]::new))
                        .addValue("users", entries.stream().map(Entry::user).toArray(Long[]::new))
                        .addValue(
                                "partners", entries.stream().map(Entry::partner).toArray(Long[]::new))
                        .addValue("actions", entries.stream().map(Entry::action).toArray(String[]::new))
                        .addValue(
                                "entities", entries.stream().map(Entry::entity).toArray(String[]::new))
                        .addValue(
                                "entityIds",
                                entries.stream().map(Entry::entityId).toArray(Long[]::new))
                        .addValue(
                                "details", entries.stream().map(Entry::details).toArray(String[]::new)),
                null);
    }

    /** The entries of one transaction, written in one statement before it commits. */
    private final class Pending implements CommitWrites.Collector {

        private final List<Entry> entries = new ArrayList<>();

        @Override
        public void flush(CommitWrites writes) {
            if (!entries.isEmpty()) {
                write(List.copyOf(entries));
                entries.clear();
            }
        }
    }

    private static Long userId(Caller caller) {
        return caller == null ? null : caller.userId();
    }

    private static Long partnerId(Caller caller) {
        return caller == null ? null : caller.partnerId();
    }
}
