package dev.kairos.webhooks;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The delivery job: a recurring db-scheduler task, so one node at a time runs it across every
 * Kairos process on the database, and each delivery is sent by one of them. A run dispatches
 * waiting outbox events and sends what is due, round after round, until nothing is left or its
 * time is up. Receivers are sent to in parallel, each one's deliveries in order; a receiver that
 * fails is not tried again in the same run.
 */
@Component
class DeliveryRun implements DisposableBean {

    static final String TASK = "webhook-deliveries";
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryRun.class);
    private static final int EVENTS_PER_ROUND = 500;
    private static final int DELIVERIES_PER_ROUND = 200;
    private static final Duration BUDGET = Duration.ofSeconds(30);

    private final Dispatcher dispatcher;
    private final WebhookDeliveries deliveries;
    private final WebhookSettings settings;
    private final Courier courier;
    private final ExecutorService senders;
    private final Clock clock;

    DeliveryRun(
            Dispatcher dispatcher,
            WebhookDeliveries deliveries,
            WebhookSettings settings,
            Courier courier,
            WebhookProperties properties,
            Clock clock) {
        this.dispatcher = dispatcher;
        this.deliveries = deliveries;
        this.settings = settings;
        this.courier = courier;
        this.senders = Executors.newFixedThreadPool(properties.senders(), r -> {
            Thread thread = new Thread(r, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> webhookDeliveryTask(WebhookProperties properties) {
        return Tasks.recurring(TASK, FixedDelay.of(properties.interval())).execute((instance, context) -> run());
    }

    void run() {
        Instant until = clock.instant().plus(BUDGET);
        Set<String> resting = ConcurrentHashMap.newKeySet();
        while (clock.instant().isBefore(until)) {
            int dispatched = dispatcher.dispatch(EVENTS_PER_ROUND);
            int tried = sendDue(resting);
            if (dispatched == 0 && tried == 0) {
                return;
            }
        }
    }

    /** Sends the due deliveries of receivers not resting; returns how many were tried. */
    private int sendDue(Set<String> resting) {
        Map<String, List<WebhookDeliveries.Delivery>> byUrl = new LinkedHashMap<>();
        for (WebhookDeliveries.Delivery due :
                deliveries.due(clock.instant(), Set.copyOf(resting), DELIVERIES_PER_ROUND)) {
            byUrl.computeIfAbsent(due.url(), u -> new ArrayList<>()).add(due);
        }
        if (byUrl.isEmpty()) {
            return 0;
        }
        Map<Long, WebhookSettings.Stored> config = settings.findAll(byUrl.values().stream()
                .flatMap(List::stream)
                .map(WebhookDeliveries.Delivery::locationId)
                .distinct()
                .toList());
        List<Future<?>> running = new ArrayList<>();
        byUrl.forEach((url, list) -> running.add(senders.submit(() -> {
            for (WebhookDeliveries.Delivery delivery : list) {
                WebhookSettings.Stored current = config.getOrDefault(
                        delivery.locationId(),
                        new WebhookSettings.Stored(delivery.locationId(), HookSettings.NONE, null));
                if (!courier.attempt(delivery, current)) {
                    resting.add(url);
                    return;
                }
            }
        })));
        for (Future<?> future : running) {
            await(future);
        }
        return byUrl.values().stream().mapToInt(List::size).sum();
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (ExecutionException e) {
            LOG.warn("A webhook delivery failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending webhooks", e);
        }
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }
}
