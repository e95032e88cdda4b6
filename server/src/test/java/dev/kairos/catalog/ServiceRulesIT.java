package dev.kairos.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Omneo invariants of a service definition: refused with 422, naming the field, storing nothing. */
@KairosIT
class ServiceRulesIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    CatalogFixtures catalog;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        catalog = new CatalogFixtures(fixtures.db());
    }

    static Stream<Arguments> brokenDefinitions() {
        return Stream.of(
                Arguments.of(
                        Map.of("customer_must_select_staff", true, "requires_staff", false),
                        "customer_must_select_staff"),
                Arguments.of(
                        Map.of("booking_type", "walk_in_only", "allow_walk_in", false, "allow_customer_booking", false),
                        "allow_walk_in"),
                Arguments.of(Map.of("booking_type", "walk_in_only", "allow_walk_in", true), "allow_customer_booking"),
                Arguments.of(
                        Map.of("booking_type", "walk_in_only", "allow_walk_in", true, "service_type", 1),
                        "allow_customer_booking"),
                Arguments.of(Map.of("price_min", 50, "price_max", 40), "price_max"),
                Arguments.of(Map.of("price_min", -1), "price_min"),
                Arguments.of(Map.of("discount", 101), "discount"),
                Arguments.of(Map.of("duration", 0), "duration"),
                Arguments.of(Map.of("duration", -3600), "duration"),
                Arguments.of(Map.of("duration", 86_401), "duration"),
                Arguments.of(Map.of("buffer_before", -1), "buffer_before"),
                Arguments.of(Map.of("buffer_after", -300), "buffer_after"),
                Arguments.of(Map.of("technical_break_duration", 301), "technical_break_duration"),
                Arguments.of(Map.of("technical_break_duration", 3900), "technical_break_duration"),
                Arguments.of(Map.of("technical_break_duration", -300), "technical_break_duration"),
                Arguments.of(Map.of("max_concurrent_bookings", 0), "max_concurrent_bookings"),
                Arguments.of(Map.of("slot_interval_minutes", 1), "slot_interval_minutes"),
                Arguments.of(Map.of("min_lead_minutes", -5), "min_lead_minutes"),
                Arguments.of(Map.of("max_advance_days", 731), "max_advance_days"),
                Arguments.of(Map.of("booking_type", "whenever"), "booking_type"),
                Arguments.of(Map.of("prepaid", "maybe"), "prepaid"),
                Arguments.of(Map.of("title", "  "), "title"),
                Arguments.of(Map.of("title", "x".repeat(201)), "title"));
    }

    @ParameterizedTest
    @MethodSource("brokenDefinitions")
    void createRefusesABrokenDefinition(Map<String, Object> fields, String field) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Consultation"));
        body.putAll(fields);
        Map<String, Long> before = catalog.counts();

        var response = admin.post("/services/" + tenant.locationA(), body);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.meta().get("message").asString()).contains(field);
        assertThat(response.meta().get("errors").get(field)).as(response.body()).isNotNull();
        assertThat(catalog.counts()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("brokenDefinitions")
    void patchRefusesABrokenDefinitionAndKeepsTheService(Map<String, Object> fields, String field) {
        long id = admin.post("/services/" + tenant.locationA(), Map.of("title", "Consultation", "price_min", 45))
                .data()
                .get("id")
                .asLong();
        Map<String, Object> stored = catalog.serviceRow(id);
        Map<String, Long> before = catalog.counts();

        var response = admin.patch("/company/" + tenant.locationA() + "/services/" + id, fields);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.meta().get("errors").get(field)).as(response.body()).isNotNull();
        assertThat(catalog.serviceRow(id)).isEqualTo(stored);
        assertThat(catalog.counts()).isEqualTo(before);
    }

    @Test
    void patchCannotBreakARuleTogetherWithTheStoredValues() {
        long id = admin.post(
                        "/services/" + tenant.locationA(),
                        Map.of("title", "Consultation", "customer_must_select_staff", true))
                .data()
                .get("id")
                .asLong();

        var response =
                admin.patch("/company/" + tenant.locationA() + "/services/" + id, Map.of("requires_staff", false));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.meta().get("message").asString())
                .isEqualTo("customer_must_select_staff needs requires_staff");
        assertThat(catalog.serviceRow(id).get("requires_staff")).isEqualTo(true);
    }

    @Test
    void aValidWalkInOnlyServiceAndATechnicalBreakOnTheStepAreAccepted() {
        var response = admin.post(
                "/services/" + tenant.locationA(),
                Map.of(
                        "title",
                        "Walk-in trim",
                        "booking_type",
                        "walk_in_only",
                        "allow_walk_in",
                        true,
                        "allow_customer_booking",
                        false,
                        "technical_break_duration",
                        3600,
                        "requires_staff",
                        false,
                        "max_concurrent_bookings",
                        3));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.data().get("booking_type").asString()).isEqualTo("walk_in_only");
        assertThat(response.data().get("service_type").asInt()).isZero();
        assertThat(response.data().get("technical_break_duration").asInt()).isEqualTo(3600);
    }

    @Test
    void theDatabaseBacksTheRulesUp() {
        long location = tenant.locationA();
        for (String assignments : List.of(
                "customer_must_select_staff = true, requires_staff = false",
                "booking_type = 'walk_in_only', allow_walk_in = true, allow_customer_booking = true",
                "price_min = 10, price_max = 5",
                "technical_break_seconds = 301",
                "duration_seconds = 0",
                "buffer_before_seconds = -1")) {
            long id = admin.post("/services/" + location, Map.of("title", "Row"))
                    .data()
                    .get("id")
                    .asLong();
            var attempt = org.assertj.core.api.Assertions.catchThrowable(() -> fixtures.db()
                    .sql("update services set " + assignments + " where id = :id")
                    .param("id", id)
                    .update());
            assertThat(attempt)
                    .as(assignments)
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        }
    }
}
