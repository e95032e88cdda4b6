package dev.kairos.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Makes one try of one delivery and records what came of it: delivered on a 2xx; tried again
 * later (with backoff, for up to a day) after no answer, a 429 or a 5xx; failed for good after any
 * other answer or a refused address. Each try is signed afresh, as Standard Webhooks does: the
 * same {@code webhook-id}, a new {@code webhook-timestamp} and its signature.
 */
@Component
class Courier {

    private final WebhookSettings settings;
    private final WebhookSecrets secrets;
    private final Destinations destinations;
    private final Sender sender;
    private final WebhookDeliveries deliveries;
    private final Backoff backoff;
    private final Clock clock;

    Courier(
            WebhookSettings settings,
            WebhookSecrets secrets,
            Destinations destinations,
            Sender sender,
            WebhookDeliveries deliveries,
            WebhookProperties properties,
            Clock clock) {
        this.settings = settings;
        this.secrets = secrets;
        this.destinations = destinations;
        this.sender = sender;
        this.deliveries = deliveries;
        this.backoff = Backoff.of(properties);
        this.clock = clock;
    }

    /**
     * Tries the delivery once.
     *
     * @param config the location's current configuration
     * @return false when the receiver did not answer well, so the rest of its deliveries wait
     */
    boolean attempt(WebhookDeliveries.Delivery delivery, WebhookSettings.Stored config) {
        String stale = stale(delivery, config.settings());
        if (stale != null) {
            deliveries.cancel(delivery.id(), stale);
            return true;
        }
        var problem = destinations.problem(delivery.url());
        if (problem.isPresent()) {
            deliveries.failed(delivery.id(), null, 0, "the URL " + problem.get(), clock.instant(), null);
            return true;
        }
        Map<String, String> headers;
        try {
            headers = headers(delivery, config);
        } catch (IllegalStateException e) {
            // A secret this node cannot open (another node's key): say so in the log and retry, never send unsigned.
            return record(delivery, new Sender.Outcome(null, 0, "cannot sign: " + e.getMessage(), false, null));
        }
        return record(delivery, sender.post(delivery.url(), headers, delivery.body()));
    }

    /** Why the delivery is no longer wanted, or null while it is. */
    private static String stale(WebhookDeliveries.Delivery delivery, HookSettings current) {
        if (!current.active()) {
            return "webhooks were turned off";
        }
        if (!current.urls().contains(delivery.url())) {
            return "the URL was removed from the settings";
        }
        return null;
    }

    private Map<String, String> headers(WebhookDeliveries.Delivery delivery, WebhookSettings.Stored config) {
        long timestamp = clock.instant().getEpochSecond();
        byte[] key = secrets.signingKey(delivery.locationId());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", delivery.messageId());
        headers.put("webhook-timestamp", String.valueOf(timestamp));
        headers.put("webhook-signature", Signature.sign(key, delivery.messageId(), timestamp, delivery.body()));
        String bearer = settings.bearerToken(config);
        if (bearer != null) {
            headers.put("Authorization", "Bearer " + bearer);
        }
        return headers;
    }

    private boolean record(WebhookDeliveries.Delivery delivery, Sender.Outcome outcome) {
        Instant now = clock.instant();
        Integer status = outcome.status();
        if (status != null && status >= 200 && status < 300) {
            deliveries.delivered(delivery.id(), status, outcome.millis(), now);
            return true;
        }
        boolean retry = !outcome.refused() && (status == null || status == 429 || status >= 500);
        Instant next = retry
                ? backoff.next(delivery.attempts() + 1, delivery.createdAt(), now, outcome.retryAfter())
                        .orElse(null)
                : null;
        String error = outcome.error().isEmpty() ? "HTTP " + status : outcome.error();
        if (retry && next == null) {
            error += "; gave up after " + (delivery.attempts() + 1) + " tries";
        }
        deliveries.failed(delivery.id(), status, outcome.millis(), error, now, next);
        return !retry;
    }
}
