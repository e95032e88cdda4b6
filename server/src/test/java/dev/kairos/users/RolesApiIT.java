package dev.kairos.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.auth.Right;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /groups/{group_id}/roles}: named rights, strict input, roles in use, and other chains. */
@KairosIT
class RolesApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private String roles(Tenant tenant) {
        return "/groups/" + tenant.chainId() + "/roles";
    }

    @Test
    void aRoleIsCreatedChangedAndRemovedWithItsRights() {
        Tenant tenant = fixtures.tenant();
        Api owner = Api.at(port).as(tenant.owner());

        var listed = owner.get(roles(tenant));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.data().findValuesAsString("title")).containsExactly("Administrator", "Viewer");

        var created = owner.post(
                roles(tenant),
                Map.of("title", "Receptionist", "rights", List.of("view_records", "edit_records", "view_records")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().get("title").asString()).isEqualTo("Receptionist");
        assertThat(created.data().get("group_id").asLong()).isEqualTo(tenant.chainId());
        assertThat(created.data()
                        .get("rights")
                        .valueStream()
                        .map(n -> n.asString())
                        .toList())
                .containsExactly("view_records", "edit_records");
        long id = created.data().get("id").asLong();

        var changed = owner.put(
                roles(tenant) + "/" + id,
                Map.of("title", "Front desk", "rights", List.of("view_records", "delete_paid_records")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.data()
                        .get("rights")
                        .valueStream()
                        .map(n -> n.asString())
                        .toList())
                .containsExactly("view_records", "delete_paid_records");

        assertThat(owner.delete(roles(tenant) + "/" + id).status()).isEqualTo(200);
        assertThat(owner.get(roles(tenant)).data().findValuesAsString("title"))
                .containsExactly("Administrator", "Viewer");
        assertThat(fixtures.db()
                        .sql(
                                "select count(*) from activity_log where entity = 'role' and entity_id = :id and chain_id = :c")
                        .param("id", id)
                        .param("c", tenant.chainId())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Tenant tenant = fixtures.tenant();
        Api owner = Api.at(port).as(tenant.owner());
        long before = fixtures.count("roles");

        var unknownRight = owner.post(roles(tenant), Map.of("title", "X", "rights", List.of("view_records", "fly")));
        assertThat(unknownRight.status()).isEqualTo(422);
        assertThat(unknownRight.meta().get("errors").has("rights[1]")).isTrue();
        var unknownField = owner.post(roles(tenant), Map.of("title", "X", "rights", List.of(), "level", 3));
        assertThat(unknownField.status()).isEqualTo(422);
        assertThat(unknownField.meta().get("errors").has("level")).isTrue();
        var noTitle = owner.post(roles(tenant), Map.of("rights", List.of()));
        assertThat(noTitle.status()).isEqualTo(422);
        assertThat(noTitle.meta().get("errors").has("title")).isTrue();
        assertThat(owner.post(roles(tenant), Map.of("title", "viewer", "rights", List.of()))
                        .status())
                .isEqualTo(422);
        assertThat(owner.post(roles(tenant), "{").status()).isEqualTo(400);
        assertThat(owner.post(roles(tenant), Map.of("title", "X", "rights", "view_records"))
                        .status())
                .isEqualTo(400);
        assertThat(fixtures.count("roles")).isEqualTo(before);
    }

    @Test
    void aRoleInUseStaysAndTheLastManagersRightStays() {
        Tenant tenant = fixtures.tenant();
        Api owner = Api.at(port).as(tenant.owner());
        long viewer = roleIdOf(tenant, "Viewer");
        var inUse = owner.delete(roles(tenant) + "/" + viewer);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.meta().get("message").asString()).contains("held by 1 user");

        // With the owner deactivated, the Administrator role carries the chain's only managers.
        Api admin = Api.at(port).as(tenant.adminA());
        assertThat(owner.put(
                                "/company/" + tenant.locationA() + "/users/"
                                        + tenant.owner().userId(),
                                Map.of("active", false))
                        .status())
                .isEqualTo(200);
        long administrator = roleIdOf(tenant, "Administrator");
        var strip = admin.put(
                roles(tenant) + "/" + administrator,
                Map.of("title", "Administrator", "rights", List.of("view_records")));
        assertThat(strip.status()).isEqualTo(409);
        assertThat(strip.meta().get("message").asString()).contains("last user who can manage users");
        assertThat(admin.get(roles(tenant)).status()).isEqualTo(200);
    }

    @Test
    void aRoleCarriesOnlyRightsItsAuthorHolds() {
        Tenant tenant = fixtures.tenant();
        Tenant.Login manager = fixtures.user(tenant, tenant.locationA(), Right.MANAGE_USERS, Right.VIEW_RECORDS);
        Api api = Api.at(port).as(manager);
        long before = fixtures.count("roles");

        var beyond = api.post(
                roles(tenant), Map.of("title", "Cashier", "rights", List.of("view_records", "delete_paid_records")));
        assertThat(beyond.status()).as(beyond.toString()).isEqualTo(403);
        assertThat(beyond.meta().get("message").asString()).contains("delete_paid_records");
        assertThat(fixtures.count("roles")).isEqualTo(before);

        var within = api.post(roles(tenant), Map.of("title", "Reader", "rights", List.of("view_records")));
        assertThat(within.status()).as(within.toString()).isEqualTo(201);
        long id = within.data().get("id").asLong();
        var raised = api.put(
                roles(tenant) + "/" + id, Map.of("title", "Reader", "rights", List.of("view_records", "export")));
        assertThat(raised.status()).isEqualTo(403);
        assertThat(fixtures.db()
                        .sql("select array_to_string(rights, ',') from roles where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("VIEW_RECORDS");
    }

    @Test
    void anotherChainsGroupAndRolesAreRefused() {
        Tenant tenant = fixtures.tenant();
        Tenant other = fixtures.tenant();
        Api owner = Api.at(port).as(tenant.owner());
        assertThat(owner.get(roles(other)).status()).isEqualTo(403);
        assertThat(owner.post(roles(other), Map.of("title", "X", "rights", List.of()))
                        .status())
                .isEqualTo(403);
        long foreign = roleIdOf(other, "Viewer");
        assertThat(owner.put(roles(tenant) + "/" + foreign, Map.of("title", "X", "rights", List.of()))
                        .status())
                .isEqualTo(404);
        assertThat(owner.delete(roles(tenant) + "/" + foreign).status()).isEqualTo(404);
        assertThat(Api.at(port).as(tenant.viewerA()).get(roles(tenant)).status())
                .isEqualTo(403);
        assertThat(Api.at(port).as(tenant.partnerOnly()).get(roles(tenant)).status())
                .isEqualTo(401);
        assertThat(roleIdOf(other, "Viewer")).isEqualTo(foreign);
    }

    @Test
    void theOpenApiDocumentDescribesUsersAndRoles() {
        var document = Api.openApiDocument(port);
        assertThat(document.get("paths").propertyNames())
                .contains(
                        "/api/v1/company/{cid}/users",
                        "/api/v1/company/{cid}/users/{userId}",
                        "/api/v1/groups/{groupId}/roles",
                        "/api/v1/groups/{groupId}/roles/{roleId}");
        assertThat(document.at("/components/schemas").propertyNames())
                .contains("UserView", "UserRequest", "RoleView", "RoleRequest");
    }

    private long roleIdOf(Tenant tenant, String title) {
        return fixtures.db()
                .sql("select id from roles where chain_id = :c and title = :t")
                .param("c", tenant.chainId())
                .param("t", title)
                .query(Long.class)
                .single();
    }
}
