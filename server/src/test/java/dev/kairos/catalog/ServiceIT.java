package dev.kairos.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@KairosIT
class ServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    CatalogFixtures catalog;
    long a;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        catalog = new CatalogFixtures(fixtures.db());
        a = tenant.locationA();
    }

    @Test
    void createdServiceCarriesAltegioAndDefinitionFields() {
        long anna = catalog.teamMember(a, "Anna");
        long room = catalog.resource(a, "Room 1");
        Map<String, Object> body = new HashMap<>(Map.of(
                "title",
                "Haircut",
                "price_min",
                30,
                "price_max",
                45,
                "duration",
                2700,
                "technical_break_duration",
                600,
                "comment",
                "short",
                "api_id",
                "hc-1",
                "staff",
                List.of(Map.of("id", anna, "seance_length", 3000))));
        body.putAll(Map.of(
                "booking_type",
                "approval_required",
                "buffer_before",
                300,
                "buffer_after",
                600,
                "max_advance_days",
                30,
                "allow_waitlist",
                true,
                "prepaid",
                "allowed",
                "hours",
                List.of(
                        Map.of("day_of_week", 1, "from", "09:00", "to", "12:00"),
                        Map.of("day_of_week", 7, "is_closed", true)),
                "resource_ids",
                List.of(room)));

        var created = admin.post("/services/" + a, body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode s = created.data();
        assertThat(s.get("id").asLong()).isPositive();
        assertThat(s.get("title").asString()).isEqualTo("Haircut");
        assertThat(s.get("price_min").decimalValue()).isEqualByComparingTo("30");
        assertThat(s.get("price_max").decimalValue()).isEqualByComparingTo("45");
        assertThat(s.get("duration").asInt()).isEqualTo(2700);
        assertThat(s.get("technical_break_duration").asInt()).isEqualTo(600);
        assertThat(s.get("active").asInt()).isEqualTo(1);
        assertThat(s.get("service_type").asInt()).isEqualTo(1);
        assertThat(s.get("api_id").asString()).isEqualTo("hc-1");
        assertThat(s.get("prepaid").asString()).isEqualTo("allowed");
        assertThat(s.get("staff").get(0).get("id").asLong()).isEqualTo(anna);
        assertThat(s.get("staff").get(0).get("seance_length").asInt()).isEqualTo(3000);
        assertThat(s.get("image_group").isObject()).isTrue();
        assertThat(s.get("booking_type").asString()).isEqualTo("approval_required");
        assertThat(s.get("buffer_before").asInt()).isEqualTo(300);
        assertThat(s.get("buffer_after").asInt()).isEqualTo(600);
        assertThat(s.get("max_advance_days").asInt()).isEqualTo(30);
        assertThat(s.get("min_lead_minutes").isNull()).isTrue();
        assertThat(s.get("allow_waitlist").asBoolean()).isTrue();
        assertThat(s.get("hours")).hasSize(2);
        assertThat(s.get("hours").get(0).get("from").asString()).isEqualTo("09:00");
        assertThat(s.get("hours").get(1).get("is_closed").asBoolean()).isTrue();
        assertThat(s.get("resources").get(0).asLong()).isEqualTo(room);
        assertThat(catalog.activity(a, "service", "created")).isEqualTo(1);
    }

    @Test
    void canonicalPathCreatesAndEveryGetPathReadsIt() {
        var created = admin.post("/locations/" + a + "/services", Map.of("title", "Massage", "price_min", 50));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.data().get("id").asLong();
        assertThat(created.data().get("price_max").decimalValue()).isEqualByComparingTo("50");
        assertThat(created.data().get("duration").asInt()).isEqualTo(3600);
        assertThat(created.data().get("technical_break_duration").isNull()).isTrue();

        for (String path : List.of(
                "/company/" + a + "/services/" + id,
                "/services/" + a + "/" + id,
                "/locations/" + a + "/services/" + id,
                "/services/" + a + "/" + id + "/")) {
            var one = admin.get(path);
            assertThat(one.status()).as(path).isEqualTo(200);
            assertThat(one.data().isObject()).as(path).isTrue();
            assertThat(one.data().get("id").asLong()).as(path).isEqualTo(id);
        }
        for (String path : List.of(
                "/company/" + a + "/services",
                "/company/" + a + "/services/",
                "/services/" + a,
                "/services/" + a + "/",
                "/locations/" + a + "/services")) {
            var list = admin.get(path);
            assertThat(list.status()).as(path).isEqualTo(200);
            assertThat(ids(list.data())).as(path).containsExactly(id);
            assertThat(list.meta().get("total_count").asInt()).as(path).isEqualTo(1);
        }
    }

    @Test
    void listFiltersByStaffAndCategoryAndPagesTheDeprecatedPath() {
        long anna = catalog.teamMember(a, "Anna");
        long category = admin.post("/service_categories/" + a, Map.of("title", "Hair"))
                .data()
                .get("id")
                .asLong();
        long cut = create(
                Map.of("title", "Cut", "category_id", category, "weight", 5, "staff", List.of(Map.of("id", anna))));
        long dye = create(Map.of("title", "Dye", "weight", 3));
        long wash = create(Map.of("title", "Wash", "category_id", category, "weight", 1));

        assertThat(ids(admin.get("/company/" + a + "/services").data())).containsExactly(cut, dye, wash);
        assertThat(ids(admin.get("/company/" + a + "/services?staff_id=" + anna).data()))
                .containsExactly(cut);
        assertThat(ids(admin.get("/company/" + a + "/services?category_id=" + category)
                        .data()))
                .containsExactly(cut, wash);
        var page = admin.get("/services/" + a + "?page=2&count=2");
        assertThat(ids(page.data())).containsExactly(wash);
        assertThat(page.meta().get("total_count").asInt()).isEqualTo(3);
        assertThat(page.meta().get("page").asInt()).isEqualTo(2);
    }

    @Test
    void partnerOnlyCallersSeeActiveServicesOnlyOnTheDeprecatedPath() {
        long shown = create(Map.of("title", "Shown"));
        long hidden = create(Map.of("title", "Hidden", "active", false));
        Api partner = Api.at(port).as(tenant.partnerOnly());

        assertThat(ids(partner.get("/services/" + a).data())).containsExactly(shown);
        assertThat(partner.get("/services/" + a + "/" + hidden).status()).isEqualTo(404);
        assertThat(ids(admin.get("/services/" + a).data())).containsExactlyInAnyOrder(shown, hidden);
        assertThat(partner.get("/company/" + a + "/services").status()).isEqualTo(401);
    }

    @Test
    void putReplacesAndRelinksStaff() {
        long anna = catalog.teamMember(a, "Anna");
        long ben = catalog.teamMember(a, "Ben");
        long id = create(Map.of("title", "Cut", "comment", "keep", "staff", List.of(Map.of("id", anna))));

        var put = admin.put(
                "/services/" + a + "/" + id,
                Map.of(
                        "title",
                        "Long cut",
                        "duration",
                        5400,
                        "staff",
                        List.of(Map.of("id", ben, "seance_length", 4800))));

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.data().get("title").asString()).isEqualTo("Long cut");
        assertThat(put.data().get("duration").asInt()).isEqualTo(5400);
        assertThat(ids(put.data().get("staff"))).containsExactly(ben);
        assertThat(put.data().get("staff").get(0).get("seance_length").asInt()).isEqualTo(4800);

        var canonical =
                admin.put("/locations/" + a + "/services/" + id, Map.of("title", "Cut again", "staff", List.of()));
        assertThat(canonical.status()).isEqualTo(200);
        assertThat(canonical.data().get("staff")).isEmpty();
        assertThat(canonical.data().get("duration").asInt()).isEqualTo(5400);
        assertThat(catalog.activity(a, "service", "updated")).isEqualTo(2);
    }

    @Test
    void putWithoutTitleIsRefused() {
        long id = create(Map.of("title", "Cut"));
        var put = admin.put("/services/" + a + "/" + id, Map.of("duration", 1800));
        assertThat(put.status()).isEqualTo(422);
        assertThat(put.meta().get("errors").get("title")).isNotNull();
        assertThat(catalog.serviceRow(id).get("duration_seconds")).isEqualTo(3600);
    }

    @Test
    void patchChangesOnlyTheGivenFields() {
        long anna = catalog.teamMember(a, "Anna");
        long id =
                create(Map.of("title", "Cut", "price_min", 20, "price_max", 30, "staff", List.of(Map.of("id", anna))));

        var patch = admin.patch(
                "/company/" + a + "/services/" + id, Map.of("price_max", 40, "allow_queue", true, "service_type", 0));

        assertThat(patch.status()).as(patch.body()).isEqualTo(200);
        assertThat(patch.data().get("title").asString()).isEqualTo("Cut");
        assertThat(patch.data().get("price_min").decimalValue()).isEqualByComparingTo("20");
        assertThat(patch.data().get("price_max").decimalValue()).isEqualByComparingTo("40");
        assertThat(patch.data().get("allow_queue").asBoolean()).isTrue();
        assertThat(patch.data().get("service_type").asInt()).isZero();
        assertThat(patch.data().get("allow_customer_booking").asBoolean()).isFalse();
        assertThat(ids(patch.data().get("staff"))).containsExactly(anna);

        var canonical =
                admin.patch("/locations/" + a + "/services/" + id, Map.of("min_lead_minutes", 120, "active", 0));
        assertThat(canonical.status()).as(canonical.body()).isEqualTo(200);
        assertThat(canonical.data().get("min_lead_minutes").asInt()).isEqualTo(120);
        assertThat(canonical.data().get("active").asInt()).isZero();
    }

    @Test
    void deleteIsSoftAndHidesTheServiceEverywhere() {
        long one = create(Map.of("title", "One"));
        long two = create(Map.of("title", "Two"));

        assertThat(admin.delete("/services/" + a + "/" + one).status()).isEqualTo(204);
        assertThat(admin.delete("/locations/" + a + "/services/" + two).status())
                .isEqualTo(204);

        assertThat(catalog.serviceRow(one).get("deleted")).isEqualTo(true);
        assertThat(admin.get("/company/" + a + "/services").data()).isEmpty();
        assertThat(admin.get("/company/" + a + "/services/" + one).status()).isEqualTo(404);
        assertThat(admin.delete("/services/" + a + "/" + one).status()).isEqualTo(404);
        assertThat(admin.patch("/company/" + a + "/services/" + one, Map.of("title", "Back"))
                        .status())
                .isEqualTo(404);
        assertThat(catalog.activity(a, "service", "deleted")).isEqualTo(2);
    }

    private long create(Map<String, ?> body) {
        var response = admin.post("/services/" + a, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.data().get("id").asLong();
    }

    static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
