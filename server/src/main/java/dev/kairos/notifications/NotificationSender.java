package dev.kairos.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends the planned messages that are due, batch by batch, and records how each went. A failed
 * attempt is tried again after a pause that doubles each time, until {@code max-attempts}; then the
 * row ends as failed.
 */
@Component
class NotificationSender {

    static final int BATCH = 20;
    private static final int BATCHES_PER_RUN = 25;
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final Deliveries deliveries;
    private final Delivery delivery;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration backoff;

    NotificationSender(
            Deliveries deliveries,
            Delivery delivery,
            Clock clock,
            @Value("${kairos.notifications.max-attempts:5}") int maxAttempts,
            @Value("${kairos.notifications.retry-backoff:1m}") Duration backoff) {
        this.deliveries = deliveries;
        this.delivery = delivery;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    /** Sends what is due now; returns how many rows it settled. */
    int sendDue() {
        int settled = 0;
        for (int batch = 0; batch < BATCHES_PER_RUN; batch++) {
            List<Deliveries.Claimed> claimed = deliveries.claim(BATCH, clock.instant(), LEASE);
            claimed.forEach(this::send);
            settled += claimed.size();
            if (claimed.size() < BATCH) {
                break;
            }
        }
        return settled;
    }

    private void send(Deliveries.Claimed row) {
        Outcome outcome;
        try {
            outcome = delivery.deliver(row);
        } catch (RuntimeException e) {
            log.warn("Notification {} could not be sent", row.id(), e);
            outcome = new Outcome.Failed("", String.valueOf(e.getMessage()), false);
        }
        record(row, outcome);
    }

    private void record(Deliveries.Claimed row, Outcome outcome) {
        Instant now = clock.instant();
        if (outcome instanceof Outcome.Sent sent) {
            deliveries.sent(row.id(), sent.recipient(), now);
        } else if (outcome instanceof Outcome.Skipped skipped) {
            deliveries.skipped(row.id(), skipped.recipient(), skipped.reason());
        } else if (outcome instanceof Outcome.Dropped dropped) {
            deliveries.dropped(row.id(), dropped.reason());
        } else if (outcome instanceof Outcome.Failed failed) {
            boolean last = failed.permanent() || row.attempts() >= maxAttempts;
            log.info(
                    "Notification {} failed on attempt {}{}: {}",
                    row.id(),
                    row.attempts(),
                    last ? ", the last" : "",
                    failed.error());
            deliveries.failed(row.id(), failed.recipient(), failed.error(), last ? null : retryAt(row, now));
        }
    }

    /** After the first failure {@code backoff}, then twice as long each time, at most a day. */
    private Instant retryAt(Deliveries.Claimed row, Instant now) {
        Duration pause = backoff.multipliedBy(1L << Math.min(row.attempts() - 1, 16));
        return now.plus(pause.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : pause);
    }
}
