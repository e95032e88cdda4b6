package dev.kairos.webhooks;

import dev.kairos.wire.WireTime;
import java.time.ZoneId;

/**
 * One delivery in the log: which message went (or is to go) where, its state, how many tries,
 * the last answer (HTTP status and how long it took) or error, and when.
 *
 * @param state {@code pending}, {@code delivered} or {@code failed}
 * @param redeliveryOf the delivery this one repeats, or null
 */
record DeliveryView(
        long id,
        long eventId,
        String messageId,
        String url,
        String resource,
        long resourceId,
        String status,
        String state,
        int attempts,
        Integer responseStatus,
        Integer responseMs,
        String error,
        String createdAt,
        String lastAttemptAt,
        String nextAttemptAt,
        String deliveredAt,
        Long redeliveryOf) {

    static DeliveryView of(WebhookDeliveries.Delivery d, ZoneId zone) {
        return new DeliveryView(
                d.id(),
                d.eventId(),
                d.messageId(),
                d.url(),
                d.resource(),
                d.resourceId(),
                d.status(),
                d.state(),
                d.attempts(),
                d.responseStatus(),
                d.responseMs(),
                d.error(),
                WireTime.iso(d.createdAt(), zone),
                WireTime.iso(d.lastAttemptAt(), zone),
                d.pending() ? WireTime.iso(d.nextAttemptAt(), zone) : null,
                WireTime.iso(d.deliveredAt(), zone),
                d.redeliveryOf());
    }
}
