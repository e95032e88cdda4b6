package dev.kairos.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A clinic keeps its intake forms through the API: made, read, changed, attached, removed; bad input refused. */
@KairosIT
class QuestionnairesApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    long location;
    long consultation;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        location = tenant.locationA();
        consultation = new BookingFixtures(fixtures.db()).service(location, "Consultation", 30);
    }

    static Map<String, Object> intake(String title) {
        return Map.of(
                "title",
                title,
                "questions",
                List.of(
                        Map.of("type", "text", "text", "Allergies?", "help", "Medicines too", "required", true),
                        Map.of("type", "single_choice", "text", "Skin type", "options", List.of("Dry", "Oily")),
                        Map.of("type", "multiple_choice", "text", "Areas", "options", List.of("Face", "Neck", "Back")),
                        Map.of("type", "yes_no", "text", "First visit?", "required", true),
                        Map.of("type", "number", "text", "Age"),
                        Map.of("type", "date", "text", "Last treatment"),
                        Map.of("type", "long_text", "text", "Anything else")));
    }

    @Test
    void aFormIsMadeReadChangedAttachedAndRemoved() {
        Api.Response created = admin.post(path(""), intake("Skin intake"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode form = created.data();
        long id = form.get("id").asLong();
        assertThat(form.get("version").asInt()).isEqualTo(1);
        assertThat(form.get("questions")).hasSize(7);
        JsonNode first = form.get("questions").get(0);
        assertThat(first.get("type").asString()).isEqualTo("text");
        assertThat(first.get("help").asString()).isEqualTo("Medicines too");
        assertThat(first.get("required").asBoolean()).isTrue();
        assertThat(form.get("questions").get(1).get("options").toString()).isEqualTo("[\"Dry\",\"Oily\"]");

        assertThat(admin.get(path("")).meta().get("total_count").asInt()).isEqualTo(1);
        assertThat(admin.get(path("/" + id)).data().get("title").asString()).isEqualTo("Skin intake");

        Api.Response attached = admin.post(path("/" + id + "/services"), Map.of("service_id", consultation));
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        assertThat(attached.data().get("service_ids").get(0).asLong()).isEqualTo(consultation);
        JsonNode asked = Api.at(port)
                .as(tenant.partnerOnly())
                .get("/locations/" + location + "/appointment-definitions/" + consultation + "/questions")
                .data();
        assertThat(asked).hasSize(7);
        assertThat(asked.get(0).get("id").asLong()).isEqualTo(first.get("id").asLong());

        // Nobody answered yet: the edit rewrites version 1.
        Api.Response changed = admin.put(
                path("/" + id),
                Map.of("title", "Skin form", "questions", List.of(Map.of("type", "yes_no", "text", "Pregnant?"))));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.data().get("version").asInt()).isEqualTo(1);
        assertThat(changed.data().get("questions")).hasSize(1);

        assertThat(admin.delete(path("/" + id + "/services/" + consultation)).status())
                .isEqualTo(200);
        assertThat(admin.get("/locations/" + location + "/services/" + consultation + "/questions")
                        .data())
                .isEmpty();
        assertThat(admin.delete(path("/" + id)).status()).isEqualTo(200);
        assertThat(admin.get(path("/" + id)).status()).isEqualTo(404);
        assertThat(admin.get(path("")).meta().get("total_count").asInt()).isZero();
    }

    @Test
    void badFormsAreRefusedNamingTheField() {
        Api.Response noOptions = admin.post(
                path(""),
                Map.of("title", "x", "questions", List.of(Map.of("type", "single_choice", "text", "Which?"))));
        assertThat(noOptions.status()).isEqualTo(422);
        assertThat(noOptions.meta().get("errors").has("questions[0].options")).isTrue();
        Api.Response badType = admin.post(
                path(""), Map.of("title", "x", "questions", List.of(Map.of("type", "essay", "text", "Why?"))));
        assertThat(badType.status()).isEqualTo(422);
        assertThat(badType.meta().get("errors").has("questions[0].type")).isTrue();
        assertThat(admin.post(path(""), Map.of("title", "", "questions", List.of()))
                        .meta()
                        .get("errors")
                        .has("title"))
                .isTrue();
        assertThat(admin.post(
                                path(""),
                                Map.of(
                                        "title",
                                        "x",
                                        "questions",
                                        List.of(Map.of("type", "text", "text", "a", "options", List.of("b", "c")))))
                        .status())
                .isEqualTo(422);
        assertThat(admin.post(path(""), "{").status()).isEqualTo(400);
        for (String wrongTypes : List.of(
                "{\"title\": \"x\", \"questions\": 5}",
                "{\"title\": [1], \"questions\": []}",
                "{\"title\": \"x\", \"questions\": [{\"required\": {\"a\": 1}}]}")) {
            Api.Response refused = admin.post(path(""), wrongTypes);
            assertThat(refused.status()).as(refused.toString()).isBetween(400, 422);
            assertThat(refused.json().get("success").asBoolean()).isFalse();
        }
        assertThat(admin.get(path("/abc")).status()).isEqualTo(400);
        assertThat(admin.get(path("/987654321")).status()).isEqualTo(404);
        assertThat(admin.put(path("/987654321"), intake("x")).status()).isEqualTo(404);
        assertThat(admin.delete(path("/987654321")).status()).isEqualTo(404);
        assertThat(admin.get(path("")).meta().get("total_count").asInt()).isZero();
    }

    @Test
    void anotherChainsFormsAndServicesAreOutOfReach() {
        Tenant other = fixtures.tenant();
        Api them = Api.at(port).as(other.adminA());
        long theirs = them.post("/locations/" + other.locationA() + "/questionnaires", intake("Theirs"))
                .data()
                .get("id")
                .asLong();
        long theirService = new BookingFixtures(fixtures.db()).service(other.locationA(), "Theirs", 30);
        long ours = admin.post(path(""), intake("Ours")).data().get("id").asLong();

        assertThat(admin.get(path("/" + theirs)).status()).isEqualTo(404);
        assertThat(admin.put(path("/" + theirs), intake("Taken")).status()).isEqualTo(404);
        assertThat(admin.delete(path("/" + theirs)).status()).isEqualTo(404);
        assertThat(admin.post(path("/" + theirs + "/services"), Map.of("service_id", consultation))
                        .status())
                .isEqualTo(404);
        Api.Response foreignService = admin.post(path("/" + ours + "/services"), Map.of("service_id", theirService));
        assertThat(foreignService.status()).isEqualTo(422);
        assertThat(foreignService.meta().get("errors").has("service_id")).isTrue();
        assertThat(admin.get("/locations/" + location + "/services/" + theirService + "/questions")
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/locations/" + other.locationA() + "/questionnaires")
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port).as(tenant.viewerA()).post(path(""), intake("x")).status())
                .isEqualTo(403);
        assertThat(them.get("/locations/" + other.locationA() + "/questionnaires/" + theirs)
                        .data()
                        .get("title")
                        .asString())
                .isEqualTo("Theirs");
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndTheirRecords() {
        var document = Api.openApiDocument(port);
        assertThat(document.get("paths").propertyNames())
                .contains(
                        "/api/v1/locations/{locationId}/questionnaires",
                        "/api/v1/locations/{locationId}/questionnaires/{questionnaireId}",
                        "/api/v1/locations/{locationId}/questionnaires/{questionnaireId}/services",
                        "/api/v1/locations/{locationId}/appointment-definitions/{serviceId}/questions");
        assertThat(document.at("/components/schemas").propertyNames())
                .contains("QuestionnaireView", "QuestionnaireBody", "Question", "Answer");
    }

    private String path(String rest) {
        return "/locations/" + location + "/questionnaires" + rest;
    }
}
