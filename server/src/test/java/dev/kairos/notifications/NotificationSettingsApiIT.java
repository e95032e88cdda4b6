package dev.kairos.notifications;

import static dev.kairos.support.RefusalTable.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.auth.Right;
import dev.kairos.support.Api;
import dev.kairos.support.RefusalTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The notification rules, settings and templates of a location through the API: the defaults a new
 * location starts with, changes, and every kind of bad input refused with the error envelope and
 * nothing changed.
 */
class NotificationSettingsApiIT extends NotificationsTestBase {

    @Test
    void aNewLocationStartsWithTheDefaultRules() {
        Studio studio = studio();
        Api owner = Api.at(port).as(studio.tenant.owner());
        Api.Response created =
                owner.post("/companies", Map.of("title", "Second Studio", "timezone_name", "Europe/Madrid"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long location = created.data().get("id").asLong();
        assertThat(created.data().get("language").asString()).isEqualTo("en");

        JsonNode rules =
                owner.get("/locations/" + location + "/notification_rules").data();

        assertThat(StreamSupport.stream(rules.spliterator(), false)
                        .map(r -> r.get("event").asString() + "/"
                                + r.get("target").asString() + "/"
                                + r.get("channel").asString() + "/"
                                + r.get("offset_minutes").asInt()))
                .containsExactlyInAnyOrder(
                        "requested/location/email/0",
                        "confirmed/client/email/0",
                        "rejected/client/email/0",
                        "cancelled/client/email/0",
                        "rescheduled/client/email/0",
                        "reminder/client/email/-1440");
        JsonNode reminder = StreamSupport.stream(rules.spliterator(), false)
                .filter(r -> r.get("event").asString().equals("reminder"))
                .findFirst()
                .orElseThrow();
        assertThat(reminder.get("relative_to").asString()).isEqualTo("start");
        assertThat(reminder.get("service_id").isNull()).isTrue();
        assertThat(reminder.get("active").asBoolean()).isTrue();
    }

    @Test
    void rulesAreAddedChangedAndDeleted() {
        Studio studio = studio();
        String rules = "/locations/" + studio.location + "/notification_rules";
        JsonNode followUp = studio.rule(null, "completed", "client", "email", 120);
        assertThat(followUp.get("relative_to").asString()).isEqualTo("end");
        long id = followUp.get("id").asLong();

        Api.Response changed = studio.staff.put(rules + "/" + id, Map.of("offset_minutes", 240, "active", false));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.data().get("offset_minutes").asInt()).isEqualTo(240);
        assertThat(changed.data().get("active").asBoolean()).isFalse();
        assertThat(changed.data().get("event").asString()).isEqualTo("completed");
        assertThat(studio.staff
                        .get(rules + "/" + id)
                        .data()
                        .get("offset_minutes")
                        .asInt())
                .isEqualTo(240);

        JsonNode own = studio.rule(studio.haircut, "reminder", "client", "sms", -60);
        assertThat(own.get("service_id").asLong()).isEqualTo(studio.haircut);
        assertThat(studio.staff
                        .get("/locations/" + studio.location + "/services/" + studio.haircut + "/notification_rules")
                        .data())
                .hasSize(1);

        assertThat(studio.staff.delete(rules + "/" + id).status()).isEqualTo(204);
        assertThat(studio.staff.get(rules + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void badRulesAreRefusedWithTheErrorEnvelopeAndChangeNothing() {
        Studio studio = studio();
        String rules = "/locations/" + studio.location + "/notification_rules";
        long before = rulesAt(studio.location);
        Map<String, Object> good =
                Map.of("event", "reminder", "target", "client", "channel", "sms", "offset_minutes", -60);

        String service = "/locations/" + studio.location + "/services/999999999/notification_rules";
        RefusalTable.assertAllRefused(
                studio.staff,
                List.of(
                        refused("POST", rules, with(good, "event", "birthday"), 422),
                        refused("POST", rules, with(good, "target", "everyone"), 422),
                        refused("POST", rules, with(good, "channel", "pigeon"), 422),
                        refused("POST", rules, with(good, "offset_minutes", 60), 422),
                        refused("POST", rules, with(good, "offset_minutes", -50000), 422),
                        refused("POST", rules, with(with(good, "event", "confirmed"), "offset_minutes", 5), 422),
                        refused("POST", rules, with(with(good, "event", "completed"), "offset_minutes", -5), 422),
                        refused("POST", rules, Map.of("target", "client"), 422),
                        refused("POST", rules, "{not json", 400),
                        refused(
                                "POST",
                                rules,
                                Map.of("event", "confirmed", "target", "client", "channel", "email"),
                                409),
                        refused("POST", service, good, 404),
                        refused("PUT", rules + "/999999999", good, 404),
                        refused("DELETE", rules + "/999999999", null, 404),
                        refused("POST", "/locations/" + studio.tenant.locationB() + "/notification_rules", good, 403)));
        Api.Response named = studio.staff.post(rules, with(good, "offset_minutes", 60));
        assertThat(named.meta().get("errors").get("offset_minutes").get(0).asString())
                .contains("before the start");

        Api viewer = Api.at(port).as(studio.tenant.viewerA());
        assertThat(viewer.get(rules).status()).isEqualTo(200);
        assertThat(viewer.post(rules, good).status()).isEqualTo(403);
        Api stranger = Api.at(port).as(studio().tenant.adminA());
        assertThat(stranger.get(rules).status()).isIn(403, 404);
        assertThat(rulesAt(studio.location)).isEqualTo(before);
    }

    @Test
    void settingsAreReadChangedAndValidated() {
        Studio studio = studio();
        String path = "/locations/" + studio.location + "/notification_settings";
        JsonNode initial = studio.staff.get(path).data();
        assertThat(initial.get("language").asString()).isEqualTo("en");
        assertThat(initial.get("staff_email").asString()).isEmpty();

        Api.Response saved = studio.staff.put(
                path, Map.of("language", "es", "staff_email", "desk@example.com", "staff_phone", "030 1234567"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.data().get("staff_phone").asString()).isEqualTo("+49301234567");
        assertThat(studio.staff
                        .get("/locations/" + studio.location)
                        .data()
                        .get("language")
                        .asString())
                .isEqualTo("es");

        Api.Response refused =
                studio.staff.put(path, Map.of("language", "fr", "staff_email", "not an address", "staff_phone", "12"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.meta().get("errors").has("language")).isTrue();
        assertThat(refused.meta().get("errors").has("staff_email")).isTrue();
        assertThat(refused.meta().get("errors").has("staff_phone")).isTrue();
        assertThat(studio.staff.get(path).data().get("language").asString()).isEqualTo("es");
        Api settingsOnly = Api.at(port).as(fixtures.user(studio.tenant, studio.location, Right.VIEW_RECORDS));
        assertThat(settingsOnly.put(path, Map.of("language", "de")).status()).isEqualTo(403);
    }

    @Test
    void templatesArePreviewedSavedAndResetAndATemplateThatReachesBeyondItsVariablesIsRefused() {
        Studio studio = studio();
        String path = "/locations/" + studio.location + "/notification_templates/reminder/client/email";
        assertThat(studio.staff
                        .get("/locations/" + studio.location + "/notification_templates")
                        .data())
                .hasSize(NotificationEvent.values().length * 2 * 2);
        JsonNode standard = studio.staff.get(path).data();
        assertThat(standard.get("customised").asBoolean()).isFalse();
        assertThat(standard.get("html").asString()).contains("th:text");

        JsonNode preview = studio.staff.post(path + "/preview", null).data();
        assertThat(preview.get("subject").asString()).contains("Reminder", "Studio Lumen", "10:00");
        assertThat(preview.get("text").asString()).contains("Jane Doe", "Europe/Berlin");

        for (String evil : List.of(
                "[(${T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')})]",
                "[(${client.name.getClass()})]",
                "[(${#strings.toUpperCase(client.name)})]",
                "[(${nothing.here})]")) {
            Api.Response refused = studio.staff.put(path, Map.of("subject", "Hi", "text", evil, "html", "<p>x</p>"));
            assertThat(refused.status()).as(evil).isEqualTo(422);
            assertThat(refused.json().get("success").asBoolean()).isFalse();
        }
        assertThat(studio.staff.put(path, Map.of("text", "no subject")).status())
                .isEqualTo(422);
        assertThat(studio.staff.put(path, "{broken").status()).isEqualTo(400);
        assertThat(studio.staff
                        .get("/locations/" + studio.location + "/notification_templates/birthday/client/email")
                        .status())
                .isEqualTo(404);
        assertThat(studio.staff.get(path).data().get("customised").asBoolean()).isFalse();

        Api.Response saved = studio.staff.put(
                path, Map.of("subject", "Bis bald, [(${client.name})]", "text", "[(${appointment.time})]", "html", ""));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(studio.staff
                        .post(path + "/preview", null)
                        .data()
                        .get("subject")
                        .asString())
                .isEqualTo("Bis bald, Jane Doe");
        assertThat(studio.staff.delete(path).data().get("customised").asBoolean())
                .isFalse();
    }

    @Test
    void theDeliveryLogIsOnlyForTheLocationsOwnAppointments() {
        Studio studio = studio();
        Studio.Booked booked = studio.book(studio.haircut, "10:00");
        Studio other = studio();

        assertThat(other.staff
                        .get("/locations/" + other.location + "/appointments/" + booked.id() + "/notifications")
                        .status())
                .isEqualTo(404);
        assertThat(other.staff
                        .get("/locations/" + studio.location + "/appointments/" + booked.id() + "/notifications")
                        .status())
                .isIn(403, 404);
        assertThat(studio.deliveries(booked.id())).isNotEmpty();
    }

    @Test
    void theOpenApiDocumentNamesTheEndpointsAndTheirFields() {
        var document = Api.openApiDocument(port);
        assertThat(document.get("paths").propertyNames())
                .contains(
                        "/api/v1/locations/{locationId}/notification_rules",
                        "/api/v1/locations/{locationId}/services/{serviceId}/notification_rules",
                        "/api/v1/locations/{locationId}/notification_settings",
                        "/api/v1/locations/{locationId}/notification_templates/{event}/{audience}/{channel}/preview",
                        "/api/v1/locations/{locationId}/appointments/{appointmentId}/notifications");
        assertThat(document.at("/components/schemas").propertyNames())
                .contains("RuleView", "DeliveryEntry", "TemplateView", "NotificationSettings");
    }

    private long rulesAt(long location) {
        return fixtures.db()
                .sql("select count(*) from notification_rules where location_id = :l")
                .param("l", location)
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(base);
        changed.put(key, value);
        return changed;
    }
}
