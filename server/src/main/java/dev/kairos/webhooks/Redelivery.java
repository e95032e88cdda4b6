package dev.kairos.webhooks;

/** What came of asking to deliver a message again. */
sealed interface Redelivery {

    /** A new delivery of the same message is queued. */
    record Queued(WebhookDeliveries.Delivery delivery) implements Redelivery {}

    /** No such delivery at the location. */
    record Unknown() implements Redelivery {}

    /** It cannot be delivered again now, and why. */
    record Refused(String reason) implements Redelivery {}
}
