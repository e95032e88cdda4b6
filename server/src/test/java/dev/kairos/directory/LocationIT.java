package dev.kairos.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@KairosIT
class LocationIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api api;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        api = Api.at(port);
    }

    @Test
    void theOwnerCreatesReadsUpdatesAndListsLocations() {
        var created = api.as(tenant.owner())
                .post(
                        "/companies",
                        Map.of("title", "Salon Wien", "timezone_name", "Europe/Vienna", "slot_step_minutes", 30));
        assertThat(created.status()).isEqualTo(201);
        long id = created.data().get("id").asLong();
        assertThat(created.data().get("timezone_name").asString()).isEqualTo("Europe/Vienna");
        assertThat(created.data().get("slot_step_minutes").asInt()).isEqualTo(30);

        var updated = api.as(tenant.owner())
                .put("/company/" + id, Map.of("address", "Ring 1", "allow_delete_record_delay_step", 7200));
        assertThat(updated.data().get("address").asString()).isEqualTo("Ring 1");
        assertThat(updated.data().get("title").asString()).isEqualTo("Salon Wien");
        assertThat(updated.data().get("allow_delete_record_delay_step").asInt()).isEqualTo(7200);

        var list = api.as(tenant.owner()).get("/companies?my=1");
        assertThat(list.meta().get("total_count").asInt()).isEqualTo(3);
        assertThat(api.as(tenant.owner())
                        .get("/locations/" + id)
                        .data()
                        .get("address")
                        .asString())
                .isEqualTo("Ring 1");
    }

    @Test
    void aScopedUserSeesOnlyTheirLocation() {
        var list = api.as(tenant.adminA()).get("/companies?my=1");
        assertThat(list.data()).hasSize(1);
        assertThat(list.data().get(0).get("id").asLong()).isEqualTo(tenant.locationA());
    }

    @Test
    void anotherChainsLocationIsForbidden() {
        Tenant other = fixtures.tenant();
        assertThat(api.as(tenant.owner())
                        .put("/company/" + other.locationA(), Map.of("city", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(api.as(tenant.owner()).get("/company/" + other.locationA()).status())
                .isEqualTo(403);
        assertThat(api.as(tenant.adminA())
                        .delete("/company/" + tenant.locationB())
                        .status())
                .isEqualTo(403);
        assertThat(api.as(tenant.viewerA())
                        .put("/company/" + tenant.locationA(), Map.of("city", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(api.as(tenant.adminA())
                        .post("/companies", Map.of("title", "Mine", "timezone_name", "Europe/Berlin"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aNewLocationJoinsThePartnersChainAndAnotherChainsOwnerIsRefused() {
        Tenant other = fixtures.tenant();
        Api strangerWithOurPartner = api.withAuthorization(
                "Bearer " + tenant.partnerToken() + ", User " + other.owner().userToken());

        var refused = strangerWithOurPartner.post("/companies", Map.of("title", "Intruder", "timezone_name", "UTC"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().get("success").asBoolean()).isFalse();
        assertThat(api.as(tenant.owner())
                        .get("/companies?my=1")
                        .meta()
                        .get("total_count")
                        .asInt())
                .isEqualTo(2);
        assertThat(api.as(other.owner())
                        .get("/companies?my=1")
                        .meta()
                        .get("total_count")
                        .asInt())
                .isEqualTo(2);
        var created = api.as(tenant.owner()).post("/companies", Map.of("title", "Ours", "timezone_name", "UTC"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.data().get("group_id").asLong()).isEqualTo(tenant.chainId());
    }

    static Stream<Arguments> badLocations() {
        return Stream.of(
                Arguments.of("{\"title\": ", 400),
                Arguments.of("{\"title\": \"X\", \"timezone_name\": \"Mars/Olympus\"}", 422),
                Arguments.of(
                        "{\"title\": \"X\", \"timezone_name\": \"Europe/Berlin\", \"slot_step_minutes\": \"often\"}",
                        400),
                Arguments.of("{\"title\": \"X\", \"timezone_name\": \"Europe/Berlin\", \"slot_step_minutes\": 1}", 422),
                Arguments.of("{\"title\": \"\", \"timezone_name\": \"Europe/Berlin\"}", 422),
                Arguments.of("{\"timezone_name\": \"Europe/Berlin\"}", 422),
                Arguments.of("[1, 2]", 400),
                Arguments.of("{\"title\": \"X\", \"timezone_name\": \"Europe/Berlin\", \"currency\": \"euro\"}", 422));
    }

    @ParameterizedTest
    @MethodSource("badLocations")
    void badInputIsRefusedWithTheEnvelopeAndNothingIsStored(String body, int status) {
        long before = fixtures.count("locations");
        var response = api.as(tenant.owner()).post("/companies", body);
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.meta().get("message").asString()).isNotBlank();
        assertThat(fixtures.count("locations")).isEqualTo(before);
    }

    @Test
    void unknownLocationIs404AndAWrongIdTypeIs400() {
        assertThat(api.as(tenant.owner()).get("/company/999999999").status()).isEqualTo(404);
        assertThat(api.as(tenant.owner()).get("/company/abc").status()).isEqualTo(400);
    }
}
