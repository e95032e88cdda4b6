package dev.kairos.webhooks;

import dev.kairos.webhooks.Change.Status;

/** An outbox row: a change waiting to become deliveries. */
record Event(long id, long locationId, Resource resource, long resourceId, Status status) {}
