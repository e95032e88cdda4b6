package dev.kairos.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@KairosIT
class ClientSearchIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api owner;
    long anna;
    long bernd;
    long clara;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        owner = Api.at(port).as(tenant.owner());
        anna = create(
                tenant.locationA(),
                Map.of(
                        "name",
                        "Anna",
                        "surname",
                        "Schmidt",
                        "phone",
                        "+49 30 1000001",
                        "email",
                        "anna@example.de",
                        "card",
                        "K-77",
                        "spent",
                        50,
                        "discount",
                        5));
        bernd = create(
                tenant.locationA(),
                Map.of(
                        "name",
                        "Bernd",
                        "surname",
                        "Meier",
                        "phone",
                        "+49 30 1000002",
                        "email",
                        "bernd@example.org",
                        "spent",
                        150,
                        "discount",
                        20));
        clara = create(
                tenant.locationA(),
                Map.of(
                        "name",
                        "Clara",
                        "surname",
                        "Schmidt",
                        "phone",
                        "+7 916 123 45 67",
                        "email",
                        "clara@example.ru",
                        "spent",
                        300,
                        "discount",
                        10));
        create(
                tenant.locationB(),
                Map.of("name", "Anna", "surname", "Schmidt", "phone", "+1 212 555 0123", "spent", 100));
    }

    @Test
    void withoutFiltersEveryClientOfTheLocationIsFound() {
        assertThat(ids(search(Map.of()))).containsExactly(anna, bernd, clara);
        assertThat(ids(search(Map.of("filters", Map.of())))).containsExactly(anna, bernd, clara);
        assertThat(ids(search(Map.of("filters", List.of())))).containsExactly(anna, bernd, clara);
        assertThat(search(Map.of()).meta().get("total_count").asLong()).isEqualTo(3);
    }

    @Test
    void quickSearchMatchesNameSurnameEmailCardAndPhone() {
        assertThat(ids(search(quick("schmidt")))).containsExactly(anna, clara);
        assertThat(ids(search(quick("Anna Schmidt")))).containsExactly(anna);
        assertThat(ids(search(quick("EXAMPLE.ORG")))).containsExactly(bernd);
        assertThat(ids(search(quick("k-77")))).containsExactly(anna);
        assertThat(ids(search(quick("1000002")))).containsExactly(bernd);
        assertThat(ids(search(quick("030 1000001")))).containsExactly(anna);
        assertThat(ids(search(quick("8 916 123-45-67")))).isEmpty();
        assertThat(ids(search(quick("79161234567")))).containsExactly(clara);
        assertThat(ids(search(quick("%")))).isEmpty();
        assertThat(ids(search(quick("a_n")))).isEmpty();
        assertThat(ids(search(quick("nobody")))).isEmpty();
    }

    @Test
    void idAndSoldAmountFiltersExcludeTheRest() {
        assertThat(ids(search(filters(filter("id", Map.of("value", List.of(bernd, clara)))))))
                .containsExactly(bernd, clara);
        assertThat(ids(search(filters(filter("sold_amount", Map.of("from", 100, "to", 200))))))
                .containsExactly(bernd);
        assertThat(ids(search(filters(filter("sold_amount", Map.of("from", 100))))))
                .containsExactly(bernd, clara);
        assertThat(ids(search(filters(filter("sold_amount", Map.of("to", "50"))))))
                .containsExactly(anna);
    }

    @Test
    void operationJoinsFiltersWithAndOrOr() {
        Map<String, Object> idAnna = filter("id", Map.of("value", List.of(anna)));
        Map<String, Object> rich = filter("sold_amount", Map.of("from", 200));
        assertThat(ids(search(with(filters(idAnna, rich), "operation", "AND")))).isEmpty();
        assertThat(ids(search(filters(idAnna, rich)))).isEmpty();
        assertThat(ids(search(with(filters(idAnna, rich), "operation", "or")))).containsExactly(anna, clara);
    }

    @Test
    void unknownFilterTypesAreIgnored() {
        var response = search(filters(
                filter("record", Map.of("staff", Map.of("value", List.of(1)))),
                filter("quick_search", Map.of("value", "Bernd"))));
        assertThat(ids(response)).containsExactly(bernd);
    }

    @Test
    void fieldsSelectWhatIsReturned() {
        JsonNode first = search(Map.of("fields", List.of("name", "phone", "sold_amount", "no_such_field")))
                .data()
                .get(0);
        List<String> keys = new ArrayList<>();
        first.propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly("id", "name", "phone", "sold_amount");
        assertThat(first.get("phone").asString()).isEqualTo("+49301000001");
        assertThat(first.get("sold_amount").decimalValue()).isEqualByComparingTo("50");
    }

    @Test
    void ordersByTheDocumentedKeysInEitherDirection() {
        assertThat(ids(search(Map.of("order_by", "name", "order_by_direction", "desc"))))
                .containsExactly(clara, bernd, anna);
        assertThat(ids(search(Map.of("order_by", "sold_amount", "order_by_direction", "DESC"))))
                .containsExactly(clara, bernd, anna);
        assertThat(ids(search(Map.of("order_by", "discount", "order_by_direction", "Asc"))))
                .containsExactly(anna, clara, bernd);
        assertThat(ids(search(Map.of("order_by", "phone")))).containsExactly(anna, bernd, clara);
        assertThat(ids(search(Map.of("order_by", "email", "order_by_direction", "desc"))))
                .containsExactly(clara, bernd, anna);
        assertThat(ids(search(Map.of("order_by", "visits_count", "order_by_direction", "desc"))))
                .containsExactly(clara, bernd, anna);
        assertThat(ids(search(Map.of("order_by", "last_visit_date")))).containsExactly(anna, bernd, clara);
    }

    @Test
    void pagesCarryTheTrueTotal() {
        var second = search(Map.of("page", 2, "page_size", 2));
        assertThat(ids(second)).containsExactly(clara);
        assertThat(second.meta().get("total_count").asLong()).isEqualTo(3);
        assertThat(ids(search(Map.of("page", 1, "page_size", 2)))).containsExactly(anna, bernd);
        assertThat(ids(search(Map.of("page", 3, "page_size", 2)))).isEmpty();
        var filtered = search(with(quick("schmidt"), "page_size", 1));
        assertThat(filtered.data()).hasSize(1);
        assertThat(filtered.meta().get("total_count").asLong()).isEqualTo(2);
    }

    @Test
    void pageSizeIsCappedAt200AndDefaultsTo25() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 210; i++) {
            rows.add(Map.of("name", "Bulk " + i, "phone", "+49 30 2" + String.format("%06d", i)));
        }
        assertThat(owner.post("/clients/" + tenant.locationA() + "/bulk", rows)
                        .data()
                        .get("created"))
                .hasSize(210);
        assertThat(search(Map.of("page_size", 500)).data()).hasSize(200);
        assertThat(search(Map.of()).data()).hasSize(25);
        assertThat(search(Map.of()).meta().get("total_count").asLong()).isEqualTo(213);
    }

    @Test
    void theDeprecatedListFiltersByQueryParameters() {
        String list = "/clients/" + tenant.locationA();
        assertThat(ids(owner.get(list))).containsExactly(anna, bernd, clara);
        assertThat(ids(owner.get(list + "?fullname=schmidt%20anna"))).containsExactly(anna);
        assertThat(ids(owner.get(list + "?phone=%2B7%20916%20123%2045%2067"))).containsExactly(clara);
        assertThat(ids(owner.get(list + "?phone=1000002"))).containsExactly(bernd);
        assertThat(ids(owner.get(list + "?email=example.de"))).containsExactly(anna);
        assertThat(ids(owner.get(list + "?card=K-77"))).containsExactly(anna);
        assertThat(ids(owner.get(list + "?paid_min=100&paid_max=200"))).containsExactly(bernd);
        assertThat(ids(owner.get(list + "?id%5B0%5D=" + anna + "&id%5B1%5D=" + clara)))
                .containsExactly(anna, clara);
        assertThat(ids(owner.get(list + "?id=" + bernd))).containsExactly(bernd);
        assertThat(ids(owner.get(list + "?changed_after=2999-01-01"))).isEmpty();
        assertThat(ids(owner.get(list + "?changed_before=2000-01-01T00:00:00%2B0300")))
                .isEmpty();
        assertThat(ids(owner.get(list + "?changed_after=2000-01-01&changed_before=2999-01-01")))
                .containsExactly(anna, bernd, clara);
        assertThat(ids(owner.get("/locations/" + tenant.locationA() + "/clients?fullname=Bernd")))
                .containsExactly(bernd);
    }

    @Test
    void theDeprecatedListPages() {
        var page = owner.get("/clients/" + tenant.locationA() + "?page=2&count=2");
        assertThat(ids(page)).containsExactly(clara);
        assertThat(page.meta().get("page").asInt()).isEqualTo(2);
        assertThat(page.meta().get("total_count").asLong()).isEqualTo(3);
    }

    Api.Response search(Map<String, Object> body) {
        var response = owner.post("/company/" + tenant.locationA() + "/clients/search", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    static List<Long> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.data().forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    static Map<String, Object> quick(String text) {
        return filters(filter("quick_search", Map.of("value", text)));
    }

    static Map<String, Object> filter(String type, Object state) {
        return Map.of("type", type, "state", state);
    }

    @SafeVarargs
    static Map<String, Object> filters(Map<String, Object>... filters) {
        return Map.of("filters", List.of(filters));
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    long create(long location, Map<String, Object> body) {
        var response = owner.post("/clients/" + location, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data().get("id").asLong();
    }
}
