package dev.kairos.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.Tenant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh tenant whose location A sends every kind of webhook to a test {@link Receiver}: set up
 * over the API as an integrator would, with the signing secret from one rotation.
 */
final class Hooked implements AutoCloseable {

    static final List<String> FLAGS = List.of(
            "record", "client", "service", "service_category", "master", "salon", "schedule", "finances_operation");

    final Tenant tenant;
    final long location;
    final Api admin;
    final Receiver receiver;
    final BookingFixtures booking;
    String secret;

    Hooked(int port, Fixtures fixtures) {
        this.tenant = fixtures.tenant();
        this.location = tenant.locationA();
        this.admin = Api.at(port).as(tenant.adminA());
        this.booking = new BookingFixtures(fixtures.db());
        this.receiver = Receiver.start();
        configure(Map.of());
        rotate();
    }

    /** Every flag on, active, the receiver as the one URL, plus {@code extra} fields. */
    void configure(Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("urls", List.of(receiver.url()));
        body.put("active", 1);
        FLAGS.forEach(f -> body.put(f, 1));
        body.putAll(extra);
        var saved = admin.post("/hooks_settings/" + location, body);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    String rotate() {
        var rotated = admin.post("/locations/" + location + "/webhook_secret", Map.of());
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
        secret = rotated.data().get("secret").asString();
        return secret;
    }

    @Override
    public void close() {
        receiver.close();
    }
}
