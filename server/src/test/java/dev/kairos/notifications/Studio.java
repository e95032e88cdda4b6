package dev.kairos.notifications;

import static org.awaitility.Awaitility.await;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * A Berlin location with the default notification rules, Anna who cuts hair, a service booked at
 * once and one that needs approval, and the calls a notification test makes on it.
 */
final class Studio {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final Tenant tenant;
    final long location;
    final long anna;
    final long haircut;
    final long consultation;
    final LocalDate day = BookingFixtures.nextTuesday();
    final Api widget;
    final Api staff;
    private final Fixtures fixtures;

    /** A booked appointment: its id, hash and start. */
    record Booked(long id, String hash, Instant start, String email, String phone) {}

    Studio(Fixtures fixtures, int port) {
        this.fixtures = fixtures;
        tenant = fixtures.tenant();
        location = tenant.locationA();
        fixtures.db()
                .sql("update locations set title = 'Studio Lumen', address = 'Torstraße 12, Berlin' where id = :l")
                .param("l", location)
                .update();
        fixtures.db()
                .sql("select notification_default_rules(:l)")
                .param("l", location)
                .query((rs, n) -> 0)
                .list();
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        booking.openEveryDay(location);
        anna = booking.member(location, "Anna Berg");
        haircut = booking.service(location, "Haircut", 60, anna);
        consultation = booking.service(location, "Consultation", 30, Map.of("booking_type", "approval_required"), anna);
        widget = Api.at(port).as(tenant.partnerOnly());
        staff = Api.at(port).as(tenant.adminA());
    }

    /** Books {@code service} at {@code time} on the studio's day, online, as a new client with an email of their own. */
    Booked book(long service, String time) {
        return book(service, day, time, Map.of());
    }

    Booked book(long service, LocalDate date, String time, Map<String, Object> extra) {
        return book(widget, service, date, time, extra);
    }

    /** As {@link #book(long, LocalDate, String, Map)}, through {@code node} (another Kairos process). */
    Booked book(Api node, long service, LocalDate date, String time, Map<String, Object> extra) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "client-" + tag + "@example.com";
        String phone = "+49151" + String.format("%08d", Math.floorMod(tag.hashCode(), 100_000_000));
        Map<String, Object> body = new HashMap<>(Map.of(
                "phone",
                phone,
                "fullname",
                "Maria " + tag,
                "email",
                email,
                "appointments",
                List.of(Map.of(
                        "id", 1, "services", List.of(service), "staff_id", anna, "datetime", date + " " + time))));
        body.putAll(extra);
        Api.Response booked = node.post("/book_record/" + location, body);
        if (booked.status() != 201) {
            throw new AssertionError("booking refused: " + booked);
        }
        JsonNode entry = booked.data().get(0);
        Instant start =
                date.atTime(java.time.LocalTime.parse(time)).atZone(BERLIN).toInstant();
        return new Booked(
                entry.get("record_id").asLong(), entry.get("record_hash").asString(), start, email, phone);
    }

    /** The appointment's delivery log, as the API lists it. */
    List<JsonNode> deliveries(long appointmentId) {
        Api.Response log = staff.get("/locations/" + location + "/appointments/" + appointmentId + "/notifications");
        if (log.status() != 200) {
            throw new AssertionError("no delivery log: " + log);
        }
        return StreamSupport.stream(log.data().spliterator(), false).toList();
    }

    /** The log's entries for one event, in order. */
    List<JsonNode> deliveries(long appointmentId, String event) {
        return deliveries(appointmentId).stream()
                .filter(d -> d.get("event").asString().equals(event))
                .toList();
    }

    /** Waits until every entry of the log for {@code event} has left {@code planned} and {@code sending}. */
    List<JsonNode> settled(long appointmentId, String event) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<JsonNode> entries = deliveries(appointmentId, event);
            return !entries.isEmpty()
                    && entries.stream()
                            .noneMatch(d -> d.get("outcome").asString().matches("planned|sending"));
        });
        return deliveries(appointmentId, event);
    }

    JsonNode record(long appointmentId) {
        return staff.get("/record/" + location + "/" + appointmentId).data();
    }

    /** Adds a rule of the location (or of a service) through the API. */
    JsonNode rule(Long service, String event, String target, String channel, int offsetMinutes) {
        String path = service == null
                ? "/locations/" + location + "/notification_rules"
                : "/locations/" + location + "/services/" + service + "/notification_rules";
        Api.Response created = staff.post(
                path, Map.of("event", event, "target", target, "channel", channel, "offset_minutes", offsetMinutes));
        if (created.status() != 201) {
            throw new AssertionError("rule refused: " + created);
        }
        return created.data();
    }

    Fixtures fixtures() {
        return fixtures;
    }
}
