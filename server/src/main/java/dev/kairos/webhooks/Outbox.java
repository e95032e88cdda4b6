package dev.kairos.webhooks;

import dev.kairos.audit.ActivityRecorded;
import dev.kairos.platform.CommitWrites;
import dev.kairos.platform.JobScheduler;
import dev.kairos.webhooks.Change.Status;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The transactional outbox: every change the activity log records becomes a {@code webhook_events}
 * row in the changing transaction, if its location has webhooks on for that resource. The changes
 * of one transaction are collected and written in one statement just before it commits, in the
 * same round trip as its other late writes ({@link CommitWrites}), so a rolled-back change leaves
 * nothing and a booking pays one cheap insert. After the commit this
 * node's job scheduler is nudged to deliver at once rather than at its next poll.
 */
@Component
class Outbox {

    private static final Object KEY = new Object();

    private final CommitWrites commitWrites;
    private final JobScheduler jobs;
    private final Clock clock;

    Outbox(CommitWrites commitWrites, JobScheduler jobs, Clock clock) {
        this.commitWrites = commitWrites;
        this.jobs = jobs;
        this.clock = clock;
    }

    @EventListener
    void on(ActivityRecorded entry) {
        List<Change> changes = Changes.of(entry);
        if (changes.isEmpty()) {
            return;
        }
        if (commitWrites.deferring()) {
            commitWrites.collector(KEY, Pending::new).addAll(changes);
        } else {
            write(changes, written -> {
                if (written > 0) {
                    jobs.nudge();
                }
            });
        }
    }

    /** Writes the changes of locations whose webhooks are on for their resource, telling {@code rows} how many. */
    private void write(Collection<Change> changes, IntConsumer rows) {
        commitWrites.add(
                """
                insert into webhook_events (location_id, resource, resource_id, status, created_at)
                select c.location, c.resource, c.id, c.status, cast(:at as timestamptz)
                  from unnest(cast(:locations as bigint[]), cast(:resources as text[]), cast(:ids as bigint[]),
                              cast(:statuses as text[])) with ordinality as c(location, resource, id, status, n)
                  join webhook_settings s on s.location_id = c.location and s.active and c.resource = any (s.resources)
                 order by c.n
                """,
                new MapSqlParameterSource()
                        .addValue("at", clock.instant().atOffset(ZoneOffset.UTC))
                        .addValue(
                                "locations",
                                changes.stream().map(Change::locationId).toArray(Long[]::new))
                        .addValue(
                                "resources",
                                changes.stream()
                                        .map(c -> c.resource().wireName())
                                        .toArray(String[]::new))
                        .addValue(
                                "ids", changes.stream().map(Change::resourceId).toArray(Long[]::new))
                        .addValue(
                                "statuses",
                                changes.stream().map(c -> c.status().wireName()).toArray(String[]::new)),
                rows);
    }

    /** The changes of one transaction, written with its other writes just before it commits. */
    private final class Pending implements CommitWrites.Collector {

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
        public void flush(CommitWrites writes) {
            if (!changes.isEmpty()) {
                write(List.copyOf(changes), rows -> written += rows);
                changes.clear();
            }
        }

        @Override
        public void afterCommit() {
            if (written > 0) {
                jobs.nudge();
            }
        }
    }
}
