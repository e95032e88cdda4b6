package dev.kairos.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The cross-cutting conventions of the Altegio wire: envelope, Accept types, slashes, errors. */
@KairosIT
class WireFormatIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api api;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        api = Api.at(port).as(tenant.owner());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"application/vnd.api.v2+json", "application/vnd.yclients.v2+json", "application/json", "*/*"})
    void everyDocumentedAcceptTypeGetsTheEnvelope(String accept) {
        var response = api.accepting(accept).get("/company/" + tenant.locationA());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("success").asBoolean()).isTrue();
        assertThat(response.data().get("id").asLong()).isEqualTo(tenant.locationA());
        assertThat(response.meta().isArray()).isTrue();
    }

    @Test
    void aTrailingSlashIsOptional() {
        assertThat(api.get("/company/" + tenant.locationA() + "/").status()).isEqualTo(200);
    }

    @Test
    void malformedJsonIs400InTheEnvelopeAndChangesNothing() {
        var before = api.get("/company/" + tenant.locationA()).data();
        var response = api.put("/company/" + tenant.locationA(), "{\"title\": \"half");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.json().get("data").isNull()).isTrue();
        assertThat(response.meta().get("message").asString()).isNotBlank();
        assertThat(api.get("/company/" + tenant.locationA()).data()).isEqualTo(before);
    }

    @Test
    void anOversizeBodyIs413() {
        String huge = "{\"title\":\"" + "x".repeat(1_100_000) + "\"}";
        var response = api.put("/company/" + tenant.locationA(), huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("success").asBoolean()).isFalse();
    }

    @Test
    void aPlusThatArrivedAsASpaceInADateParameterIsAPlus() {
        var booking = new dev.kairos.booking.BookingFixtures(fixtures.db());
        long anna = booking.member(tenant.locationA(), "Anna");
        long cut = booking.service(tenant.locationA(), "Cut", 60, anna);
        var created = api.post(
                "/records/" + tenant.locationA(),
                java.util.Map.of(
                        "staff_id",
                        anna,
                        "datetime",
                        dev.kairos.booking.BookingFixtures.nextTuesday() + " 10:00:00",
                        "services",
                        java.util.List.of(java.util.Map.of("id", cut))));
        String changed = created.data().get("last_change_date").asString();
        String records = "/records/" + tenant.locationA() + "?changed_after=";
        String stamp = changed.substring(0, 19);
        String offset = changed.substring(20);
        String sign = changed.substring(19, 20);

        var encoded = api.get(records + stamp + (sign.equals("+") ? "%2B" : "-") + offset);
        var unencoded = api.get(records + stamp + sign + offset);

        assertThat(encoded.status()).as(encoded.toString()).isEqualTo(200);
        assertThat(encoded.data()).hasSize(1);
        assertThat(unencoded.status()).as(unencoded.toString()).isEqualTo(200);
        assertThat(unencoded.data()).isEqualTo(encoded.data());
    }

    @Test
    void anUnknownRouteIs404InTheEnvelope() {
        var response = api.get("/no/such/endpoint");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("success").asBoolean()).isFalse();
    }

    @Test
    void healthOpenApiAndSwaggerUiAreServed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var health = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        var docs = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body())
                .contains("\"openapi\"")
                .contains("/api/v1/auth")
                .contains("/api/v1/company/{id}")
                .contains("/api/v1/records/{locationId}")
                .contains("/api/v1/visits/{vid}")
                .contains("/api/v1/locations/{locationId}/activity_log");
        var ui = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/swagger-ui/index.html"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    @Test
    void theOpenApiDocumentNamesItselfAndItsTokensAndHidesTheResolvedCaller() {
        var document = Api.openApiDocument(port);
        assertThat(document.at("/info/title").asString()).isEqualTo("Kairos API");
        assertThat(document.at("/components/securitySchemes/partner/name").asString())
                .isEqualTo("Authorization");
        assertThat(document.at("/components/securitySchemes/partner_and_user/description")
                        .asString())
                .contains("User <user_token>");
        assertThat(document.get("security")).hasSize(2);
        var callerParameters = new java.util.ArrayList<String>();
        document.get("paths").properties().forEach(path -> path.getValue()
                .properties()
                .forEach(operation -> operation.getValue().path("parameters").forEach(parameter -> {
                    if (parameter.path("name").asString().equals("caller")) {
                        callerParameters.add(operation.getKey() + " " + path.getKey());
                    }
                })));
        assertThat(document.get("paths").size()).isGreaterThan(100);
        assertThat(callerParameters).isEmpty();
    }
}
