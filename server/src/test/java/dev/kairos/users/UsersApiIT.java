package dev.kairos.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kairos.auth.Right;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.JsonNode;

/** {@code /company/{cid}/users}: invitations by email, changes, deactivation, the last manager, and other chains. */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersApiIT {

    private static final Pattern LINK = Pattern.compile("http://\\S+/invitation/[0-9a-f]{64}");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JavaMailSenderImpl mailSender;

    GreenMail mail;

    @BeforeAll
    void startMail() {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        mailSender.setPort(mail.getSmtp().getPort());
    }

    @AfterAll
    void stopMail() {
        mail.stop();
    }

    private long roleId(Tenant tenant, String title) {
        return fixtures.db()
                .sql("select id from roles where chain_id = :c and title = :t")
                .param("c", tenant.chainId())
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private String users(long location) {
        return "/company/" + location + "/users";
    }

    @Test
    void theOwnerListsTheLocationsUsersAndInvitesSomeoneByEmail() throws Exception {
        Tenant tenant = fixtures.tenant();
        Api owner = Api.at(port).as(tenant.owner());

        var listed = owner.get(users(tenant.locationA()));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.data().findValuesAsString("login"))
                .containsExactlyInAnyOrder(
                        tenant.owner().login(),
                        tenant.adminA().login(),
                        tenant.viewerA().login());
        assertThat(owner.get(users(tenant.locationB())).data().findValuesAsString("login"))
                .containsExactly(tenant.owner().login());

        int before = mail.getReceivedMessages().length;
        var invited = owner.post(
                users(tenant.locationA()),
                Map.of("name", "Rita", "email", " Rita@Example.COM ", "role_id", roleId(tenant, "Viewer")));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        JsonNode rita = invited.data();
        assertThat(rita.get("email").asString()).isEqualTo("rita@example.com");
        assertThat(rita.get("invited").asBoolean()).isTrue();
        assertThat(rita.get("is_owner").asBoolean()).isFalse();
        assertThat(rita.get("role_title").asString()).isEqualTo("Viewer");
        assertThat(rita.get("location_ids").get(0).asLong()).isEqualTo(tenant.locationA());
        assertThat(rita.get("invitation_sent").asBoolean()).isTrue();
        assertThat(rita.get("invitation_url").isNull()).isTrue();

        assertThat(mail.waitForIncomingEmail(15_000, before + 1)).isTrue();
        var message = mail.getReceivedMessages()[before];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("rita@example.com");
        Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
        assertThat(link.find()).isTrue();
        var page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(link.group())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("rita@example.com");
        assertThat(fixtures.db()
                        .sql("select count(*) from user_invitations where token_hash = :t")
                        .param("t", link.group().substring(link.group().lastIndexOf('/') + 1))
                        .query(Long.class)
                        .single())
                .as("only the token's hash is stored")
                .isZero();

        long id = rita.get("id").asLong();
        assertThat(owner.get(users(tenant.locationA()) + "/" + id)
                        .data()
                        .get("login")
                        .asString())
                .isEqualTo("rita@example.com");
        assertThat(logged(id, "invited")).isEqualTo(1);
    }

    @Test
    void withoutAWorkingMailServerTheLinkIsInTheAnswer() {
        Tenant tenant = fixtures.tenant();
        int port = mailSender.getPort();
        mailSender.setPort(1);
        try {
            var invited = Api.at(this.port)
                    .as(tenant.owner())
                    .post(
                            users(tenant.locationA()),
                            Map.of(
                                    "name",
                                    "Sam",
                                    "email",
                                    "sam-" + tenant.chainId() + "@example.com",
                                    "role_id",
                                    roleId(tenant, "Viewer")));
            assertThat(invited.status()).isEqualTo(201);
            assertThat(invited.data().get("invitation_sent").asBoolean()).isFalse();
            assertThat(invited.data().get("invitation_url").asString()).matches(LINK.pattern());
        } finally {
            mailSender.setPort(port);
        }
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Tenant tenant = fixtures.tenant();
        Tenant other = fixtures.tenant();
        Api owner = Api.at(port).as(tenant.owner());
        long viewer = roleId(tenant, "Viewer");
        long users = fixtures.count("users");

        var unknown = owner.post(
                users(tenant.locationA()),
                Map.of("name", "X", "email", "x@example.com", "role_id", viewer, "is_owner", true));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.meta().get("errors").has("is_owner")).isTrue();

        var missing = owner.post(users(tenant.locationA()), Map.of("name", "", "email", "not an address"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.meta().get("errors").propertyNames()).contains("name", "email", "role_id");

        assertThat(owner.post(users(tenant.locationA()), "{\"name\": ").status())
                .isEqualTo(400);
        assertThat(owner.post(users(tenant.locationA()), "[1]").status()).isEqualTo(400);
        assertThat(owner.post(users(tenant.locationA()), Map.of("name", "X", "email", "x@e.com", "role_id", "abc"))
                        .status())
                .isEqualTo(400);

        var foreignRole = owner.post(
                users(tenant.locationA()),
                Map.of("name", "X", "email", "x2@example.com", "role_id", roleId(other, "Viewer")));
        assertThat(foreignRole.status()).isEqualTo(422);
        assertThat(foreignRole.meta().get("errors").has("role_id")).isTrue();

        var foreignLocation = owner.post(
                users(tenant.locationA()),
                Map.of(
                        "name",
                        "X",
                        "email",
                        "x3@example.com",
                        "role_id",
                        viewer,
                        "location_ids",
                        List.of(other.locationA())));
        assertThat(foreignLocation.status()).isEqualTo(422);
        assertThat(foreignLocation.meta().get("errors").has("location_ids")).isTrue();

        var taken = owner.post(
                users(tenant.locationA()),
                Map.of("name", "X", "email", tenant.viewerA().login().toUpperCase(), "role_id", viewer));
        assertThat(taken.status()).isEqualTo(409);

        var emptyLocations = owner.put(
                users(tenant.locationA()) + "/" + tenant.viewerA().userId(), Map.of("location_ids", List.of()));
        assertThat(emptyLocations.status()).isEqualTo(422);
        var unknownChange = owner.put(
                users(tenant.locationA()) + "/" + tenant.viewerA().userId(), Map.of("email", "new@example.com"));
        assertThat(unknownChange.status()).isEqualTo(422);
        assertThat(unknownChange.meta().get("errors").has("email")).isTrue();

        assertThat(fixtures.count("users")).isEqualTo(users);
    }

    @Test
    void anotherChainsLocationsAndUsersAreRefused() {
        Tenant tenant = fixtures.tenant();
        Tenant other = fixtures.tenant();
        Api owner = Api.at(port).as(tenant.owner());

        assertThat(owner.get(users(other.locationA())).status()).isEqualTo(403);
        assertThat(owner.post(
                                users(other.locationA()),
                                Map.of("name", "X", "email", "y@example.com", "role_id", roleId(tenant, "Viewer")))
                        .status())
                .isEqualTo(403);
        assertThat(owner.get(users(tenant.locationA()) + "/" + other.viewerA().userId())
                        .status())
                .isEqualTo(404);
        assertThat(owner.put(users(tenant.locationA()) + "/" + other.viewerA().userId(), Map.of("name", "Z"))
                        .status())
                .isEqualTo(404);
        assertThat(owner.delete(users(tenant.locationA()) + "/"
                                + other.viewerA().userId())
                        .status())
                .isEqualTo(404);
        assertThat(owner.get(users(999_999_999)).status()).isEqualTo(404);

        assertThat(Api.at(port)
                        .as(tenant.viewerA())
                        .get(users(tenant.locationA()))
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as(tenant.adminA())
                        .get(users(tenant.locationB()))
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as(tenant.partnerOnly())
                        .get(users(tenant.locationA()))
                        .status())
                .isEqualTo(401);
        assertThat(Api.at(port).get(users(tenant.locationA())).status()).isEqualTo(401);
        assertThat(fixtures.db()
                        .sql("select name from users where id = :id")
                        .param("id", other.viewerA().userId())
                        .query(String.class)
                        .single())
                .isNotEqualTo("Z");
    }

    @Test
    void aDeactivatedUsersTokensStopAtOnceAndReactivationLetsThemSignInAgain() {
        Tenant tenant = fixtures.tenant();
        Api owner = Api.at(port).as(tenant.owner());
        Api viewer = Api.at(port).as(tenant.viewerA());
        assertThat(viewer.get("/records/" + tenant.locationA()).status()).isEqualTo(200);

        var off = owner.put(users(tenant.locationA()) + "/" + tenant.viewerA().userId(), Map.of("active", 0));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.data().get("active").asBoolean()).isFalse();
        assertThat(viewer.get("/records/" + tenant.locationA()).status()).isEqualTo(401);
        var signIn = Map.of(
                "login", tenant.viewerA().login(), "password", tenant.viewerA().password());
        assertThat(Api.at(port)
                        .withAuthorization("Bearer " + tenant.partnerToken())
                        .post("/auth", signIn)
                        .status())
                .isEqualTo(401);
        assertThat(logged(tenant.viewerA().userId(), "deactivated")).isEqualTo(1);

        assertThat(owner.put(users(tenant.locationA()) + "/" + tenant.viewerA().userId(), Map.of("active", true))
                        .status())
                .isEqualTo(200);
        assertThat(Api.at(port)
                        .withAuthorization("Bearer " + tenant.partnerToken())
                        .post("/auth", signIn)
                        .status())
                .isEqualTo(201);
        assertThat(logged(tenant.viewerA().userId(), "reactivated")).isEqualTo(1);
    }

    @Test
    void roleAndLocationsChangeAndDeleteTakesTheLocation() {
        Tenant tenant = fixtures.tenant();
        Api owner = Api.at(port).as(tenant.owner());
        String viewer = users(tenant.locationA()) + "/" + tenant.viewerA().userId();

        var moved = owner.put(
                viewer,
                Map.of(
                        "name",
                        "Vera",
                        "role_id",
                        roleId(tenant, "Administrator"),
                        "location_ids",
                        List.of(tenant.locationA(), tenant.locationB())));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.data().get("name").asString()).isEqualTo("Vera");
        assertThat(moved.data().get("role_title").asString()).isEqualTo("Administrator");
        assertThat(Api.at(port)
                        .as(tenant.viewerA())
                        .get(users(tenant.locationB()))
                        .status())
                .isEqualTo(200);

        var removed = owner.delete(viewer);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.data().get("active").asBoolean()).isTrue();
        assertThat(removed.data().get("location_ids").size()).isEqualTo(1);
        assertThat(Api.at(port)
                        .as(tenant.viewerA())
                        .get("/records/" + tenant.locationA())
                        .status())
                .isEqualTo(403);

        var last =
                owner.delete(users(tenant.locationB()) + "/" + tenant.viewerA().userId());
        assertThat(last.data().get("active").asBoolean()).isFalse();
        assertThat(Api.at(port)
                        .as(tenant.viewerA())
                        .get(users(tenant.locationB()))
                        .status())
                .isEqualTo(401);
        assertThat(owner.delete(users(tenant.locationA()) + "/" + tenant.owner().userId())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void nobodyRemovesTheLastUserWhoCanManageUsers() {
        Tenant tenant = fixtures.tenant();
        Api owner = Api.at(port).as(tenant.owner());
        Api admin = Api.at(port).as(tenant.adminA());

        // The admin holds every right at A, yet an owner is changed only by an owner.
        assertThat(admin.put(users(tenant.locationA()) + "/" + tenant.owner().userId(), Map.of("active", false))
                        .status())
                .as("only an owner changes an owner")
                .isEqualTo(403);
        var self = admin.put(
                users(tenant.locationA()) + "/" + tenant.adminA().userId(),
                Map.of("role_id", roleId(tenant, "Viewer")));
        assertThat(self.status()).as(self.toString()).isEqualTo(200);

        var refused = owner.put(users(tenant.locationA()) + "/" + tenant.owner().userId(), Map.of("active", false));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.meta().get("message").asString()).contains("last user who can manage users");
        assertThat(owner.get(users(tenant.locationA())).status()).isEqualTo(200);

        // The Viewer role's rights, so that giving it is not refused as a grant beyond the manager's own.
        Tenant.Login manager = fixtures.user(
                tenant,
                tenant.locationA(),
                Right.MANAGE_USERS,
                Right.VIEW_RECORDS,
                Right.VIEW_CLIENTS,
                Right.SEE_FINANCES);
        assertThat(owner.put(users(tenant.locationA()) + "/" + tenant.owner().userId(), Map.of("active", false))
                        .status())
                .isEqualTo(200);
        var strip = Api.at(port)
                .as(manager)
                .put(users(tenant.locationA()) + "/" + manager.userId(), Map.of("role_id", roleId(tenant, "Viewer")));
        assertThat(strip.status()).isEqualTo(409);
        assertThat(Api.at(port)
                        .as(manager)
                        .delete(users(tenant.locationA()) + "/" + manager.userId())
                        .status())
                .isEqualTo(409);
        assertThat(Api.at(port).as(manager).get(users(tenant.locationA())).status())
                .isEqualTo(200);
    }

    @Test
    void aManagerGivesNoRoleWithRightsBeyondTheirOwn() {
        Tenant tenant = fixtures.tenant();
        Tenant.Login manager = fixtures.user(tenant, tenant.locationA(), Right.MANAGE_USERS, Right.VIEW_RECORDS);
        long before = fixtures.count("users");
        var refused = Api.at(port)
                .as(manager)
                .post(
                        users(tenant.locationA()),
                        Map.of("name", "Max", "email", "max@example.com", "role_id", roleId(tenant, "Administrator")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.meta().get("message").asString()).contains("rights you hold yourself");
        assertThat(fixtures.count("users")).isEqualTo(before);

        long own = fixtures.db()
                .sql("select role_id from user_locations where user_id = :u")
                .param("u", manager.userId())
                .query(Long.class)
                .single();
        var given = Api.at(port)
                .as(manager)
                .post(users(tenant.locationA()), Map.of("name", "Mia", "email", "mia@example.com", "role_id", own));
        assertThat(given.status()).as(given.toString()).isEqualTo(201);
    }

    private long logged(long userId, String action) {
        return fixtures.db()
                .sql("select count(*) from activity_log where entity = 'user' and entity_id = :id and action = :a")
                .param("id", userId)
                .param("a", action)
                .query(Long.class)
                .single();
    }
}
