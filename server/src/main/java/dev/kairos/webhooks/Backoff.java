package dev.kairos.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed delivery again: after the base delay, doubling with each try up to the
 * longest delay, or later if the receiver asked so (429 {@code Retry-After}); never later than
 * {@code giveUpAfter} from the delivery's creation.
 */
record Backoff(Duration base, Duration max, Duration giveUpAfter) {

    static Backoff of(WebhookProperties properties) {
        return new Backoff(properties.baseDelay(), properties.maxDelay(), properties.giveUpAfter());
    }

    /**
     * @param tries how many tries have failed, this one included (1 or more)
     * @param retryAfter what the receiver asked for, or null
     * @return empty to give up
     */
    Optional<Instant> next(int tries, Instant created, Instant now, Duration retryAfter) {
        Duration delay = base.multipliedBy(1L << Math.min(tries - 1, 30));
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter;
        }
        if (delay.compareTo(max) > 0) {
            delay = max;
        }
        Instant next = now.plus(delay);
        return next.isAfter(created.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
