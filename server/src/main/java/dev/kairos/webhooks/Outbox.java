package dev.kairos.webhooks;

import dev.kairos.audit.ActivityRecorded;
import dev.kairos.platform.JobScheduler;
import dev.kairos.webhooks.Change.Status;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox: every change the activity log records becomes a {@code webhook_events}
 * row in the changing transaction, if its location has webhooks on for that resource. The changes
 * of one transaction are collected and written in one statement just before it commits, so a
 * rolled-back change leaves nothing and a booking pays one cheap insert. After the commit this
 * node's job scheduler is nudged to deliver at once rather than at its next poll.
 */
@Component
class Outbox {

    private static final Object KEY = new Object();

    private final JdbcClient db;
    private final JobScheduler jobs;
    private final Clock clock;

    Outbox(JdbcClient db, JobScheduler jobs, Clock clock) {
        this.db = db;
        this.jobs = jobs;
        this.clock = clock;
    }

    @EventListener
    void on(ActivityRecorded entry) {
        List<Change> changes = Changes.of(entry);
        if (changes.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().addAll(changes);
        } else if (write(changes) > 0) {
            jobs.nudge();
        }
    }

    private Pending pending() {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(KEY);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(KEY, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    /** Writes the changes of locations whose webhooks are on for their resource; returns how many. */
    private int write(Collection<Change> changes) {
        return db.sql("""
                        insert into webhook_events (location_id, resource, resource_id, status, created_at)
                        select c.location, c.resource, c.id, c.status, cast(:at as timestamptz)
                          from unnest(cast(:locations as bigint[]), cast(:resources as text[]), cast(:ids as bigint[]),
                                      cast(:statuses as text[])) with ordinality as c(location, resource, id, status, n)
                          join webhook_settings s on s.location_id = c.location and s.active and c.resource = any (s.resources)
                         order by c.n
                        """)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("locations", changes.stream().map(Change::locationId).toArray(Long[]::new))
                .param(
                        "resources",
                        changes.stream().map(c -> c.resource().wireName()).toArray(String[]::new))
                .param("ids", changes.stream().map(Change::resourceId).toArray(Long[]::new))
                .param(
                        "statuses",
                        changes.stream().map(c -> c.status().wireName()).toArray(String[]::new))
                .update();
    }

    /** The changes of one transaction, written before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final Set<Change> changes = new LinkedHashSet<>();
        /** The resources this transaction already tells of (as their update), so a further update says nothing new. */
        private final Set<Change> told = new HashSet<>();

        private int written;

        void addAll(List<Change> more) {
            for (Change change : more) {
                Change asUpdate =
                        new Change(change.locationId(), change.resource(), change.resourceId(), Status.UPDATE);
                if (change.status() == Status.UPDATE && told.contains(asUpdate)) {
                    continue;
                }
                if (changes.add(change) && change.status() != Status.DELETE) {
                    told.add(asUpdate);
                }
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = changes.isEmpty() ? 0 : write(changes);
        }

        @Override
        public void afterCommit() {
            if (written > 0) {
                jobs.nudge();
            }
        }

        /** A transaction started inside this one (REQUIRES_NEW) collects its own changes. */
        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(KEY);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(KEY, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
    }
}
