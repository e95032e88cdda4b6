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
class CategoryIT {

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
    void categoriesAreCreatedReadChangedAndListedOnEveryPath() {
        var created = admin.post(
                "/service_categories/" + a,
                Map.of("title", "Hair", "api_id", "adw322", "weight", 10, "staff", List.of()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long hair = created.data().get("id").asLong();
        assertThat(created.data().get("salon_service_id").asLong()).isEqualTo(hair);
        assertThat(created.data().get("api_id").asString()).isEqualTo("adw322");
        assertThat(created.data().get("staff")).isEmpty();
        long nails = admin.post("/locations/" + a + "/service_categories", Map.of("title", "Nails", "weight", 20))
                .data()
                .get("id")
                .asLong();

        for (String path : List.of(
                "/company/" + a + "/service_categories",
                "/service_categories/" + a,
                "/service_categories/" + a + "/",
                "/service_categories/" + a + "/0",
                "/locations/" + a + "/service_categories")) {
            var list = admin.get(path);
            assertThat(list.status()).as(path).isEqualTo(200);
            assertThat(ids(list.data())).as(path).containsExactly(nails, hair);
            assertThat(list.meta().get("total_count").asInt()).as(path).isEqualTo(2);
        }
        for (String path : List.of(
                "/company/" + a + "/service_categories/" + hair,
                "/service_categories/" + a + "/" + hair,
                "/service_category/" + a + "/" + hair,
                "/locations/" + a + "/service_categories/" + hair)) {
            var one = admin.get(path);
            assertThat(one.status()).as(path).isEqualTo(200);
            assertThat(one.data().get("title").asString()).as(path).isEqualTo("Hair");
        }
        assertThat(Api.at(port)
                        .as(tenant.partnerOnly())
                        .get("/service_categories/" + a)
                        .data())
                .hasSize(2);

        var put = admin.put("/service_category/" + a + "/" + hair, Map.of("title", "Hair & beard", "weight", 30));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.data().get("title").asString()).isEqualTo("Hair & beard");
        assertThat(put.data().get("api_id").asString()).isEqualTo("adw322");
        assertThat(admin.put("/locations/" + a + "/service_categories/" + nails, Map.of("weight", 1))
                        .status())
                .isEqualTo(200);
        assertThat(ids(admin.get("/service_categories/" + a).data())).containsExactly(hair, nails);
        assertThat(catalog.activity(a, "service_category", "created")).isEqualTo(2);
        assertThat(catalog.activity(a, "service_category", "updated")).isEqualTo(2);
    }

    @Test
    void aCategoryListsTheStaffOfItsActiveServicesAndFiltersByStaff() {
        long anna = catalog.teamMember(a, "Anna");
        long ben = catalog.teamMember(a, "Ben");
        long hair = admin.post("/service_categories/" + a, Map.of("title", "Hair"))
                .data()
                .get("id")
                .asLong();
        long nails = admin.post("/service_categories/" + a, Map.of("title", "Nails"))
                .data()
                .get("id")
                .asLong();
        admin.post(
                "/services/" + a,
                Map.of("title", "Cut", "category_id", hair, "staff", List.of(Map.of("id", ben), Map.of("id", anna))));
        admin.post(
                "/services/" + a,
                Map.of("title", "Off", "category_id", nails, "active", false, "staff", List.of(Map.of("id", anna))));

        var one = admin.get("/company/" + a + "/service_categories/" + hair);
        assertThat(one.data().get("staff").get(0).asLong()).isEqualTo(Math.min(anna, ben));
        assertThat(one.data().get("staff")).hasSize(2);
        assertThat(ids(admin.get("/company/" + a + "/service_categories?staff_id=" + anna)
                        .data()))
                .containsExactly(hair);
    }

    @Test
    void aCategoryInUseByAnActiveServiceCannotBeDeleted() {
        long hair = admin.post("/service_categories/" + a, Map.of("title", "Hair"))
                .data()
                .get("id")
                .asLong();
        long cut = admin.post("/services/" + a, Map.of("title", "Cut", "category_id", hair))
                .data()
                .get("id")
                .asLong();
        long old = admin.post("/services/" + a, Map.of("title", "Old", "category_id", hair, "active", false))
                .data()
                .get("id")
                .asLong();
        Map<String, Long> before = catalog.counts();

        var refused = admin.delete("/service_category/" + a + "/" + hair);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.meta().get("message").asString()).contains("used by 1 active service");
        assertThat(catalog.counts()).isEqualTo(before);

        assertThat(admin.patch("/company/" + a + "/services/" + cut, Map.of("category_id", 0))
                        .status())
                .isEqualTo(200);
        assertThat(admin.delete("/service_category/" + a + "/" + hair).status()).isEqualTo(204);
        assertThat(admin.get("/service_category/" + a + "/" + hair).status()).isEqualTo(404);
        assertThat(admin.get("/company/" + a + "/services/" + old)
                        .data()
                        .get("category_id")
                        .asLong())
                .isZero();
        assertThat(admin.post("/services/" + a, Map.of("title", "New", "category_id", hair))
                        .status())
                .isEqualTo(422);
        assertThat(catalog.activity(a, "service_category", "deleted")).isEqualTo(1);
    }

    @Test
    void canonicalDeleteWorksToo() {
        long hair = admin.post("/service_categories/" + a, Map.of("title", "Hair"))
                .data()
                .get("id")
                .asLong();
        assertThat(admin.delete("/locations/" + a + "/service_categories/" + hair)
                        .status())
                .isEqualTo(204);
        assertThat(admin.get("/company/" + a + "/service_categories").data()).isEmpty();
    }

    @Test
    void badCategoriesAreRefused() {
        Map<String, Long> before = catalog.counts();
        for (Object body :
                List.<Object>of(Map.of("weight", 1), Map.of("title", " "), Map.of("title", "x".repeat(201)))) {
            var response = admin.post("/service_categories/" + a, body);
            assertThat(response.status()).as(body.toString()).isEqualTo(422);
            assertThat(response.meta().get("errors").get("title")).isNotNull();
        }
        for (String body : List.of("{\"title\":", "{\"title\": \"A\", \"weight\": \"heavy\"}", "[1]")) {
            var response = admin.post("/service_categories/" + a, body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("success").asBoolean()).isFalse();
        }
        assertThat(admin.put("/service_category/" + a + "/999999999", Map.of("title", "X"))
                        .status())
                .isEqualTo(404);
        assertThat(admin.delete("/service_category/" + a + "/999999999").status())
                .isEqualTo(404);
        assertThat(admin.get("/service_categories/" + a + "/abc").status()).isEqualTo(400);
        assertThat(catalog.counts()).isEqualTo(before);
    }
}
