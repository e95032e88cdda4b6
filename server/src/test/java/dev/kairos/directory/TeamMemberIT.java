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
class TeamMemberIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api api;
    long a;
    long b;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        api = Api.at(port);
        a = tenant.locationA();
        b = tenant.locationB();
    }

    @Test
    void createReadUpdateAndSoftDeleteAMember() {
        long position = api.as(tenant.owner())
                .post("/company/" + a + "/staff/positions", Map.of("title", "Barber", "api_id", "p-1"))
                .data()
                .get("id")
                .asLong();
        var created = api.as(tenant.adminA())
                .post(
                        "/staff/" + a,
                        Map.of(
                                "name",
                                "Anna",
                                "specialization",
                                "Colour",
                                "weight",
                                5,
                                "information",
                                "<p>Hi</p>",
                                "api_id",
                                "ext-1",
                                "hidden",
                                0,
                                "fired",
                                false,
                                "position_id",
                                position));

        assertThat(created.status()).isEqualTo(201);
        JsonNode anna = created.data();
        long id = anna.get("id").asLong();
        assertThat(anna.get("name").asString()).isEqualTo("Anna");
        assertThat(anna.get("position").get("title").asString()).isEqualTo("Barber");
        assertThat(anna.get("api_id").asString()).isEqualTo("ext-1");
        assertThat(anna.get("image_group").isObject()).isTrue();
        assertThat(anna.get("status").asInt()).isZero();

        var company = api.as(tenant.viewerA()).get("/company/" + a + "/staff/" + id);
        assertThat(company.status()).isEqualTo(200);
        assertThat(company.data().get(0).get("company_id").asLong()).isEqualTo(a);
        assertThat(company.meta().get("total_count").asInt()).isEqualTo(1);

        var updated = api.as(tenant.adminA())
                .put("/staff/" + a + "/" + id, Map.of("name", "Anna K", "hidden", "1", "position_id", 0));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.data().get("name").asString()).isEqualTo("Anna K");
        assertThat(updated.data().get("hidden").asInt()).isEqualTo(1);
        assertThat(updated.data().get("specialization").asString()).isEqualTo("Colour");
        assertThat(updated.data().get("position").isArray()).isTrue();

        assertThat(api.as(tenant.adminA()).delete("/staff/" + a + "/" + id).status())
                .isEqualTo(204);
        assertThat(api.as(tenant.adminA())
                        .get("/staff/" + a + "/" + id)
                        .data()
                        .get("status")
                        .asInt())
                .isEqualTo(1);
        assertThat(ids(api.as(tenant.adminA()).get("/company/" + a + "/staff"))).doesNotContain(id);
        assertThat(api.as(tenant.adminA())
                        .put("/staff/" + a + "/" + id, Map.of("name", "Back"))
                        .status())
                .isEqualTo(404);
        assertThat(activity(id)).containsExactly("created", "updated", "deleted");
    }

    @Test
    void quickCreateAndTheCanonicalPaths() {
        var quick = api.as(tenant.adminA())
                .post(
                        "/company/" + a + "/staff/quick",
                        Map.of("name", "Quick", "specialization", "Nails", "phone_number", "+4930123456"));
        assertThat(quick.status()).isEqualTo(201);
        long quickId = quick.data().get("id").asLong();
        assertThat(api.as(tenant.adminA())
                        .put("/staff/" + a + "/" + quickId, Map.of("name", "Quicker"))
                        .status())
                .isEqualTo(200);
        assertThat(fixtures.db()
                        .sql("select phone from team_members where id = :id")
                        .param("id", quickId)
                        .query(String.class)
                        .single())
                .isEqualTo("+4930123456");
        assertThat(quick.data().get("company_id").asLong()).isEqualTo(a);
        assertThat(quick.data().get("position").isArray()).isTrue();

        var canonical = api.as(tenant.adminA()).post("/locations/" + a + "/team_members", Map.of("name", "Canon"));
        assertThat(canonical.status()).isEqualTo(201);
        long id = canonical.data().get("id").asLong();
        assertThat(api.as(tenant.adminA())
                        .put("/locations/" + a + "/team_members/" + id, Map.of("weight", 9))
                        .data()
                        .get("weight")
                        .asInt())
                .isEqualTo(9);

        var list = api.as(tenant.adminA()).get("/locations/" + a + "/team_members/");
        assertThat(ids(list)).startsWith(id).contains(quick.data().get("id").asLong());
        assertThat(list.meta().get("total_count").asInt()).isEqualTo(2);
        assertThat(api.as(tenant.adminA())
                        .delete("/locations/" + a + "/team_members/" + id)
                        .status())
                .isEqualTo(204);
    }

    @Test
    void partnerOnlySeesOnlyBookableMembersOnTheDeprecatedPath() {
        long visible = member(a, Map.of("name", "Visible"));
        long hidden = member(a, Map.of("name", "Hidden", "hidden", 1));
        long fired = member(a, Map.of("name", "Fired", "fired", true));
        long deleted = member(a, Map.of("name", "Deleted"));
        api.as(tenant.adminA()).delete("/staff/" + a + "/" + deleted);

        assertThat(ids(api.as(tenant.partnerOnly()).get("/staff/" + a))).containsExactly(visible);
        assertThat(ids(api.as(tenant.adminA()).get("/staff/" + a + "/")))
                .containsExactlyInAnyOrder(visible, hidden, fired);
        assertThat(api.as(tenant.partnerOnly())
                        .get("/staff/" + a + "/" + visible)
                        .status())
                .isEqualTo(200);
        for (long unbookable : List.of(hidden, fired, deleted)) {
            assertThat(api.as(tenant.partnerOnly())
                            .get("/staff/" + a + "/" + unbookable)
                            .status())
                    .isEqualTo(404);
        }
        assertThat(api.as(tenant.partnerOnly()).get("/company/" + a + "/staff").status())
                .isEqualTo(401);
    }

    @Test
    void locationsAreIsolated() {
        long atB = member(b, tenant.owner(), Map.of("name", "At B"));
        long atA = member(a, Map.of("name", "At A"));

        assertThat(api.as(tenant.adminA()).get("/company/" + b + "/staff").status())
                .isEqualTo(403);
        assertThat(api.as(tenant.adminA())
                        .post("/staff/" + b, Map.of("name", "X"))
                        .status())
                .isEqualTo(403);
        assertThat(api.as(tenant.adminA())
                        .put("/staff/" + b + "/" + atB, Map.of("name", "X"))
                        .status())
                .isEqualTo(403);
        assertThat(api.as(tenant.adminA()).delete("/staff/" + b + "/" + atB).status())
                .isEqualTo(403);
        assertThat(ids(api.as(tenant.owner()).get("/company/" + a + "/staff"))).containsExactly(atA);
        assertThat(ids(api.as(tenant.partnerOnly()).get("/staff/" + a))).containsExactly(atA);
        assertThat(api.as(tenant.adminA())
                        .get("/company/" + a + "/staff/" + atB)
                        .status())
                .isEqualTo(404);
        assertThat(api.as(tenant.partnerOnly()).get("/staff/" + a + "/" + atB).status())
                .isEqualTo(404);
        assertThat(api.as(tenant.adminA())
                        .put("/staff/" + a + "/" + atB, Map.of("name", "X"))
                        .status())
                .isEqualTo(404);
        assertThat(api.as(tenant.adminA()).delete("/staff/" + a + "/" + atB).status())
                .isEqualTo(404);

        Tenant other = fixtures.tenant();
        assertThat(api.as(other.owner()).get("/company/" + a + "/staff").status())
                .isEqualTo(403);
        assertThat(api.as(other.partnerOnly()).get("/staff/" + a).status()).isEqualTo(403);
        long foreignPosition = api.as(other.owner())
                .post("/company/" + other.locationA() + "/staff/positions", Map.of("title", "Theirs"))
                .data()
                .get("id")
                .asLong();
        assertThat(api.as(tenant.adminA())
                        .post("/staff/" + a, Map.of("name", "X", "position_id", foreignPosition))
                        .status())
                .isEqualTo(422);
        assertThat(api.as(tenant.adminA())
                        .post(
                                "/staff/" + a,
                                Map.of("name", "X", "user_id", other.owner().userId()))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void theViewerMayReadButNotWrite() {
        long id = member(a, Map.of("name", "Anna"));
        long before = fixtures.count("team_members");

        assertThat(api.as(tenant.viewerA()).get("/company/" + a + "/staff").status())
                .isEqualTo(200);
        assertThat(api.as(tenant.viewerA())
                        .post("/staff/" + a, Map.of("name", "X"))
                        .status())
                .isEqualTo(403);
        assertThat(api.as(tenant.viewerA())
                        .post("/company/" + a + "/staff/quick", Map.of("name", "X"))
                        .status())
                .isEqualTo(403);
        assertThat(api.as(tenant.viewerA())
                        .put("/staff/" + a + "/" + id, Map.of("name", "X"))
                        .status())
                .isEqualTo(403);
        assertThat(api.as(tenant.viewerA()).delete("/staff/" + a + "/" + id).status())
                .isEqualTo(403);
        assertThat(api.as(tenant.viewerA())
                        .post("/company/" + a + "/staff/positions", Map.of("title", "X"))
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.count("team_members")).isEqualTo(before);
        assertThat(api.as(tenant.adminA())
                        .get("/staff/" + a + "/" + id)
                        .data()
                        .get("name")
                        .asString())
                .isEqualTo("Anna");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long id = member(a, Map.of("name", "Anna"));
        long members = fixtures.count("team_members");
        long positions = fixtures.count("positions");
        long log = fixtures.count("activity_log");
        String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        List<Object[]> cases = List.of(
                RefusalTable.refused("POST", "/staff/" + a, "{\"name\":", 400),
                RefusalTable.refused("POST", "/staff/" + a, Map.of("specialization", "no name"), 422),
                RefusalTable.refused("POST", "/staff/" + a, Map.of("name", " "), 422),
                RefusalTable.refused("POST", "/staff/" + a, Map.of("name", "x".repeat(201)), 422),
                RefusalTable.refused("POST", "/staff/" + a, Map.of("name", "X", "weight", "heavy"), 400),
                RefusalTable.refused("POST", "/staff/" + a, Map.of("name", "X", "hidden", "maybe"), 422),
                RefusalTable.refused("POST", "/staff/" + a, Map.of("name", "X", "position_id", 987654321), 422),
                RefusalTable.refused("POST", "/staff/" + a, List.of("not", "an", "object"), 400),
                RefusalTable.refused("POST", "/staff/" + a, big, 413),
                RefusalTable.refused("POST", "/company/" + a + "/staff/quick", "[", 400),
                RefusalTable.refused("POST", "/staff/987654321", Map.of("name", "X"), 404),
                RefusalTable.refused("PUT", "/staff/" + a + "/987654321", Map.of("name", "X"), 404),
                RefusalTable.refused("PUT", "/staff/" + a + "/abc", Map.of("name", "X"), 400),
                RefusalTable.refused("PUT", "/staff/" + a + "/" + id, Map.of("name", ""), 422),
                RefusalTable.refused("PUT", "/staff/" + a + "/" + id, Map.of("fired", 7), 422),
                RefusalTable.refused("DELETE", "/staff/" + a + "/987654321", null, 404),
                RefusalTable.refused("POST", "/company/" + a + "/staff/positions", Map.of("api_id", "no title"), 422),
                RefusalTable.refused("POST", "/company/" + a + "/staff/positions", "{\"title\":[1]}", 400),
                RefusalTable.refused("GET", "/company/" + a + "/staff/987654321", null, 404));
        RefusalTable.assertAllRefused(api.as(tenant.adminA()), cases);
        assertThat(fixtures.count("team_members")).isEqualTo(members);
        assertThat(fixtures.count("positions")).isEqualTo(positions);
        assertThat(fixtures.count("activity_log")).isEqualTo(log);
        assertThat(api.as(tenant.adminA())
                        .get("/staff/" + a + "/" + id)
                        .data()
                        .get("name")
                        .asString())
                .isEqualTo("Anna");
    }

    @Test
    void positionsAreSharedByTheChain() {
        var created = api.as(tenant.owner())
                .post("/company/" + b + "/staff/positions/", Map.of("title", "Stylist", "api_id", "s"));
        assertThat(created.status()).isEqualTo(201);

        var list = api.as(tenant.viewerA()).get("/company/" + a + "/staff/positions/");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.data().get(0).get("title").asString()).isEqualTo("Stylist");
        assertThat(list.meta().get("total_count").asInt()).isEqualTo(1);
        assertThat(api.as(fixtures.tenant().owner())
                        .get("/company/" + a + "/staff/positions")
                        .status())
                .isEqualTo(403);
    }

    private long member(long location, Map<String, Object> body) {
        return member(location, tenant.adminA(), body);
    }

    private long member(long location, Tenant.Login login, Map<String, Object> body) {
        var response = api.as(login).post("/staff/" + location, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data().get("id").asLong();
    }

    private static List<Long> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.data().forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }

    private List<String> activity(long entityId) {
        return fixtures.db()
                .sql("select action from activity_log where entity = 'team_member' and entity_id = :id order by id")
                .param("id", entityId)
                .query(String.class)
                .list();
    }
}
