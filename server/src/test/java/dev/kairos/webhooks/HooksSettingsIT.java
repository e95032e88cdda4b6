package dev.kairos.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.auth.Right;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code hooks_settings} as Altegio's clients use it, and Kairos' secret and delivery endpoints:
 * what is accepted, what is refused with the error envelope (changing nothing), and who may.
 */
@KairosIT
class HooksSettingsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    long location;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        location = tenant.locationA();
    }

    @Test
    void aLocationWithoutSettingsHasWebhooksOff() {
        var got = admin.get("/hooks_settings/" + location);

        assertThat(got.status()).as(got.toString()).isEqualTo(200);
        assertThat(got.data().get("urls")).isEmpty();
        assertThat(got.data().get("active").asInt()).isZero();
        Hooked.FLAGS.forEach(f -> assertThat(got.data().get(f).asInt()).as(f).isZero());
        assertThat(got.data().get("bearer_token_set").asBoolean()).isFalse();
    }

    @Test
    void aPostReplacesTheWholeConfiguration() {
        var first = admin.post(
                "/hooks_settings/" + location,
                Map.of(
                        "urls",
                        List.of("https://crm.example.com/a", "https://crm.example.com/b"),
                        "active",
                        1,
                        "record",
                        1,
                        "client",
                        "1",
                        "master",
                        true,
                        "good",
                        1));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.data().get("record").asInt()).isEqualTo(1);
        assertThat(first.data().get("client").asInt()).isEqualTo(1);
        assertThat(first.data().get("master").asInt()).isEqualTo(1);

        var second = admin.post(
                "/locations/" + location + "/hooks_settings",
                Map.of("urls", List.of("https://pos.example.com/hooks"), "active", 0, "salon", 1));

        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        JsonNode now = admin.get("/hooks_settings/" + location).data();
        assertThat(now.get("urls")).extracting(JsonNode::asString).containsExactly("https://pos.example.com/hooks");
        assertThat(now.get("active").asInt()).isZero();
        assertThat(now.get("salon").asInt()).isEqualTo(1);
        assertThat(now.get("record").asInt()).as("a flag left out is off").isZero();
        assertThat(now.get("master").asInt()).isZero();
    }

    @Test
    void theOlderUrlFieldIsAcceptedAndDuplicatesCountOnce() {
        var single = admin.post(
                "/hooks_settings/" + location, Map.of("url", "https://crm.example.com/hook", "active", 1, "record", 1));
        assertThat(single.status()).as(single.toString()).isEqualTo(200);
        assertThat(single.data().get("urls"))
                .extracting(JsonNode::asString)
                .containsExactly("https://crm.example.com/hook");

        List<String> twelve = IntStream.range(0, 12)
                .mapToObj(i -> "https://crm.example.com/same")
                .toList();
        var repeated = admin.post("/hooks_settings/" + location, Map.of("urls", twelve, "active", 1));
        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
        assertThat(repeated.data().get("urls")).hasSize(1);
    }

    @Test
    void elevenDifferentUrlsAreRefused() {
        List<String> eleven = IntStream.range(0, 11)
                .mapToObj(i -> "https://crm.example.com/" + i)
                .toList();

        refused(Map.of("urls", eleven, "active", 1), "urls", "at most 10 different URLs");

        List<String> ten = eleven.subList(0, 10);
        assertThat(admin.post("/hooks_settings/" + location, Map.of("urls", ten, "active", 1))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void urlsThatAreNotHttpsOrPointInsideAreRefused() {
        refused(Map.of("urls", List.of("http://crm.example.com/"), "active", 1), "urls[0]", "must be an https URL");
        refused(Map.of("urls", List.of("https://10.0.0.8/hook"), "active", 1), "urls[0]", "private or link-local");
        refused(Map.of("urls", List.of("https://169.254.169.254/"), "active", 1), "urls[0]", "private or link-local");
        refused(Map.of("urls", List.of("not a url"), "active", 1), "urls[0]", "not a valid URL");
        refused(Map.of("urls", List.of(""), "active", 1), "urls[0]", "must be a URL");
        refused(Map.of("urls", List.of(5), "active", 1), "urls[0]", "must be a URL");
        refused(Map.of("url", "ftp://x.example/", "active", 1), "url", "must be an https URL");
    }

    @Test
    void httpToLoopbackIsAllowedWhereTheOperatorSaysSo() {
        // The test profile sets KAIROS_WEBHOOKS_ALLOW_LOOPBACK.
        assertThat(admin.post(
                                "/hooks_settings/" + location,
                                Map.of("urls", List.of("http://127.0.0.1:9/x"), "active", 1))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void activeNeedsAUrlAndFlagsMustBeZeroOrOne() {
        refused(Map.of("urls", List.of(), "active", 1), "urls", "at least one URL");
        refused(Map.of("urls", List.of("https://crm.example.com/")), "active", "is required");
        refused(Map.of("urls", List.of("https://crm.example.com/"), "active", 2), "active", "must be 0 or 1");
        refused(Map.of("urls", List.of("https://crm.example.com/"), "active", 1, "record", "yes"), "record", "0 or 1");
        refused(
                Map.of("urls", List.of("https://crm.example.com/"), "active", 1, "client", List.of()),
                "client",
                "0 or 1");
        refused(Map.of("active", 0, "bearer_token", 12), "bearer_token", "visible ASCII");
        refused(Map.of("active", 0, "bearer_token", "two words"), "bearer_token", "visible ASCII");
        assertThat(admin.post("/hooks_settings/" + location, Map.of("active", 0))
                        .status())
                .as("off with no URL is a valid configuration")
                .isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotAnObjectIsABadRequest() {
        assertThat(admin.post("/hooks_settings/" + location, List.of(1, 2)).status())
                .isEqualTo(400);
        assertThat(admin.send("POST", "/hooks_settings/" + location, "{\"urls\": [")
                        .status())
                .isEqualTo(400);
        assertThat(admin.send("POST", "/hooks_settings/" + location, "\"text\"").status())
                .isEqualTo(400);
        assertThat(admin.send("POST", "/hooks_settings/" + location, null).status())
                .isEqualTo(400);
    }

    @Test
    void theBearerTokenIsKeptWhenLeftOutRemovedWhenEmptyAndNeverShown() {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("active", 0, "bearer_token", "abc.def-123"));
        var set = admin.post("/hooks_settings/" + location, body);
        assertThat(set.data().get("bearer_token_set").asBoolean()).isTrue();
        assertThat(set.body()).doesNotContain("abc.def-123");

        assertThat(admin.post("/hooks_settings/" + location, Map.of("active", 0))
                        .data()
                        .get("bearer_token_set")
                        .asBoolean())
                .isTrue();
        assertThat(fixtures.db()
                        .sql("select position('abc.def-123' in encode(bearer_token, 'escape')) from webhook_settings"
                                + " where location_id = :l")
                        .param("l", location)
                        .query(Integer.class)
                        .single())
                .as("stored sealed, not as text")
                .isZero();

        assertThat(admin.post("/hooks_settings/" + location, Map.of("active", 0, "bearer_token", ""))
                        .data()
                        .get("bearer_token_set")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void theSecretIsShownOnceAtEachRotationAndStoredSealed() {
        var first = admin.post("/locations/" + location + "/webhook_secret", Map.of());
        var second = admin.post("/locations/" + location + "/webhook_secret", null);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String secret = first.data().get("secret").asString();
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(second.data().get("secret").asString()).isNotEqualTo(secret).startsWith("whsec_");
        assertThat(admin.get("/hooks_settings/" + location).body()).doesNotContain("whsec_");
        byte[] stored = fixtures.db()
                .sql("select secret from webhook_settings where location_id = :l")
                .param("l", location)
                .query((rs, n) -> rs.getBytes(1))
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(second.data().get("secret").asString().substring(6, 20));
        var log = admin.get("/locations/" + location + "/activity_log?entity=webhook_secret");
        assertThat(log.data()).hasSize(2);
    }

    @Test
    void theDeliveryLogRefusesBadFilters() {
        String log = "/locations/" + location + "/webhook_deliveries";
        assertThat(admin.get(log).status()).isEqualTo(200);
        assertThat(admin.get(log + "?state=lost").status()).isEqualTo(422);
        assertThat(admin.get(log + "?status=created").status()).isEqualTo(422);
        assertThat(admin.get(log + "?resource=goods").status()).isEqualTo(422);
        assertThat(admin.get(log + "?count=301").status()).isEqualTo(422);
        assertThat(admin.get(log + "?page=0").status()).isEqualTo(422);
        assertThat(admin.get(log + "?resource_id=abc").status()).isIn(400, 422);
        assertThat(admin.post(log + "/abc/redeliver", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void onlyUsersWhoManageTheLocationsSettingsMayTouchIt() {
        long before = fixtures.count("webhook_settings");
        Api viewer = Api.at(port).as(tenant.viewerA());
        Api scheduler = Api.at(port).as(fixtures.user(tenant, location, Right.MANAGE_SCHEDULE, Right.EDIT_RECORDS));
        Api partnerOnly = Api.at(port).as(tenant.partnerOnly());
        Map<String, Object> body = Map.of("urls", List.of("https://crm.example.com/"), "active", 1);

        for (Api caller : List.of(viewer, scheduler)) {
            assertThat(caller.get("/hooks_settings/" + location).status()).isEqualTo(403);
            assertThat(caller.post("/hooks_settings/" + location, body).status())
                    .isEqualTo(403);
            assertThat(caller.post("/locations/" + location + "/webhook_secret", Map.of())
                            .status())
                    .isEqualTo(403);
            assertThat(caller.get("/locations/" + location + "/webhook_deliveries")
                            .status())
                    .isEqualTo(403);
            assertThat(caller.post("/locations/" + location + "/webhook_deliveries/1/redeliver", Map.of())
                            .status())
                    .isEqualTo(403);
        }
        assertThat(partnerOnly.get("/hooks_settings/" + location).status()).isEqualTo(401);
        assertThat(Api.at(port).get("/hooks_settings/" + location).status()).isEqualTo(401);
        assertThat(fixtures.count("webhook_settings")).isEqualTo(before);
    }

    @Test
    void anotherChainsLocationIsForbiddenOnEveryEndpointAndAnUnknownOneNotFound() {
        Tenant other = fixtures.tenant();
        long foreign = other.locationA();
        Map<String, Object> body = Map.of("urls", List.of("https://crm.example.com/"), "active", 1);
        long before = fixtures.count("webhook_settings");

        assertThat(admin.get("/hooks_settings/" + foreign).status()).isEqualTo(403);
        assertThat(admin.post("/hooks_settings/" + foreign, body).status()).isEqualTo(403);
        assertThat(admin.post("/locations/" + foreign + "/webhook_secret", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("/locations/" + foreign + "/webhook_deliveries").status())
                .isEqualTo(403);
        assertThat(admin.post("/locations/" + foreign + "/webhook_deliveries/1/redeliver", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("/hooks_settings/999999999").status()).isEqualTo(404);
        assertThat(admin.post("/locations/999999999/webhook_secret", Map.of()).status())
                .isEqualTo(404);
        assertThat(fixtures.count("webhook_settings")).isEqualTo(before);
    }

    @Test
    void aDeliveryOfAnotherLocationIsNotFound() {
        Hooked elsewhere = new Hooked(port, fixtures);
        try {
            var created = elsewhere.admin.post(
                    "/clients/" + elsewhere.location, Map.of("name", "Zoe", "phone", "+4915112340000"));
            long client = created.data().get("id").asLong();
            elsewhere.receiver.awaitOne(Receiver.about("client", client, "create"));
            long delivery = elsewhere
                    .admin
                    .get("/locations/" + elsewhere.location + "/webhook_deliveries")
                    .data()
                    .get(0)
                    .get("id")
                    .asLong();
            Api owner = Api.at(port).as(elsewhere.tenant.owner());

            assertThat(owner.post(
                                    "/locations/" + elsewhere.tenant.locationB() + "/webhook_deliveries/" + delivery
                                            + "/redeliver",
                                    Map.of())
                            .status())
                    .isEqualTo(404);
            assertThat(owner.get("/locations/" + elsewhere.tenant.locationB() + "/webhook_deliveries")
                            .data())
                    .isEmpty();
        } finally {
            elsewhere.close();
        }
    }

    private void refused(Map<String, Object> body, String field, String message) {
        String before = admin.get("/hooks_settings/" + location).body();
        var response = admin.post("/hooks_settings/" + location, body);

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.meta().get("errors").get(field))
                .as(response.toString())
                .isNotNull();
        assertThat(response.meta().get("errors").get(field).get(0).asString()).contains(message);
        assertThat(admin.get("/hooks_settings/" + location).body()).isEqualTo(before);
    }
}
