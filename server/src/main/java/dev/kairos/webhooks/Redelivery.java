package dev.kairos.webhooks;

import dev.kairos.refusal.Fault;

/** What came of asking to deliver a message again. */
sealed interface Redelivery {

    /** A new delivery of the same message is queued. */
    record Queued(WebhookDeliveries.Delivery delivery) implements Redelivery {}

    /** No such delivery at the location. */
    record Unknown() implements Redelivery {}

    /** It cannot be delivered again now, and why: in English for the API, a bundle key for the page. */
    record Refused(Fault reason) implements Redelivery {}
}
