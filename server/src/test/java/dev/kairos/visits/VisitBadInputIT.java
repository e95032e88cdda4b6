package dev.kairos.visits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every malformed, mistyped, unknown or foreign input to accounts, payments and visits: a 4xx envelope, nothing changed. */
@KairosIT
class VisitBadInputIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    VisitFixtures things;
    Api owner;
    VisitFixtures.Site site;
    long visit;
    long record;
    long till;
    long payment;

    record Case(String name, String method, String path, Object body, int status, String field) {}

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        things = new VisitFixtures(fixtures.db());
        owner = Api.at(port).as(tenant.owner());
        site = things.site(tenant.chainId(), tenant.locationA());
        visit = things.visit(site);
        record = things.appointment(site, visit, 10, site.cut(), "50.00");
        till = things.account(site.location(), "Till", true);
        payment = owner.post(pay(), Map.of("account_id", till, "amount", 20))
                .data()
                .get("id")
                .asLong();
    }

    @Test
    void everyBadRequestIsRefusedInTheEnvelopeAndChangesNothing() {
        long a = site.location();
        VisitFixtures.Site b = things.site(tenant.chainId(), tenant.locationB());
        long bTill = things.account(b.location(), "B till", true);
        long bService = b.cut();
        String accounts = "/locations/" + a + "/accounts";
        String settle = "/visits/" + visit + "/" + record;
        String huge = "{\"title\":\"" + "x".repeat(1_100_000) + "\"}";
        List<Case> cases = List.of(
                new Case("malformed account", "POST", "/accounts/" + a, "{\"title\": ", 400, null),
                new Case("account title an object", "POST", accounts, Map.of("title", Map.of("x", 1)), 400, null),
                new Case("account type a word", "POST", accounts, Map.of("title", "T", "type", "cash"), 400, null),
                new Case("account type 3", "POST", accounts, Map.of("title", "T", "type", 3), 422, "type"),
                new Case("account without title", "POST", accounts, Map.of("type", 1), 422, "title"),
                new Case("account blank title", "PUT", accounts + "/" + till, Map.of("title", " "), 422, "title"),
                new Case("account title too long", "POST", accounts, Map.of("title", "x".repeat(201)), 422, "title"),
                new Case("unknown account", "PUT", accounts + "/999999999", Map.of("title", "T"), 404, null),
                new Case("account id a word", "GET", accounts + "/abc", null, 400, null),
                new Case("oversize account", "POST", accounts, huge, 413, null),
                new Case("malformed payment", "POST", pay(), "{\"amount\": 1,", 400, null),
                new Case("amount a word", "POST", pay(), Map.of("account_id", till, "amount", "lots"), 400, null),
                new Case("amount an object", "POST", pay(), Map.of("account_id", till, "amount", Map.of()), 400, null),
                new Case("account_id a word", "POST", pay(), Map.of("account_id", "till", "amount", 1), 400, null),
                new Case(
                        "amount three decimals",
                        "POST",
                        pay(),
                        Map.of("account_id", till, "amount", 10.005),
                        422,
                        "amount"),
                new Case("amount zero", "POST", pay(), Map.of("account_id", till, "amount", 0), 422, "amount"),
                new Case("amount missing", "POST", pay(), Map.of("account_id", till), 422, "amount"),
                new Case("amount too large", "POST", pay(), Map.of("account_id", till, "amount", 1e12), 422, "amount"),
                new Case("account missing", "POST", pay(), Map.of("amount", 1), 422, "account_id"),
                new Case("foreign account", "POST", pay(), Map.of("account_id", bTill, "amount", 1), 422, "account_id"),
                new Case(
                        "refund beyond paid",
                        "POST",
                        pay(),
                        Map.of("account_id", till, "amount", -20.01),
                        422,
                        "amount"),
                new Case(
                        "unknown record",
                        "POST",
                        "/locations/" + a + "/appointments/999999999/payments",
                        Map.of("account_id", till, "amount", 1),
                        404,
                        null),
                new Case("unknown payment", "DELETE", "/locations/" + a + "/payments/999999999", null, 404, null),
                new Case("payment id a word", "DELETE", "/locations/" + a + "/payments/first", null, 400, null),
                new Case("malformed visit", "PUT", settle, "{attendance: 1}", 400, null),
                new Case("attendance a word", "PUT", settle, Map.of("attendance", "arrived", "comment", ""), 400, null),
                new Case("attendance missing", "PUT", settle, Map.of("comment", ""), 422, "attendance"),
                new Case("attendance 3", "PUT", settle, Map.of("attendance", 3, "comment", ""), 422, "attendance"),
                new Case("comment missing", "PUT", settle, Map.of("attendance", 1), 422, "comment"),
                new Case("services not a list", "PUT", settle, body("services", "all"), 400, null),
                new Case(
                        "service without id",
                        "PUT",
                        settle,
                        body("services", List.of(Map.of("cost", 1))),
                        422,
                        "services[0].id"),
                new Case(
                        "unknown service",
                        "PUT",
                        settle,
                        body("services", List.of(Map.of("id", 999_999_999L))),
                        422,
                        "services[0].id"),
                new Case(
                        "foreign service",
                        "PUT",
                        settle,
                        body("services", List.of(Map.of("id", bService))),
                        422,
                        "services[0].id"),
                new Case(
                        "negative cost",
                        "PUT",
                        settle,
                        body("services", List.of(Map.of("id", site.cut(), "cost", -1))),
                        422,
                        "services[0].cost"),
                new Case(
                        "discount over 100",
                        "PUT",
                        settle,
                        body("services", List.of(Map.of("id", site.cut(), "discount", 101))),
                        422,
                        "services[0].discount"),
                new Case(
                        "cost three decimals",
                        "PUT",
                        settle,
                        body("services", List.of(Map.of("id", site.cut(), "first_cost", 1.001))),
                        422,
                        "services[0].first_cost"),
                new Case(
                        "amount zero units",
                        "PUT",
                        settle,
                        body("services", List.of(Map.of("id", site.cut(), "amount", 0))),
                        422,
                        "services[0].amount"),
                new Case(
                        "transaction amount a word",
                        "PUT",
                        settle,
                        body("new_transactions", List.of(Map.of("account_id", till, "amount", "x"))),
                        400,
                        null),
                new Case(
                        "transaction without account",
                        "PUT",
                        settle,
                        body("new_transactions", List.of(Map.of("amount", 5))),
                        422,
                        "new_transactions[0].account_id"),
                new Case(
                        "transaction foreign account",
                        "PUT",
                        settle,
                        body("new_transactions", List.of(Map.of("account_id", bTill, "amount", 5))),
                        422,
                        "account_id"),
                new Case(
                        "transaction refund beyond paid",
                        "PUT",
                        settle,
                        body("new_transactions", List.of(Map.of("account_id", till, "amount", -25))),
                        422,
                        "amount"),
                new Case(
                        "delete unknown transaction",
                        "PUT",
                        settle,
                        body("deleted_transaction_ids", List.of(999_999_999L)),
                        422,
                        "deleted_transaction_ids"),
                new Case(
                        "delete ids not numbers",
                        "PUT",
                        settle,
                        body("deleted_transaction_ids", List.of("first")),
                        400,
                        null),
                new Case("fast payment 7", "PUT", settle, body("fast_payment", 7), 422, "fast_payment"),
                new Case(
                        "fast payment without card account",
                        "PUT",
                        settle,
                        body("fast_payment", 2),
                        422,
                        "fast_payment"),
                new Case("unknown visit", "PUT", "/visits/999999999/" + record, body("comment", "x"), 404, null),
                new Case("visit id a word", "GET", "/visits/abc", null, 400, null),
                new Case(
                        "details of a foreign location",
                        "GET",
                        "/visit/details/999999999/" + record + "/" + visit,
                        null,
                        404,
                        null),
                new Case(
                        "oversize visit",
                        "PUT",
                        settle,
                        "{\"attendance\":1,\"comment\":\"" + "x".repeat(1_100_000) + "\"}",
                        413,
                        null));

        Map<String, Long> before = counts();
        String visitBefore = owner.get("/visits/" + visit).body();
        String detailsBefore = owner.get("/visit/details/" + site.location() + "/" + record + "/" + visit)
                .body();
        for (Case c : cases) {
            var response = owner.send(c.method(), c.path(), c.body());
            assertThat(response.status())
                    .as(c.name() + ": " + abbreviate(response.body()))
                    .isEqualTo(c.status());
            assertThat(response.json().get("success").asBoolean()).as(c.name()).isFalse();
            assertThat(response.json().get("data").isNull()).as(c.name()).isTrue();
            assertThat(response.meta().get("message").asString()).as(c.name()).isNotBlank();
            if (c.field() != null) {
                assertThat(response.meta().get("errors").has(c.field()))
                        .as(c.name() + ": " + response.body())
                        .isTrue();
            }
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(owner.get("/visits/" + visit).body()).isEqualTo(visitBefore);
        assertThat(owner.get("/visit/details/" + site.location() + "/" + record + "/" + visit)
                        .body())
                .isEqualTo(detailsBefore);
        assertThat(things.versionOf(record)).isZero();
        assertThat(owner.get(pay()).data().get(0).get("id").asLong()).isEqualTo(payment);
    }

    private String pay() {
        return "/locations/" + site.location() + "/appointments/" + record + "/payments";
    }

    /** A valid settle body with one field changed. */
    private static Map<String, Object> body(String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("attendance", 1, "comment", "settled"));
        body.put(field, value);
        return body;
    }

    Map<String, Long> counts() {
        return Stream.of("accounts", "payment_transactions", "appointment_services", "activity_log", "visits")
                .collect(Collectors.toMap(t -> t, fixtures::count));
    }

    static String abbreviate(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300);
    }
}
