package dev.kairos.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@KairosIT
class ClientBadInputIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api owner;
    long client;
    long otherClient;

    record Case(String name, String method, String path, Object body, int status, String field) {}

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        owner = Api.at(port).as(tenant.owner());
        client = owner.post("/clients/" + tenant.locationA(), Map.of("name", "Anna", "phone", "+49 30 1000001"))
                .data()
                .get("id")
                .asLong();
        otherClient = owner.post("/clients/" + tenant.locationA(), Map.of("name", "Bea", "phone", "+49 30 1000002"))
                .data()
                .get("id")
                .asLong();
    }

    @Test
    void everyBadRequestIsRefusedInTheEnvelopeAndChangesNothing() {
        long a = tenant.locationA();
        String one = "/client/" + a + "/" + client;
        String search = "/company/" + a + "/clients/search";
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\",\"phone\":\"+4930123\"}";
        List<Case> cases = List.of(
                new Case("malformed create", "POST", "/clients/" + a, "{\"name\": \"A\",", 400, null),
                new Case("malformed update", "PUT", one, "{name: A}", 400, null),
                new Case("malformed bulk", "POST", "/clients/" + a + "/bulk", "[{]", 400, null),
                new Case("malformed search", "POST", search, "{\"filters\": [", 400, null),
                new Case("bulk not an array", "POST", "/clients/" + a + "/bulk", Map.of("name", "A"), 400, null),
                new Case(
                        "sex_id a word",
                        "POST",
                        "/clients/" + a,
                        Map.of("name", "A", "phone", "+49 30 1000003", "sex_id", "abc"),
                        400,
                        null),
                new Case("discount a word", "PUT", one, Map.of("discount", "lots"), 400, null),
                new Case(
                        "name an object",
                        "POST",
                        "/clients/" + a,
                        Map.of("name", Map.of("x", 1), "phone", "+49 30 1000003"),
                        400,
                        null),
                new Case("categories not ids", "PUT", one, Map.of("categories", List.of("vip")), 400, null),
                new Case("page a word", "POST", search, Map.of("page", "first"), 400, null),
                new Case("invalid phone", "POST", "/clients/" + a, Map.of("name", "A", "phone", "12345"), 422, "phone"),
                new Case("phone with letters", "PUT", one, Map.of("phone", "+49 30 CALL ME"), 422, "phone"),
                new Case("missing phone", "POST", "/clients/" + a, Map.of("name", "A"), 422, "phone"),
                new Case("missing name", "POST", "/clients/" + a, Map.of("phone", "+49 30 1000003"), 422, "name"),
                new Case("blank name", "PUT", one, Map.of("name", "  "), 422, "name"),
                new Case(
                        "impossible birth date",
                        "POST",
                        "/clients/" + a,
                        Map.of("name", "A", "phone", "+49 30 1000003", "birth_date", "2026-02-30"),
                        422,
                        "birth_date"),
                new Case("birth date not a date", "PUT", one, Map.of("birth_date", "yesterday"), 422, "birth_date"),
                new Case("sex_id out of range", "PUT", one, Map.of("gender_id", 7), 422, "sex_id"),
                new Case("importance out of range", "PUT", one, Map.of("importance_id", 4), 422, "importance_id"),
                new Case("discount over 100", "PUT", one, Map.of("discount", 150), 422, "discount"),
                new Case("bad email", "PUT", one, Map.of("email", "not-an-email"), 422, "email"),
                new Case("sms flag a word", "PUT", one, Map.of("sms_check", "maybe"), 422, "sms_check"),
                new Case("unknown category", "PUT", one, Map.of("labels", List.of(999_999_999L)), 422, "categories"),
                new Case("phone of another client", "PUT", one, Map.of("phone", "030 1000002"), 409, null),
                new Case("unknown client get", "GET", "/client/" + a + "/999999999", null, 404, null),
                new Case("unknown client put", "PUT", "/client/" + a + "/999999999", Map.of("name", "X"), 404, null),
                new Case("unknown client delete", "DELETE", "/client/" + a + "/999999999", null, 404, null),
                new Case(
                        "unknown location",
                        "POST",
                        "/clients/999999999",
                        Map.of("name", "A", "phone", "+49 30 1000003"),
                        404,
                        null),
                new Case("client id a word", "GET", "/client/" + a + "/abc", null, 400, null),
                new Case("unknown order_by", "POST", search, Map.of("order_by", "age"), 400, null),
                new Case(
                        "bad direction",
                        "POST",
                        search,
                        Map.of("order_by", "id", "order_by_direction", "sideways"),
                        400,
                        null),
                new Case("bad operation", "POST", search, Map.of("operation", "XOR"), 400, null),
                new Case("filters a string", "POST", search, Map.of("filters", "name=Anna"), 400, null),
                new Case(
                        "filter without type",
                        "POST",
                        search,
                        Map.of("filters", List.of(Map.of("state", Map.of()))),
                        400,
                        null),
                new Case(
                        "quick_search value an object",
                        "POST",
                        search,
                        Map.of("filters", List.of(Map.of("type", "quick_search", "state", Map.of("value", Map.of())))),
                        400,
                        null),
                new Case(
                        "id value a word",
                        "POST",
                        search,
                        Map.of("filters", List.of(Map.of("type", "id", "state", Map.of("value", "all")))),
                        400,
                        null),
                new Case(
                        "id value holds a word",
                        "POST",
                        search,
                        Map.of("filters", List.of(Map.of("type", "id", "state", Map.of("value", List.of(1, "x"))))),
                        400,
                        null),
                new Case(
                        "sold_amount from a word",
                        "POST",
                        search,
                        Map.of("filters", List.of(Map.of("type", "sold_amount", "state", Map.of("from", "cheap")))),
                        400,
                        null),
                new Case(
                        "sold_amount state an array",
                        "POST",
                        search,
                        Map.of("filters", List.of(Map.of("type", "sold_amount", "state", List.of(1)))),
                        400,
                        null),
                new Case("list paid_min a word", "GET", "/clients/" + a + "?paid_min=cheap", null, 400, null),
                new Case(
                        "list changed_after not a date",
                        "GET",
                        "/clients/" + a + "?changed_after=2026-02-30",
                        null,
                        400,
                        null),
                new Case("list id a word", "GET", "/clients/" + a + "?id=abc", null, 400, null),
                new Case("oversize create", "POST", "/clients/" + a, huge, 413, null),
                new Case("oversize bulk", "POST", "/clients/" + a + "/bulk", "[" + huge + "]", 413, null));

        Map<String, Long> before = counts();
        String anna = owner.get(one).body();
        for (Case c : cases) {
            var response = owner.send(c.method(), c.path(), c.body());
            assertThat(response.status())
                    .as(c.name() + ": " + abbreviate(response.body()))
                    .isEqualTo(c.status());
            assertThat(response.json().get("success").asBoolean()).as(c.name()).isFalse();
            assertThat(response.meta().get("message").asString()).as(c.name()).isNotBlank();
            if (c.field() != null) {
                assertThat(response.meta().get("errors").has(c.field()))
                        .as(c.name() + ": " + response.body())
                        .isTrue();
            }
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(owner.get(one).body()).isEqualTo(anna);
    }

    Map<String, Long> counts() {
        return Stream.of("clients", "activity_log", "client_category_links")
                .collect(java.util.stream.Collectors.toMap(t -> t, fixtures::count));
    }

    static String abbreviate(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300);
    }
}
