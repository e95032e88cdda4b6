package dev.kairos.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.RefusalTable;
import dev.kairos.support.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@KairosIT
class OpeningHoursAndResourcesIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    long a;
    long b;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        a = tenant.locationA();
        b = tenant.locationB();
    }

    @Test
    void openingHoursAreReadAndReplaced() {
        var initial = Api.at(port).as(tenant.viewerA()).get(hours(a));
        assertThat(initial.status()).isEqualTo(200);
        assertThat(initial.data().get("weekly")).hasSize(6);
        assertThat(initial.data().get("special_days")).isEmpty();

        var put = admin.put(
                hours(a),
                Map.of(
                        "weekly",
                                List.of(
                                        Map.of("day_of_week", 2, "from", "14:00", "to", "18:00"),
                                        Map.of("day_of_week", 2, "from", "08:00", "to", "12:00"),
                                        Map.of("day_of_week", 7, "from", "20:00", "to", "24:00")),
                        "special_days",
                                List.of(
                                        Map.of("date", "2026-12-25", "closed", true),
                                        Map.of("date", "2026-12-24", "from", "09:00", "to", "13:00"))));

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        JsonNode weekly = admin.get(hours(a)).data().get("weekly");
        assertThat(weekly).hasSize(3);
        assertThat(weekly.get(0).get("day_of_week").asInt()).isEqualTo(2);
        assertThat(weekly.get(0).get("from").asString()).isEqualTo("08:00");
        assertThat(weekly.get(2).get("to").asString()).isEqualTo("24:00");
        JsonNode special = put.data().get("special_days");
        assertThat(special.get(0).get("date").asString()).isEqualTo("2026-12-24");
        assertThat(special.get(0).get("to").asString()).isEqualTo("13:00");
        assertThat(special.get(1).get("closed").asBoolean()).isTrue();
        assertThat(Api.at(port).as(tenant.owner()).get(hours(b)).data().get("weekly"))
                .hasSize(6);
        assertThat(fixtures.db()
                        .sql("select count(*) from activity_log where entity = 'opening_hours' and location_id = :l")
                        .param("l", a)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void resourcesWithInstancesAreCreatedChangedAndDeleted() {
        var created = admin.post(
                resources(a),
                Map.of(
                        "title",
                        "Room",
                        "description",
                        "Upstairs",
                        "instances",
                        List.of(Map.of("title", "Room 1"), Map.of("title", "Room 2"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.data().get("id").asLong();
        JsonNode instances = created.data().get("instances");
        assertThat(titles(instances)).containsExactly("Room 1", "Room 2");
        long first = instances.get(0).get("id").asLong();

        var chair = admin.post(resources(a), Map.of("title", "Chair"));
        assertThat(titles(chair.data().get("instances"))).containsExactly("Chair");

        var updated = admin.put(
                resources(a) + "/" + id,
                Map.of(
                        "title",
                        "Rooms",
                        "instances",
                        List.of(Map.of("id", first, "title", "Room One"), Map.of("title", "Room 3"))));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.data().get("description").asString()).isEqualTo("Upstairs");
        assertThat(titles(updated.data().get("instances"))).containsExactly("Room One", "Room 3");
        assertThat(updated.data().get("instances").get(0).get("id").asLong()).isEqualTo(first);

        var list = Api.at(port).as(tenant.viewerA()).get(resources(a));
        assertThat(list.meta().get("total_count").asInt()).isEqualTo(2);
        assertThat(admin.get(resources(a) + "/" + id).data().get("title").asString())
                .isEqualTo("Rooms");

        assertThat(admin.delete(resources(a) + "/" + id).status()).isEqualTo(204);
        assertThat(admin.get(resources(a) + "/" + id).status()).isEqualTo(404);
        assertThat(admin.get(resources(a)).meta().get("total_count").asInt()).isEqualTo(1);
        assertThat(fixtures.db()
                        .sql(
                                "select action from activity_log where entity = 'resource' and entity_id = :id order by id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("created", "updated", "deleted");
    }

    @Test
    void locationsAreIsolated() {
        Api owner = Api.at(port).as(tenant.owner());
        long atB = owner.post(resources(b), Map.of("title", "B room"))
                .data()
                .get("id")
                .asLong();
        long atA = admin.post(resources(a), Map.of("title", "A room"))
                .data()
                .get("id")
                .asLong();
        long instanceAtB = owner.get(resources(b) + "/" + atB)
                .data()
                .get("instances")
                .get(0)
                .get("id")
                .asLong();

        assertThat(admin.get(hours(b)).status()).isEqualTo(403);
        assertThat(admin.put(hours(b), Map.of("weekly", List.of())).status()).isEqualTo(403);
        assertThat(admin.get(resources(b)).status()).isEqualTo(403);
        assertThat(admin.post(resources(b), Map.of("title", "X")).status()).isEqualTo(403);
        assertThat(admin.put(resources(b) + "/" + atB, Map.of("title", "X")).status())
                .isEqualTo(403);
        assertThat(admin.delete(resources(b) + "/" + atB).status()).isEqualTo(403);
        assertThat(ids(owner.get(resources(a)))).containsExactly(atA);
        assertThat(admin.get(resources(a) + "/" + atB).status()).isEqualTo(404);
        assertThat(admin.put(resources(a) + "/" + atB, Map.of("title", "X")).status())
                .isEqualTo(404);
        assertThat(admin.delete(resources(a) + "/" + atB).status()).isEqualTo(404);
        assertThat(admin.put(
                                resources(a) + "/" + atA,
                                Map.of("instances", List.of(Map.of("id", instanceAtB, "title", "Stolen"))))
                        .status())
                .isEqualTo(422);
        assertThat(titles(owner.get(resources(b) + "/" + atB).data().get("instances")))
                .containsExactly("B room");
    }

    @Test
    void theViewerMayReadButNotWrite() {
        Api viewer = Api.at(port).as(tenant.viewerA());
        long id = admin.post(resources(a), Map.of("title", "Room"))
                .data()
                .get("id")
                .asLong();
        long before = fixtures.count("resources") + fixtures.count("location_hours");

        assertThat(viewer.get(resources(a) + "/" + id).status()).isEqualTo(200);
        assertThat(viewer.put(hours(a), Map.of("weekly", List.of())).status()).isEqualTo(403);
        assertThat(viewer.post(resources(a), Map.of("title", "X")).status()).isEqualTo(403);
        assertThat(viewer.put(resources(a) + "/" + id, Map.of("title", "X")).status())
                .isEqualTo(403);
        assertThat(viewer.delete(resources(a) + "/" + id).status()).isEqualTo(403);
        assertThat(Api.at(port).as(tenant.partnerOnly()).get(hours(a)).status()).isEqualTo(401);
        assertThat(fixtures.count("resources") + fixtures.count("location_hours"))
                .isEqualTo(before);
        assertThat(viewer.get(resources(a) + "/" + id).data().get("title").asString())
                .isEqualTo("Room");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long id = admin.post(resources(a), Map.of("title", "Room"))
                .data()
                .get("id")
                .asLong();
        List<String> tables =
                List.of("location_hours", "location_special_days", "resources", "resource_instances", "activity_log");
        List<Long> counts = tables.stream().map(fixtures::count).toList();
        Map<String, Object> day = Map.of("day_of_week", 1, "from", "09:00", "to", "17:00");
        List<Object[]> cases = List.of(
                RefusalTable.refused("PUT", hours(a), "{\"weekly\":", 400),
                RefusalTable.refused("PUT", hours(a), Map.of("special_days", List.of()), 422),
                RefusalTable.refused("PUT", hours(a), Map.of("weekly", "all week"), 400),
                RefusalTable.refused(
                        "PUT",
                        hours(a),
                        Map.of("weekly", List.of(Map.of("day_of_week", 0, "from", "09:00", "to", "17:00"))),
                        422),
                RefusalTable.refused(
                        "PUT",
                        hours(a),
                        Map.of("weekly", List.of(Map.of("day_of_week", 1, "from", "17:00", "to", "09:00"))),
                        422),
                RefusalTable.refused(
                        "PUT",
                        hours(a),
                        Map.of("weekly", List.of(day, Map.of("day_of_week", 1, "from", "16:00", "to", "18:00"))),
                        422),
                RefusalTable.refused(
                        "PUT",
                        hours(a),
                        Map.of(
                                "weekly",
                                List.of(day),
                                "special_days",
                                List.of(Map.of("date", "2026-02-30", "closed", true))),
                        400),
                RefusalTable.refused(
                        "PUT",
                        hours(a),
                        Map.of("weekly", List.of(day), "special_days", List.of(Map.of("date", "2026-12-24"))),
                        422),
                RefusalTable.refused(
                        "PUT",
                        hours(a),
                        Map.of(
                                "weekly",
                                List.of(day),
                                "special_days",
                                List.of(
                                        Map.of("date", "2026-12-24", "closed", true),
                                        Map.of("date", "2026-12-24", "from", "09:00", "to", "10:00"))),
                        422),
                RefusalTable.refused("PUT", hours(a), "{\"weekly\":[],\"x\":\"" + "x".repeat(1_100_000) + "\"}", 413),
                RefusalTable.refused("POST", resources(a), "{", 400),
                RefusalTable.refused("POST", resources(a), Map.of("description", "no title"), 422),
                RefusalTable.refused(
                        "POST", resources(a), Map.of("title", "R", "instances", List.of(Map.of("title", ""))), 422),
                RefusalTable.refused("POST", resources(a), Map.of("title", "R", "instances", "one"), 400),
                RefusalTable.refused(
                        "POST",
                        resources(a),
                        Map.of("title", "R", "instances", List.of(Map.of("id", 987654321, "title", "x"))),
                        422),
                RefusalTable.refused("PUT", resources(a) + "/" + id, Map.of("title", ""), 422),
                RefusalTable.refused("PUT", resources(a) + "/987654321", Map.of("title", "X"), 404),
                RefusalTable.refused("DELETE", resources(a) + "/987654321", null, 404),
                RefusalTable.refused("GET", resources(a) + "/abc", null, 400),
                RefusalTable.refused("GET", "/locations/987654321/resources", null, 404));
        RefusalTable.assertAllRefused(admin, cases);
        assertThat(tables.stream().map(fixtures::count).toList()).isEqualTo(counts);
        assertThat(admin.get(hours(a)).data().get("weekly")).hasSize(6);
    }

    private static String hours(long location) {
        return "/locations/" + location + "/opening_hours";
    }

    private static String resources(long location) {
        return "/locations/" + location + "/resources";
    }

    private static List<String> titles(JsonNode instances) {
        List<String> titles = new ArrayList<>();
        instances.forEach(i -> titles.add(i.get("title").asString()));
        return titles;
    }

    private static List<Long> ids(Api.Response response) {
        List<Long> ids = new ArrayList<>();
        response.data().forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }
}
