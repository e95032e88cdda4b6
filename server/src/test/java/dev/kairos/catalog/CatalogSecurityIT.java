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

/** Tenant isolation, rights, and bad input on every catalog endpoint. */
@KairosIT
class CatalogSecurityIT {

    /** Every catalog endpoint: method, path ({L} location, {S} service, {M} team member, {C} category), body. */
    static final List<Object[]> ENDPOINTS = List.of(
            new Object[] {"GET", "/company/{L}/services", null},
            new Object[] {"GET", "/company/{L}/services/{S}", null},
            new Object[] {"GET", "/locations/{L}/services/{S}", null},
            new Object[] {"GET", "/services/{L}/{S}", null},
            new Object[] {"POST", "/services/{L}", Map.of("title", "T")},
            new Object[] {"POST", "/locations/{L}/services", Map.of("title", "T")},
            new Object[] {"PUT", "/services/{L}/{S}", Map.of("title", "T")},
            new Object[] {"PUT", "/locations/{L}/services/{S}", Map.of("title", "T")},
            new Object[] {"PATCH", "/company/{L}/services/{S}", Map.of("title", "T")},
            new Object[] {"PATCH", "/locations/{L}/services/{S}", Map.of("title", "T")},
            new Object[] {"DELETE", "/services/{L}/{S}", null},
            new Object[] {"DELETE", "/locations/{L}/services/{S}", null},
            new Object[] {"POST", "/company/{L}/services/{S}/staff", Map.of("master_id", "{M}")},
            new Object[] {"PUT", "/company/{L}/services/{S}/staff/{M}", Map.of("seance_length", 600)},
            new Object[] {"DELETE", "/company/{L}/services/{S}/staff/{M}", null},
            new Object[] {"GET", "/locations/{L}/services/{S}/hours", null},
            new Object[] {"PUT", "/locations/{L}/services/{S}/hours", List.of()},
            new Object[] {"GET", "/locations/{L}/services/{S}/resources", null},
            new Object[] {"PUT", "/locations/{L}/services/{S}/resources", Map.of("resource_ids", List.of())},
            new Object[] {"GET", "/company/{L}/service_categories", null},
            new Object[] {"GET", "/company/{L}/service_categories/{C}", null},
            new Object[] {"GET", "/service_categories/{L}/{C}", null},
            new Object[] {"GET", "/service_category/{L}/{C}", null},
            new Object[] {"POST", "/service_categories/{L}", Map.of("title", "T")},
            new Object[] {"PUT", "/service_category/{L}/{C}", Map.of("title", "T")},
            new Object[] {"DELETE", "/service_category/{L}/{C}", null});

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    CatalogFixtures catalog;
    Api owner;
    long a;
    long b;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        catalog = new CatalogFixtures(fixtures.db());
        owner = Api.at(port).as(tenant.owner());
        a = tenant.locationA();
        b = tenant.locationB();
    }

    @Test
    void adminOfAIsRefusedEveryEndpointOfB() {
        Ids inB = seed(b);
        Map<String, Long> before = catalog.counts();
        Api adminA = Api.at(port).as(tenant.adminA());

        for (Object[] e : ENDPOINTS) {
            var response = adminA.send((String) e[0], path((String) e[1], b, inB), body(e[2], inB));
            assertThat(response.status())
                    .as(e[0] + " " + e[1] + " " + response.body())
                    .isEqualTo(403);
            assertThat(response.meta().get("message").asString()).isEqualTo("Access denied.");
        }
        assertThat(catalog.counts()).isEqualTo(before);
    }

    @Test
    void idsOfBUnderTheLocationAPathAreNotFound() {
        seed(a);
        Ids inB = seed(b);
        Map<String, Long> before = catalog.counts();
        Api adminA = Api.at(port).as(tenant.adminA());

        for (Object[] e : ENDPOINTS) {
            String template = (String) e[1];
            if (!template.contains("{S}") && !template.contains("{C}")) {
                continue;
            }
            var response = adminA.send((String) e[0], path(template, a, inB), body(e[2], inB));
            assertThat(response.status())
                    .as(e[0] + " " + template + " " + response.body())
                    .isEqualTo(404);
            assertThat(response.json().get("success").asBoolean()).isFalse();
        }
        assertThat(catalog.counts()).isEqualTo(before);
    }

    @Test
    void listsOfANeverShowB() {
        Ids inA = seed(a);
        Ids inB = seed(b);
        Api adminA = Api.at(port).as(tenant.adminA());
        Api partner = Api.at(port).as(tenant.partnerOnly());

        assertThat(ids(adminA.get("/company/" + a + "/services").data())).containsExactly(inA.service());
        assertThat(ids(owner.get("/services/" + a).data())).containsExactly(inA.service());
        assertThat(ids(partner.get("/services/" + a).data())).containsExactly(inA.service());
        assertThat(ids(adminA.get("/company/" + a + "/service_categories").data()))
                .containsExactly(inA.category());
        assertThat(ids(owner.get("/service_categories/" + b).data())).containsExactly(inB.category());
        assertThat(adminA.get("/company/" + a + "/services?staff_id=" + inB.member())
                        .data())
                .isEmpty();
    }

    @Test
    void aViewerMayReadButNotWrite() {
        Ids inA = seed(a);
        Map<String, Long> before = catalog.counts();
        Api viewer = Api.at(port).as(tenant.viewerA());

        for (Object[] e : ENDPOINTS) {
            var response = viewer.send((String) e[0], path((String) e[1], a, inA), body(e[2], inA));
            int expected = e[0].equals("GET") ? 200 : 403;
            assertThat(response.status())
                    .as(e[0] + " " + e[1] + " " + response.body())
                    .isEqualTo(expected);
        }
        assertThat(catalog.counts()).isEqualTo(before);
    }

    @Test
    void withoutAUserTokenB2bEndpointsAre401() {
        Ids inA = seed(a);
        Api partner = Api.at(port).as(tenant.partnerOnly());
        for (Object[] e : ENDPOINTS) {
            String template = (String) e[1];
            boolean publicRead = e[0].equals("GET")
                    && (template.startsWith("/services/") || template.startsWith("/service_categor"));
            var response = partner.send((String) e[0], path(template, a, inA), body(e[2], inA));
            assertThat(response.status()).as(e[0] + " " + template).isEqualTo(publicRead ? 200 : 401);
        }
        assertThat(Api.at(port).get("/services/" + a).status()).isEqualTo(401);
        assertThat(owner.get("/services/999999999").status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedWithoutChangingAnything() {
        Ids inA = seed(a);
        String service = "/services/" + a + "/" + inA.service();
        Map<String, Long> before = catalog.counts();
        Map<String, Object> stored = catalog.serviceRow(inA.service());
        String huge = "{\"title\": \"" + "x".repeat(1_100_000) + "\"}";

        List<Object[]> cases = List.of(
                new Object[] {"POST", "/services/" + a, "{\"title\": \"Cut\"", 400},
                new Object[] {"POST", "/services/" + a, "{\"title\": \"Cut\", \"duration\": \"long\"}", 400},
                new Object[] {"POST", "/services/" + a, "{\"title\": \"Cut\", \"price_min\": \"cheap\"}", 400},
                new Object[] {"POST", "/services/" + a, "{\"title\": \"Cut\", \"duration\": 99999999999}", 400},
                new Object[] {"POST", "/services/" + a, "{\"title\": \"Cut\", \"staff\": 5}", 400},
                new Object[] {"POST", "/services/" + a, "[]", 400},
                new Object[] {"POST", "/services/" + a, huge, 413},
                new Object[] {"POST", "/services/" + a, "{\"title\": \"Cut\", \"category_id\": 999999999}", 422},
                new Object[] {
                    "POST", "/services/" + a, "{\"title\": \"Cut\", \"staff\": [{\"seance_length\": 600}]}", 422
                },
                new Object[] {"POST", "/services/" + a, "{\"title\": \"Cut\", \"staff\": [{\"id\": 999999999}]}", 422},
                new Object[] {
                    "POST",
                    "/services/" + a,
                    "{\"title\": \"Cut\", \"staff\": [{\"id\": " + inA.member() + "}, {\"id\": " + inA.member() + "}]}",
                    422
                },
                new Object[] {
                    "POST",
                    "/services/" + a,
                    "{\"title\": \"Cut\", \"staff\": [{\"id\": " + inA.member() + ", \"seance_length\": 30}]}",
                    422
                },
                new Object[] {"POST", "/services/" + a, "{\"title\": \"Cut\", \"resource_ids\": [999999999]}", 422},
                new Object[] {"POST", "/services/" + a, "{\"title\": \"Cut\", \"resource_ids\": [null]}", 422},
                new Object[] {"POST", "/services/999999999", "{\"title\": \"Cut\"}", 404},
                new Object[] {
                    "PUT",
                    service,
                    "{\"title\": \"Cut\", \"hours\": [{\"day_of_week\": 1, \"from\": \"25:00\", \"to\": \"26:00\"}]}",
                    422
                },
                new Object[] {"PUT", "/services/" + a + "/999999999", "{\"title\": \"Cut\"}", 404},
                new Object[] {"PUT", "/services/" + a + "/abc", "{\"title\": \"Cut\"}", 400},
                // A flag that is none of 0, 1, true and false is a field error, as on every flag.
                new Object[] {"PATCH", "/company/" + a + "/services/" + inA.service(), "{\"active\": \"perhaps\"}", 422
                },
                new Object[] {"PATCH", "/company/" + a + "/services/" + inA.service(), "{\"weight\": 1.5e40}", 400},
                new Object[] {
                    "PUT",
                    "/company/" + a + "/services/" + inA.service() + "/staff/" + inA.member(),
                    "{\"seance_length\": 86401}",
                    422
                },
                new Object[] {"GET", "/company/" + a + "/services?staff_id=abc", null, 400},
                new Object[] {"GET", "/services/" + a + "?page=x", null, 400},
                new Object[] {"DELETE", "/services/" + a + "/999999999", null, 404});
        for (Object[] c : cases) {
            var response = owner.send((String) c[0], (String) c[1], c[2]);
            String label = c[0] + " " + c[1] + " "
                    + (c[2] == null ? "" : ((String) c[2]).substring(0, Math.min(80, ((String) c[2]).length())));
            assertThat(response.status()).as(label + " -> " + response.body()).isEqualTo(c[3]);
            assertThat(response.json().get("success").asBoolean()).as(label).isFalse();
            assertThat(response.meta().get("message").asString()).as(label).isNotBlank();
        }
        assertThat(catalog.counts()).isEqualTo(before);
        assertThat(catalog.serviceRow(inA.service())).isEqualTo(stored);
    }

    private Ids seed(long location) {
        long member = catalog.teamMember(location, "Member");
        long category = owner.post("/service_categories/" + location, Map.of("title", "Cat"))
                .data()
                .get("id")
                .asLong();
        long service = owner.post(
                        "/services/" + location,
                        Map.of("title", "Svc", "category_id", category, "staff", List.of(Map.of("id", member))))
                .data()
                .get("id")
                .asLong();
        long spare = catalog.teamMember(location, "Spare");
        return new Ids(service, category, member, spare);
    }

    private static String path(String template, long location, Ids ids) {
        return template.replace("{L}", String.valueOf(location))
                .replace("{S}", String.valueOf(ids.service()))
                .replace("{C}", String.valueOf(ids.category()))
                .replace("{M}", String.valueOf(ids.member()));
    }

    private static Object body(Object body, Ids ids) {
        if (body instanceof Map<?, ?> map && "{M}".equals(map.get("master_id"))) {
            return Map.of("master_id", ids.spare());
        }
        return body;
    }

    private record Ids(long service, long category, long member, long spare) {}
}
