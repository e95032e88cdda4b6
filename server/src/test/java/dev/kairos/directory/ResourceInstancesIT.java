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

/** One instance of a resource at a time: added, renamed and deleted, refused across locations and chains. */
@KairosIT
class ResourceInstancesIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    long room;
    String instances;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        room = admin.post(resources(tenant.locationA()), Map.of("title", "Room"))
                .data()
                .get("id")
                .asLong();
        instances = resources(tenant.locationA()) + "/" + room + "/instances";
    }

    @Test
    void anInstanceIsAddedRenamedAndDeletedOnItsOwn() {
        var added = admin.post(instances, Map.of("title", "Room 2"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(titles(added.data().get("instances"))).containsExactly("Room", "Room 2");
        long second = added.data().get("instances").get(1).get("id").asLong();

        var renamed = admin.put(instances + "/" + second, Map.of("title", "  Quiet room "));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(titles(renamed.data().get("instances"))).containsExactly("Room", "Quiet room");

        assertThat(admin.delete(instances + "/" + second).status()).isEqualTo(204);
        assertThat(titles(admin.get(resources(tenant.locationA()) + "/" + room)
                        .data()
                        .get("instances")))
                .containsExactly("Room");
        assertThat(admin.put(instances + "/" + second, Map.of("title", "Back")).status())
                .as("a deleted instance is gone")
                .isEqualTo(404);
        assertThat(fixtures.db()
                        .sql("select action from activity_log where entity = 'resource_instance' and entity_id = :id"
                                + " order by id")
                        .param("id", second)
                        .query(String.class)
                        .list())
                .containsExactly("created", "updated", "deleted");
    }

    @Test
    void badInputOtherLocationsAndOtherChainsAreRefusedAndChangeNothing() {
        Api owner = Api.at(port).as(tenant.owner());
        long atB = owner.post(resources(tenant.locationB()), Map.of("title", "B room"))
                .data()
                .get("id")
                .asLong();
        long instanceAtB = instanceOf(owner, tenant.locationB(), atB);
        Tenant other = fixtures.tenant();
        Api stranger = Api.at(port).as(other.owner());
        long foreign = stranger.post(resources(other.locationA()), Map.of("title", "Foreign"))
                .data()
                .get("id")
                .asLong();
        long foreignInstance = instanceOf(stranger, other.locationA(), foreign);
        long own = instanceOf(admin, tenant.locationA(), room);
        List<String> tables = List.of("resources", "resource_instances", "activity_log");
        List<Long> counts = tables.stream().map(fixtures::count).toList();

        RefusalTable.assertAllRefused(
                admin,
                List.of(
                        RefusalTable.refused("POST", instances, "{", 400),
                        RefusalTable.refused("POST", instances, Map.of("title", "   "), 422),
                        RefusalTable.refused("POST", instances, Map.of("title", List.of("Room 2")), 400),
                        RefusalTable.refused("POST", instances, Map.of("title", "x".repeat(201)), 422),
                        RefusalTable.refused("PUT", instances + "/" + own, Map.of(), 422),
                        RefusalTable.refused("PUT", instances + "/abc", Map.of("title", "X"), 400),
                        RefusalTable.refused("PUT", instances + "/987654321", Map.of("title", "X"), 404),
                        RefusalTable.refused("DELETE", instances + "/987654321", null, 404),
                        RefusalTable.refused(
                                "POST",
                                resources(tenant.locationA()) + "/987654321/instances",
                                Map.of("title", "X"),
                                404),
                        RefusalTable.refused("PUT", instances + "/" + instanceAtB, Map.of("title", "Stolen"), 404),
                        RefusalTable.refused("DELETE", instances + "/" + instanceAtB, null, 404),
                        RefusalTable.refused(
                                "POST",
                                resources(tenant.locationB()) + "/" + atB + "/instances",
                                Map.of("title", "X"),
                                403),
                        RefusalTable.refused(
                                "POST",
                                resources(tenant.locationA()) + "/" + foreign + "/instances",
                                Map.of("title", "X"),
                                404),
                        RefusalTable.refused("PUT", instances + "/" + foreignInstance, Map.of("title", "Stolen"), 404),
                        RefusalTable.refused(
                                "DELETE",
                                resources(other.locationA()) + "/" + foreign + "/instances/" + foreignInstance,
                                null,
                                403)));
        RefusalTable.assertAllRefused(
                Api.at(port).as(tenant.viewerA()),
                List.of(
                        RefusalTable.refused("POST", instances, Map.of("title", "Room 2"), 403),
                        RefusalTable.refused("PUT", instances + "/" + own, Map.of("title", "X"), 403),
                        RefusalTable.refused("DELETE", instances + "/" + own, null, 403)));

        assertThat(tables.stream().map(fixtures::count).toList()).isEqualTo(counts);
        assertThat(titles(stranger.get(resources(other.locationA()) + "/" + foreign)
                        .data()
                        .get("instances")))
                .containsExactly("Foreign");
        assertThat(titles(owner.get(resources(tenant.locationB()) + "/" + atB)
                        .data()
                        .get("instances")))
                .containsExactly("B room");
    }

    private static long instanceOf(Api api, long location, long resource) {
        return api.get(resources(location) + "/" + resource)
                .data()
                .get("instances")
                .get(0)
                .get("id")
                .asLong();
    }

    private static String resources(long location) {
        return "/locations/" + location + "/resources";
    }

    private static List<String> titles(JsonNode instances) {
        List<String> titles = new ArrayList<>();
        instances.forEach(i -> titles.add(i.get("title").asString()));
        return titles;
    }
}
