package dev.kairos.webhooks;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.wire.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Kairos' own webhook endpoints: the signing secret's rotation ({@code POST
 * /locations/{cid}/webhook_secret}, which shows the new secret once), the delivery log ({@code GET
 * /locations/{cid}/webhook_deliveries}) and redelivery ({@code POST
 * /locations/{cid}/webhook_deliveries/{id}/redeliver}). Each needs the right to manage the
 * location's settings.
 */
@RestController
@RequestMapping("/api/v1/locations/{cid}")
class WebhookDeliveryController {

    private static final Set<String> STATES = Set.of("pending", "delivered", "failed");
    private static final Set<String> STATUSES = Set.of("create", "update", "delete");

    private final Webhooks webhooks;
    private final Locations locations;
    private final Access access;

    WebhookDeliveryController(Webhooks webhooks, Locations locations, Access access) {
        this.webhooks = webhooks;
        this.locations = locations;
        this.access = access;
    }

    /** {@code data.secret}: {@code whsec_} and the base64 key receivers verify signatures with. */
    record Secret(String secret) {}

    @PostMapping("/webhook_secret")
    ResponseEntity<Envelope<Secret>> rotate(Caller caller, @PathVariable long cid) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Envelope.of(new Secret(webhooks.rotateSecret(caller, cid))));
    }

    @GetMapping("/webhook_deliveries")
    Envelope<List<DeliveryView>> list(Caller caller, @PathVariable long cid, HttpServletRequest http) {
        access.require(caller, cid, Right.MANAGE_SETTINGS);
        QueryParams q = new QueryParams(http);
        int page = q.intValue("page", 1);
        int count = q.intValue("count", 50);
        String state = oneOf(q, "state", STATES);
        String status = oneOf(q, "status", STATUSES);
        String resource = q.string("resource");
        if (resource != null && Resource.ofWireName(resource).isEmpty()) {
            throw ApiException.invalid(
                    "resource",
                    "must be one of record, client, service, service_category, staff,"
                            + " company, schedule, finances_operation");
        }
        if (page < 1 || count < 1 || count > 300) {
            throw ApiException.invalid("count", "page must be 1 or more and count between 1 and 300");
        }
        WebhookDeliveries.Filter filter =
                new WebhookDeliveries.Filter(cid, state, resource, q.longValue("resource_id"), status, q.string("url"));
        Webhooks.Page found = webhooks.deliveries(caller, filter, page, count);
        Location location = location(cid);
        return Envelope.page(
                found.deliveries().stream()
                        .map(d -> DeliveryView.of(d, location.zone()))
                        .toList(),
                page,
                found.total());
    }

    @PostMapping("/webhook_deliveries/{id}/redeliver")
    ResponseEntity<Envelope<DeliveryView>> redeliver(Caller caller, @PathVariable long cid, @PathVariable long id) {
        Redelivery outcome = webhooks.redeliver(caller, cid, id);
        if (outcome instanceof Redelivery.Refused refused) {
            throw ApiException.conflict(refused.reason().english());
        }
        if (!(outcome instanceof Redelivery.Queued queued)) {
            throw ApiException.notFound("Webhook delivery");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Envelope.of(
                        DeliveryView.of(queued.delivery(), location(cid).zone()), Map.of("message", "Queued")));
    }

    private Location location(long cid) {
        return locations.find(cid).orElseThrow(() -> ApiException.notFound("Location"));
    }

    private static String oneOf(QueryParams q, String name, Set<String> allowed) {
        String value = q.string(name);
        if (value != null && !allowed.contains(value)) {
            throw ApiException.invalid(
                    name,
                    "must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
        }
        return value;
    }
}
