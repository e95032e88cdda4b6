package dev.kairos.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.auth.Right;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A team member's assignments to other locations of her chain are listed, added for a span of
 * dates (or always) and removed through the API by those who manage staff; bad input, unknown ids
 * and another chain's ids are refused with the error envelope and change nothing.
 */
@KairosIT
class AssignmentsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api owner;
    long anna;
    String base;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        owner = Api.at(port).as(tenant.owner());
        anna = new BookingFixtures(fixtures.db()).member(tenant.locationA(), "Anna");
        base = "/groups/" + tenant.chainId() + "/staff/" + anna + "/assignments";
    }

    @Test
    void anAssignmentIsAddedListedAndRemoved() {
        Api.Response added = owner.post(
                base, Map.of("location_id", tenant.locationB(), "start_date", "2026-05-11", "end_date", "2026-05-15"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonNode a = added.data();
        assertThat(a.get("staff_id").asLong()).isEqualTo(anna);
        assertThat(a.get("home_location_id").asLong()).isEqualTo(tenant.locationA());
        assertThat(a.get("location_id").asLong()).isEqualTo(tenant.locationB());
        assertThat(a.get("start_date").asString()).isEqualTo("2026-05-11");
        assertThat(a.get("end_date").asString()).isEqualTo("2026-05-15");

        Map<String, Object> openEnded = new HashMap<>();
        openEnded.put("location_id", tenant.locationB());
        openEnded.put("start_date", "2026-06-01");
        openEnded.put("end_date", null);
        assertThat(owner.post(base, openEnded).status()).isEqualTo(201);

        Api.Response listed = owner.get(base);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.data()).hasSize(2);
        assertThat(listed.data().get(1).get("end_date").isNull()).isTrue();

        long id = a.get("id").asLong();
        assertThat(owner.delete(base + "/" + id).status()).isEqualTo(200);
        assertThat(owner.get(base).data()).hasSize(1);
        assertThat(owner.delete(base + "/" + id).status()).as("already removed").isEqualTo(404);
        long logged = fixtures.db()
                .sql("select count(*) from activity_log where entity = 'staff_assignment' and location_id = :l")
                .param("l", tenant.locationB())
                .query(Long.class)
                .single();
        assertThat(logged).isEqualTo(3);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        owner.post(
                base, Map.of("location_id", tenant.locationB(), "start_date", "2026-05-11", "end_date", "2026-05-15"));
        long before = fixtures.count("team_member_locations");

        assertThat(owner.post(base, "{\"location_id\": ").status())
                .as("malformed")
                .isEqualTo(400);
        assertThat(owner.post(base, Map.of("location_id", "abc")).status())
                .as("wrong type")
                .isEqualTo(400);
        refused(owner.post(base, Map.of()), "location_id");
        refused(owner.post(base, Map.of("location_id", tenant.locationB(), "start_date", "11.05.2026")), "start_date");
        refused(
                owner.post(
                        base,
                        Map.of(
                                "location_id",
                                tenant.locationB(),
                                "start_date",
                                "2026-05-15",
                                "end_date",
                                "2026-05-11")),
                "end_date");
        refused(owner.post(base, Map.of("location_id", tenant.locationA())), "location_id");
        refused(owner.post(base, Map.of("location_id", 999_999_999L)), "location_id");
        refused(owner.post(base, Map.of("location_id", tenant.locationB(), "start_date", "2026-05-14")), "start_date");

        assertThat(fixtures.count("team_member_locations")).isEqualTo(before);
    }

    @Test
    void unknownIdsAndAnotherChainsIdsAreNotFoundAndChangeNothing() {
        Tenant other = fixtures.tenant();
        long stranger = new BookingFixtures(fixtures.db()).member(other.locationA(), "Stranger");
        long before = fixtures.count("team_member_locations");

        String strangerBase = "/groups/" + tenant.chainId() + "/staff/" + stranger + "/assignments";
        assertThat(owner.get(strangerBase).status()).isEqualTo(404);
        assertThat(owner.post(strangerBase, Map.of("location_id", tenant.locationB()))
                        .status())
                .isEqualTo(404);
        assertThat(owner.get("/groups/" + tenant.chainId() + "/staff/999999999/assignments")
                        .status())
                .isEqualTo(404);
        refused(owner.post(base, Map.of("location_id", other.locationA())), "location_id");
        assertThat(owner.get("/groups/" + other.chainId() + "/staff/" + stranger + "/assignments")
                        .status())
                .as("another chain's group")
                .isEqualTo(403);

        long theirs = Api.at(port)
                .as(other.owner())
                .post(
                        "/groups/" + other.chainId() + "/staff/" + stranger + "/assignments",
                        Map.of("location_id", other.locationB()))
                .data()
                .get("id")
                .asLong();
        assertThat(owner.delete(base + "/" + theirs).status()).isEqualTo(404);
        assertThat(owner.delete(strangerBase + "/" + theirs).status()).isEqualTo(404);
        assertThat(fixtures.count("team_member_locations")).isEqualTo(before + 1);
    }

    @Test
    void onlyThoseWhoManageStaffAtTheLocationMayChangeIt() {
        long before = fixtures.count("team_member_locations");
        Api viewer = Api.at(port).as(tenant.viewerA());
        assertThat(viewer.get(base).status()).isEqualTo(403);
        assertThat(viewer.post(base, Map.of("location_id", tenant.locationB())).status())
                .isEqualTo(403);
        // Managing staff at A does not reach B.
        Api staffOfA = Api.at(port).as(fixtures.user(tenant, tenant.locationA(), Right.MANAGE_STAFF));
        assertThat(staffOfA.get(base).status()).isEqualTo(200);
        assertThat(staffOfA.post(base, Map.of("location_id", tenant.locationB()))
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port).as(tenant.partnerOnly()).get(base).status()).isEqualTo(401);
        assertThat(fixtures.count("team_member_locations")).isEqualTo(before);
    }

    private static void refused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.meta().get("errors").has(field))
                .as(response.toString())
                .isTrue();
    }
}
