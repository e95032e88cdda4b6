package dev.kairos.catalog;

import static dev.kairos.catalog.ServiceIT.ids;
import static org.assertj.core.api.Assertions.assertThat;

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

@KairosIT
class ServiceLinksIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Services services;

    Tenant tenant;
    Api admin;
    CatalogFixtures catalog;
    long a;
    long service;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        catalog = new CatalogFixtures(fixtures.db());
        a = tenant.locationA();
        service = admin.post("/services/" + a, Map.of("title", "Cut", "duration", 1800))
                .data()
                .get("id")
                .asLong();
    }

    @Test
    void staffAreLinkedChangedAndUnlinked() {
        long anna = catalog.teamMember(a, "Anna");
        String base = "/company/" + a + "/services/" + service + "/staff";

        var linked = admin.post(base, Map.of("master_id", anna, "seance_length", 2400, "technological_card_id", 0));
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.data().get("staff").get(0).get("seance_length").asInt())
                .isEqualTo(2400);

        var changed = admin.put(base + "/" + anna, Map.of("seance_length", 3000));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.data().get("staff").get(0).get("seance_length").asInt())
                .isEqualTo(3000);

        var plain = admin.put(base + "/" + anna, Map.of("seance_length", 0));
        assertThat(plain.data().get("staff").get(0).get("seance_length").asInt())
                .isEqualTo(1800);

        assertThat(admin.delete(base + "/" + anna).status()).isEqualTo(204);
        assertThat(admin.get("/company/" + a + "/services/" + service).data().get("staff"))
                .isEmpty();
        assertThat(catalog.activity(a, "service_staff", "created")).isEqualTo(1);
        assertThat(catalog.activity(a, "service_staff", "updated")).isEqualTo(2);
        assertThat(catalog.activity(a, "service_staff", "deleted")).isEqualTo(1);
    }

    @Test
    void aMemberWorkingAtTheLocationThroughTeamMemberLocationsMayBeLinked() {
        long visitor = catalog.teamMember(tenant.locationB(), "Visitor");
        catalog.alsoWorksAt(visitor, a);

        var linked = admin.post("/locations/" + a + "/services/" + service + "/staff", Map.of("master_id", visitor));

        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(ids(linked.data().get("staff"))).containsExactly(visitor);
    }

    @Test
    void membersOfAnotherChainDeletedOrUnknownAreRefused() {
        long elsewhere = catalog.teamMember(fixtures.tenant().locationA(), "Elsewhere");
        long gone = catalog.teamMember(a, "Gone");
        catalog.deleteTeamMember(gone);
        String base = "/company/" + a + "/services/" + service + "/staff";
        Map<String, Long> before = catalog.counts();

        for (long member : List.of(elsewhere, gone, 999_999_999L)) {
            var response = admin.post(base, Map.of("master_id", member));
            assertThat(response.status()).as(response.body()).isEqualTo(422);
            assertThat(response.meta().get("errors").get("master_id")).isNotNull();
        }
        var onCreate = admin.post("/services/" + a, Map.of("title", "X", "staff", List.of(Map.of("id", elsewhere))));
        assertThat(onCreate.status()).isEqualTo(422);
        assertThat(onCreate.meta().get("message").asString()).contains("are not team members of this chain");
        assertThat(admin.put(base + "/" + elsewhere, Map.of("seance_length", 600))
                        .status())
                .isEqualTo(404);
        assertThat(admin.delete(base + "/" + elsewhere).status()).isEqualTo(404);
        assertThat(admin.post(base, Map.of("seance_length", 600)).status()).isEqualTo(422);
        assertThat(catalog.counts()).isEqualTo(before);
    }

    @Test
    void linkingTwiceIsAConflict() {
        long anna = catalog.teamMember(a, "Anna");
        String base = "/company/" + a + "/services/" + service + "/staff";
        admin.post(base, Map.of("master_id", anna));

        var again = admin.post(base, Map.of("master_id", anna));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.meta().get("message").asString()).contains("already linked");
    }

    @Test
    void hoursAreReadAndReplacedAsAWeek() {
        String path = "/locations/" + a + "/services/" + service + "/hours";
        assertThat(admin.get(path).data()).isEmpty();

        var put = admin.put(
                path,
                List.of(
                        Map.of("day_of_week", 2, "from", "14:00", "to", "18:00"),
                        Map.of("day_of_week", 2, "from", "09:00", "to", "12:00"),
                        Map.of("day_of_week", 6, "is_closed", true)));

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.data()).hasSize(3);
        assertThat(put.data().get(0).get("from").asString()).isEqualTo("09:00");
        assertThat(admin.get(path).data().get(2).get("is_closed").asBoolean()).isTrue();

        var wrapped =
                admin.put(path, Map.of("hours", List.of(Map.of("day_of_week", 1, "from", "10:00", "to", "11:30"))));
        assertThat(wrapped.status()).isEqualTo(200);
        assertThat(wrapped.data()).hasSize(1);
        assertThat(services.find(a, service).orElseThrow().hours().entries())
                .containsExactly(ServiceHours.open(1, java.time.LocalTime.of(10, 0), java.time.LocalTime.of(11, 30)));
        assertThat(catalog.activity(a, "service_hours", "updated")).isEqualTo(2);
    }

    @Test
    void badHoursAreRefusedAndTheWeekKept() {
        String path = "/locations/" + a + "/services/" + service + "/hours";
        admin.put(path, List.of(Map.of("day_of_week", 1, "from", "09:00", "to", "12:00")));
        Map<String, Long> before = catalog.counts();

        for (Object body : List.<Object>of(
                List.of(Map.of("day_of_week", 8, "from", "09:00", "to", "10:00")),
                List.of(Map.of("day_of_week", 1, "from", "12:00", "to", "09:00")),
                List.of(Map.of("day_of_week", 1, "from", "9 o'clock", "to", "10:00")),
                List.of(Map.of("day_of_week", 1, "from", "09:00")),
                List.of(Map.of("from", "09:00", "to", "10:00")),
                List.of(
                        Map.of("day_of_week", 1, "from", "09:00", "to", "11:00"),
                        Map.of("day_of_week", 1, "from", "10:00", "to", "12:00")),
                List.of(
                        Map.of("day_of_week", 1, "is_closed", true),
                        Map.of("day_of_week", 1, "from", "10:00", "to", "12:00")))) {
            var response = admin.put(path, body);
            assertThat(response.status()).as(body + " " + response.body()).isEqualTo(422);
            assertThat(response.meta().get("errors").get("hours")).isNotNull();
        }
        for (String body : List.of("{\"hours\": 5}", "\"monday\"", "[{\"day_of_week\": \"x\"}]", "[{")) {
            var response = admin.put(path, body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.meta().get("message").asString()).isNotBlank();
        }
        assertThat(catalog.counts()).isEqualTo(before);
        assertThat(admin.get(path).data()).hasSize(1);
    }

    @Test
    void resourcesMustBelongToTheLocation() {
        long room = catalog.resource(a, "Room");
        long chair = catalog.resource(a, "Chair");
        long foreign = catalog.resource(tenant.locationB(), "Their room");
        String path = "/locations/" + a + "/services/" + service + "/resources";

        var put = admin.put(path, Map.of("resource_ids", List.of(chair, room, room)));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(admin.get(path).data().get("resource_ids")).hasSize(2);
        assertThat(services.find(a, service).orElseThrow().resourceIds()).containsExactly(room, chair);

        Map<String, Long> before = catalog.counts();
        var refused = admin.put(path, Map.of("resource_ids", List.of(room, foreign)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.meta().get("errors").get("resource_ids")).isNotNull();
        assertThat(admin.post("/services/" + a, Map.of("title", "Y", "resource_ids", List.of(foreign)))
                        .status())
                .isEqualTo(422);
        assertThat(catalog.counts()).isEqualTo(before);

        assertThat(admin.put(path, Map.of("resource_ids", List.of())).data().get("resource_ids"))
                .isEmpty();
        assertThat(catalog.activity(a, "service_resources", "updated")).isEqualTo(2);
    }

    @Test
    void theReadApiGivesWholeServicesOfOneLocationOnly() {
        long anna = catalog.teamMember(a, "Anna");
        admin.post(
                "/company/" + a + "/services/" + service + "/staff", Map.of("master_id", anna, "seance_length", 2700));
        long other = admin.post("/services/" + a, Map.of("title", "Other", "active", false))
                .data()
                .get("id")
                .asLong();
        long theirs = Api.at(port)
                .as(tenant.owner())
                .post("/services/" + tenant.locationB(), Map.of("title", "Theirs"))
                .data()
                .get("id")
                .asLong();

        Service found = services.find(a, service).orElseThrow();
        assertThat(found.durationFor(anna)).contains(java.time.Duration.ofSeconds(2700));
        assertThat(found.durationFor(anna + 1)).isEmpty();
        assertThat(found.timing().duration()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(services.find(a, theirs)).isEmpty();
        assertThat(services.findAll(a, List.of(other, theirs, service)).stream().map(Service::id))
                .containsExactly(service, other);
        assertThat(services.findAll(a, List.of())).isEmpty();
    }
}
