package dev.kairos.platform;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * Background jobs on db-scheduler over the application's database: every {@link Task} bean is
 * registered, and a scheduler runs them while the application runs. Executions live in the
 * {@code scheduled_tasks} table and are claimed there, so each runs once across all Kairos
 * processes on the database. Scheduling inside a transaction commits or rolls back with it.
 * Recurring tasks are scheduled on start if they are not yet; an execution whose node died (no
 * heartbeat for six heartbeat intervals) is picked up again by another node or the restarted one.
 *
 * <p>A db-scheduler {@link Scheduler} cannot start again once stopped, so each start builds a new
 * one: an application context that is stopped and started again (as the test framework pauses
 * cached contexts) keeps running its jobs.
 */
@Component
public class JobScheduler implements SmartLifecycle {

    private final DataSource dataSource;
    private final ObjectProvider<Task<?>> tasks;
    private final Duration pollingInterval;
    private final Duration heartbeatInterval;
    private final int threads;
    private volatile Scheduler running;

    JobScheduler(
            DataSource dataSource,
            ObjectProvider<Task<?>> tasks,
            @Value("${kairos.jobs.polling-interval:10s}") Duration pollingInterval,
            @Value("${kairos.jobs.heartbeat-interval:20s}") Duration heartbeatInterval,
            @Value("${kairos.jobs.threads:2}") int threads) {
        this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.tasks = tasks;
        this.pollingInterval = pollingInterval;
        this.heartbeatInterval = heartbeatInterval;
        this.threads = threads;
    }

    /**
     * Schedules {@code instance} to run at {@code when} on whichever node claims it first; this
     * node looks at once if it is running.
     */
    public <T> void schedule(TaskInstance<T> instance, Instant when) {
        Scheduler scheduler = running;
        if (scheduler != null) {
            scheduler.schedule(instance, when);
            return;
        }
        com.github.kagkarlsson.scheduler.SchedulerClient.Builder.create(dataSource, taskList())
                .build()
                .schedule(instance, when);
    }

    /**
     * Asks this node's scheduler to look for due executions now rather than at its next poll: for
     * work that became due in a transaction that has just committed.
     */
    public void nudge() {
        Scheduler scheduler = running;
        if (scheduler != null) {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    @Override
    public synchronized void start() {
        if (running == null) {
            Scheduler scheduler = Scheduler.create(dataSource, oneTimeTasks())
                    .startTasks(recurringTasks())
                    .threads(threads)
                    .pollingInterval(pollingInterval)
                    .heartbeatInterval(heartbeatInterval)
                    .enableImmediateExecution()
                    .alwaysPersistTimestampInUTC()
                    .shutdownMaxWait(Duration.ofSeconds(10))
                    .build();
            scheduler.start();
            running = scheduler;
        }
    }

    @Override
    public synchronized void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }

    private List<Task<?>> taskList() {
        return tasks.orderedStream().toList();
    }

    /** The tasks that are not recurring: db-scheduler knows the recurring ones as start tasks. */
    private List<Task<?>> oneTimeTasks() {
        return tasks.orderedStream().filter(t -> !(t instanceof RecurringTask)).toList();
    }

    private List<RecurringTask<?>> recurringTasks() {
        return tasks.orderedStream()
                .filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast)
                .toList();
    }
}
