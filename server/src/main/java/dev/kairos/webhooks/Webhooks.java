package dev.kairos.webhooks;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.platform.JobScheduler;
import dev.kairos.refusal.Fault;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the API and the settings page do with a location's webhooks: read and replace the
 * configuration, rotate the signing secret, list deliveries and deliver one again. Each needs the
 * right to manage the location's settings; each change is in the activity log.
 */
@Service
class Webhooks {

    private final WebhookSettings settings;
    private final WebhookSecrets secrets;
    private final WebhookDeliveries deliveries;
    private final Access access;
    private final ActivityLog activity;
    private final JobScheduler jobs;
    private final Clock clock;

    Webhooks(
            WebhookSettings settings,
            WebhookSecrets secrets,
            WebhookDeliveries deliveries,
            Access access,
            ActivityLog activity,
            JobScheduler jobs,
            Clock clock) {
        this.settings = settings;
        this.secrets = secrets;
        this.deliveries = deliveries;
        this.access = access;
        this.activity = activity;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** One page of a delivery log, and how many entries the filter matches in all. */
    record Page(List<WebhookDeliveries.Delivery> deliveries, long total) {}

    WebhookSettings.Stored settings(Caller caller, long locationId) {
        access.require(caller, locationId, Right.MANAGE_SETTINGS);
        return settings.find(locationId);
    }

    /** @param bearerToken null keeps the current token, empty removes it */
    @Transactional
    WebhookSettings.Stored replace(Caller caller, long locationId, HookSettings wanted, String bearerToken) {
        access.require(caller, locationId, Right.MANAGE_SETTINGS);
        settings.save(locationId, wanted, bearerToken);
        activity.record(
                locationId,
                caller,
                "updated",
                "webhook_settings",
                locationId,
                Map.of(
                        "active",
                        wanted.active(),
                        "urls",
                        wanted.urls().size(),
                        "resources",
                        wanted.resources().stream().map(Resource::flag).sorted().toList()));
        return settings.find(locationId);
    }

    /** A new signing secret, in force at once: the only time it is shown. */
    @Transactional
    String rotateSecret(Caller caller, long locationId) {
        access.require(caller, locationId, Right.MANAGE_SETTINGS);
        String secret = secrets.rotate(locationId);
        activity.record(locationId, caller, "rotated", "webhook_secret", locationId, Map.of());
        return secret;
    }

    @Transactional(readOnly = true)
    Page deliveries(Caller caller, WebhookDeliveries.Filter filter, int page, int count) {
        access.require(caller, filter.location(), Right.MANAGE_SETTINGS);
        return new Page(deliveries.find(filter, count, (long) (page - 1) * count), deliveries.count(filter));
    }

    /** Queues the same message (same webhook-id and body) to the same URL again, signed when it goes. */
    @Transactional
    Redelivery redeliver(Caller caller, long locationId, long deliveryId) {
        access.require(caller, locationId, Right.MANAGE_SETTINGS);
        var found = deliveries.find(locationId, deliveryId);
        if (found.isEmpty()) {
            return new Redelivery.Unknown();
        }
        WebhookDeliveries.Delivery original = found.get();
        HookSettings current = settings.find(locationId).settings();
        if (original.pending()) {
            return new Redelivery.Refused(Fault.of(
                    "refusal.webhook.pending", "The delivery is still pending; it will be tried again by itself"));
        }
        if (!current.active() || !current.urls().contains(original.url())) {
            return new Redelivery.Refused(Fault.of(
                    "refusal.webhook.off", "Webhooks are off at this location, or the URL is no longer configured"));
        }
        long id = deliveries.redeliver(original, clock.instant());
        activity.record(
                locationId, caller, "redelivered", "webhook_delivery", id, Map.of("redelivery_of", original.id()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                jobs.nudge();
            }
        });
        return new Redelivery.Queued(deliveries.find(locationId, id).orElseThrow());
    }
}
