package dev.kairos.clients;

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
import tools.jackson.databind.JsonNode;

@KairosIT
class ClientsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api owner;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        owner = Api.at(port).as(tenant.owner());
    }

    @Test
    void createsAClientAndReadsItBackInBothSpellings() {
        var created = owner.post(
                "/clients/" + tenant.locationA(),
                Map.ofEntries(
                        Map.entry("name", "Anna"),
                        Map.entry("surname", "Schmidt"),
                        Map.entry("middle_name", "Maria"),
                        Map.entry("phone", "030 1234567"),
                        Map.entry("email", "anna@example.com"),
                        Map.entry("gender_id", 2),
                        Map.entry("importance_id", 3),
                        Map.entry("discount", 12.5),
                        Map.entry("card", "C-1"),
                        Map.entry("birth_date", "1990-04-01"),
                        Map.entry("comment", "likes tea"),
                        Map.entry("sms_check", 1),
                        Map.entry("sms_not", false),
                        Map.entry("spent", 100),
                        Map.entry("balance", -5.25),
                        Map.entry("custom_fields", Map.of())));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode c = created.data();
        assertThat(c.get("phone").asString()).isEqualTo("+49301234567");
        assertThat(c.get("patronymic").asString()).isEqualTo("Maria");
        assertThat(c.get("middle_name").asString()).isEqualTo("Maria");
        assertThat(c.get("sex_id").asInt()).isEqualTo(2);
        assertThat(c.get("gender_id").asInt()).isEqualTo(2);
        assertThat(c.get("sex").asString()).isEqualTo("female");
        assertThat(c.get("gender").asString()).isEqualTo("female");
        assertThat(c.get("discount").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(c.get("importance").asString()).isEqualTo("gold");
        assertThat(c.get("birth_date").asString()).isEqualTo("1990-04-01");
        assertThat(c.get("sms_check").asInt()).isEqualTo(1);
        assertThat(c.get("sms_not").asInt()).isZero();
        assertThat(c.get("balance").decimalValue()).isEqualByComparingTo("-5.25");
        assertThat(c.get("categories").isArray()).isTrue();
        assertThat(c.get("custom_fields").isArray()).isTrue();
        assertThat(c.get("last_change_date").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[12]00");

        var read = owner.get("/client/" + tenant.locationA() + "/" + c.get("id").asLong());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.data()).isEqualTo(c);
        var canonical = owner.get(
                "/locations/" + tenant.locationA() + "/clients/" + c.get("id").asLong() + "/");
        assertThat(canonical.data()).isEqualTo(c);
        assertThat(activity("created", c.get("id").asLong())).isEqualTo(1);
    }

    @Test
    void aClientWithoutABirthDateShowsAnEmptyString() {
        JsonNode c = create(tenant.locationA(), "Ben", "+49 30 2222222");
        assertThat(c.get("birth_date").asString()).isEmpty();
        assertThat(c.get("sex").asString()).isEqualTo("unknown");
        assertThat(c.get("phone").isString()).isTrue();
    }

    @Test
    void theSamePhoneInAnyNotationIsTheSameClient() {
        create(tenant.locationA(), "Carla", "+49 30 1234567");
        long clients = fixtures.count("clients");

        var again = owner.post("/clients/" + tenant.locationA(), Map.of("name", "Carla 2", "phone", "030 1234567"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("success").asBoolean()).isFalse();
        assertThat(fixtures.count("clients")).isEqualTo(clients);
        var found = owner.get("/clients/" + tenant.locationA() + "?phone=030-123-45-67");
        assertThat(found.meta().get("total_count").asLong()).isEqualTo(1);
        assertThat(found.data().get(0).get("name").asString()).isEqualTo("Carla");
    }

    @Test
    void aPhoneWithoutPlusIsReadInternationallyUnlessWrittenTheGermanWay() {
        assertThat(create(tenant.locationA(), "Dmitri", 79161234567L)
                        .get("phone")
                        .asString())
                .isEqualTo("+79161234567");
        assertThat(create(tenant.locationA(), "Dora", "0791 61234567")
                        .get("phone")
                        .asString())
                .isEqualTo("+4979161234567");
        fixtures.db()
                .sql("update locations set default_region = 'RU' where id = :id")
                .param("id", tenant.locationB())
                .update();
        assertThat(create(tenant.locationB(), "Ivan", "8 (916) 123-45-67")
                        .get("phone")
                        .asString())
                .isEqualTo("+79161234567");
    }

    @Test
    void putChangesFieldsAndAcceptsLabelsOrCategories() {
        long vip = category(tenant.locationA(), "VIP");
        long regular = category(tenant.locationA(), "Regular");
        JsonNode c = create(tenant.locationA(), "Emil", "+49 30 3333333");
        String path = "/client/" + tenant.locationA() + "/" + c.get("id").asLong();

        var labelled =
                owner.put(path, Map.of("labels", List.of(vip), "surname", "Klein", "sex_id", 1, "patronymic", "P"));
        assertThat(labelled.status()).as(labelled.toString()).isEqualTo(200);
        assertThat(labelled.data().get("surname").asString()).isEqualTo("Klein");
        assertThat(labelled.data().get("name").asString()).isEqualTo("Emil");
        assertThat(labelled.data().get("phone").asString()).isEqualTo("+49303333333");
        assertThat(labelled.data().get("gender").asString()).isEqualTo("male");
        assertThat(labelled.data().get("middle_name").asString()).isEqualTo("P");
        assertThat(labelled.data().get("categories").get(0).get("title").asString())
                .isEqualTo("VIP");

        var recategorised = owner.put(
                "/locations/" + tenant.locationA() + "/clients/" + c.get("id").asLong(),
                Map.of("categories", List.of(regular), "birth_date", ""));
        assertThat(recategorised.data().get("categories")).hasSize(1);
        assertThat(recategorised.data().get("categories").get(0).get("id").asLong())
                .isEqualTo(regular);
        assertThat(activity("updated", c.get("id").asLong())).isEqualTo(2);
    }

    @Test
    void deleteHidesTheClientAndFreesItsPhone() {
        JsonNode c = create(tenant.locationA(), "Fritz", "+49 30 4444444");
        String path = "/client/" + tenant.locationA() + "/" + c.get("id").asLong();

        assertThat(owner.delete(path).status()).isEqualTo(204);

        assertThat(owner.get(path).status()).isEqualTo(404);
        assertThat(owner.delete(path).status()).isEqualTo(404);
        assertThat(owner.get("/clients/" + tenant.locationA())
                        .meta()
                        .get("total_count")
                        .asLong())
                .isZero();
        assertThat(create(tenant.locationA(), "Fritz again", "030 4444444")
                        .get("id")
                        .asLong())
                .isNotEqualTo(c.get("id").asLong());
        assertThat(activity("deleted", c.get("id").asLong())).isEqualTo(1);
        assertThat(fixtures.db()
                        .sql("select deleted from clients where id = :id")
                        .param("id", c.get("id").asLong())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void bulkCreatesTheGoodRowsAndReportsTheBadOnes() {
        long before = fixtures.count("clients");
        var response = owner.post(
                "/clients/" + tenant.locationA() + "/bulk",
                List.of(
                        Map.of("name", "Gina", "phone", "+49 30 5555551"),
                        Map.of("name", "Hugo", "phone", "not a phone"),
                        Map.of("name", "Ida", "phone", "+49 30 5555553", "sex_id", "abc"),
                        Map.of("phone", "+49 30 5555554"),
                        Map.of("name", "Jan", "phone", "030 5555551"),
                        Map.of("name", "Kai", "phone", "+49 30 5555556", "birth_date", "2026-02-30"),
                        Map.of("name", "Lea", "phone", "+49 30 5555557")));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.data().get("created"))
                .extracting(n -> n.get("name").asString())
                .containsExactly("Gina", "Lea");
        assertThat(response.data().get("errors"))
                .extracting(n -> n.get("name").isNull() ? null : n.get("name").asString())
                .containsExactly("Hugo", "Ida", null, "Jan", "Kai");
        assertThat(response.data().get("errors").get(0).get("phone").asString()).isEqualTo("not a phone");
        assertThat(response.data().get("errors").get(0).get("error").asString()).contains("phone");
        assertThat(fixtures.count("clients")).isEqualTo(before + 2);
    }

    @Test
    void viewerReadsButMayNotWrite() {
        JsonNode c = create(tenant.locationA(), "Mia", "+49 30 6666666");
        Api viewer = Api.at(port).as(tenant.viewerA());
        String path = "/client/" + tenant.locationA() + "/" + c.get("id").asLong();
        long before = fixtures.count("clients");

        assertThat(viewer.get(path).status()).isEqualTo(200);
        assertThat(viewer.get("/clients/" + tenant.locationA()).status()).isEqualTo(200);
        assertThat(viewer.post("/company/" + tenant.locationA() + "/clients/search", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(viewer.post("/clients/" + tenant.locationA(), Map.of("name", "X", "phone", "+49 30 7777777"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post("/clients/" + tenant.locationA() + "/bulk", List.of())
                        .status())
                .isEqualTo(403);
        assertThat(viewer.put(path, Map.of("name", "Changed")).status()).isEqualTo(403);
        assertThat(viewer.delete(path).status()).isEqualTo(403);
        assertThat(fixtures.count("clients")).isEqualTo(before);
        assertThat(owner.get(path).data().get("name").asString()).isEqualTo("Mia");
    }

    @Test
    void locationBClientsAreInvisibleAndUntouchableFromA() {
        JsonNode b = create(tenant.locationB(), "Nora", "+1 212 555 0123");
        Api adminA = Api.at(port).as(tenant.adminA());
        long id = b.get("id").asLong();
        String underA = "/client/" + tenant.locationA() + "/" + id;

        assertThat(adminA.get(underA).status()).isEqualTo(404);
        assertThat(adminA.put(underA, Map.of("name", "Hacked")).status()).isEqualTo(404);
        assertThat(adminA.delete(underA).status()).isEqualTo(404);
        assertThat(adminA.get("/clients/" + tenant.locationA())
                        .meta()
                        .get("total_count")
                        .asLong())
                .isZero();
        var search = adminA.post(
                "/company/" + tenant.locationA() + "/clients/search",
                Map.of("filters", List.of(Map.of("type", "id", "state", Map.of("value", List.of(id))))));
        assertThat(search.meta().get("total_count").asLong()).isZero();

        String underB = "/client/" + tenant.locationB() + "/" + id;
        assertThat(adminA.get(underB).status()).isEqualTo(403);
        assertThat(adminA.put(underB, Map.of("name", "Hacked")).status()).isEqualTo(403);
        assertThat(adminA.delete(underB).status()).isEqualTo(403);
        assertThat(adminA.get("/clients/" + tenant.locationB()).status()).isEqualTo(403);
        assertThat(adminA.post("/clients/" + tenant.locationB(), Map.of("name", "X", "phone", "+12125550199"))
                        .status())
                .isEqualTo(403);
        assertThat(adminA.post("/clients/" + tenant.locationB() + "/bulk", List.of())
                        .status())
                .isEqualTo(403);
        assertThat(adminA.post("/company/" + tenant.locationB() + "/clients/search", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(owner.get(underB).data().get("name").asString()).isEqualTo("Nora");

        Tenant other = fixtures.tenant();
        assertThat(Api.at(port).as(other.owner()).get(underB).status()).isEqualTo(403);
        assertThat(Api.at(port)
                        .as(tenant.owner())
                        .get("/client/" + tenant.locationA() + "/999999999")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aCategoryOfLocationBCannotBeGivenAtA() {
        long bCategory = category(tenant.locationB(), "B only");
        var response = owner.post(
                "/clients/" + tenant.locationA(),
                Map.of("name", "Olga", "phone", "+49 30 8888888", "categories", List.of(bCategory)));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.meta().get("errors").has("categories")).isTrue();
    }

    JsonNode create(long location, String name, Object phone) {
        var response = owner.post("/clients/" + location, Map.of("name", name, "phone", phone));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data();
    }

    long category(long location, String title) {
        return fixtures.db()
                .sql("insert into client_categories (location_id, title) values (:l, :t) returning id")
                .param("l", location)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    long activity(String action, long clientId) {
        return fixtures.db()
                .sql("select count(*) from activity_log where entity = 'client' and action = :a and entity_id = :id")
                .param("a", action)
                .param("id", clientId)
                .query(Long.class)
                .single();
    }
}
