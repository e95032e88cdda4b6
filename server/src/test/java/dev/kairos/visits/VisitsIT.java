package dev.kairos.visits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.KeptMoney;
import dev.kairos.support.Tenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A visit of two appointments read, billed and settled over Altegio's visit endpoints. */
@KairosIT
class VisitsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    VisitFixtures things;
    Api adminA;
    VisitFixtures.Site site;
    long visit;
    long cut;
    long colour;
    long till;
    long card;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        things = new VisitFixtures(fixtures.db());
        adminA = Api.at(port).as(tenant.adminA());
        site = things.site(tenant.chainId(), tenant.locationA());
        visit = things.visit(site);
        cut = things.appointment(site, visit, 10, site.cut(), "50.00");
        colour = things.appointment(site, visit, 11, site.colour(), "80.00");
        till = things.account(site.location(), "Till", true);
        card = things.account(site.location(), "Card", false);
    }

    @Test
    void theVisitListsItsRecordsInStartOrder() {
        var response = adminA.get("/visits/" + visit);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode data = response.data();
        assertThat(data.get("id").asLong()).isEqualTo(visit);
        assertThat(data.get("attendance").asInt()).isZero();
        Instant start = LocalDate.now().plusDays(14).atTime(10, 0).toInstant(ZoneOffset.UTC);
        assertThat(data.get("datetime").asString())
                .as("the first record's start in Berlin")
                .isEqualTo(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx")
                        .format(start.atZone(ZoneId.of("Europe/Berlin"))));
        assertThat(data.get("records")).extracting(r -> r.get("id").asLong()).containsExactly(cut, colour);
        JsonNode first = data.get("records").get(0);
        assertThat(first.get("visit_id").asLong()).isEqualTo(visit);
        assertThat(first.get("services").get(0).get("title").asString()).isEqualTo("Haircut");
        assertThat(first.get("paid_full").asInt()).isZero();
        assertThat(first.get("finance_transactions")).isEmpty();
    }

    @Test
    void appointmentsBookedByStaffForOneClientOnOneDayShareTheVisit() {
        String day = LocalDate.now().plusDays(21).toString();
        Map<String, Object> client = Map.of("phone", "+49 30 5550101", "name", "Clara");
        long first = adminA.post(
                        "/records/" + site.location(),
                        Map.of(
                                "staff_id",
                                site.member(),
                                "datetime",
                                day + " 10:00:00",
                                "services",
                                List.of(Map.of("id", site.cut())),
                                "client",
                                client,
                                "save_if_busy",
                                true))
                .data()
                .get("id")
                .asLong();
        var second = adminA.post(
                "/records/" + site.location(),
                Map.of(
                        "staff_id",
                        site.member(),
                        "datetime",
                        day + " 12:00:00",
                        "services",
                        List.of(Map.of("id", site.colour())),
                        "client",
                        client,
                        "save_if_busy",
                        true));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        long shared = second.data().get("visit_id").asLong();

        JsonNode records = adminA.get("/visits/" + shared).data().get("records");
        assertThat(records)
                .extracting(r -> r.get("id").asLong())
                .containsExactly(first, second.data().get("id").asLong());
        var settled = adminA.put(
                "/visits/" + shared + "/" + first, Map.of("attendance", 1, "comment", "", "fast_payment", 1));
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        assertThat(settled.data().get("records"))
                .extracting(r ->
                        r.get("paid_full").asInt() + " " + r.get("attendance").asInt())
                .containsExactly("1 1", "1 1");
    }

    @Test
    void detailsBillEveryServiceLineAndPaymentOfTheVisit() {
        adminA.post(
                "/locations/" + site.location() + "/appointments/" + colour + "/payments",
                Map.of("account_id", card, "amount", 80));
        var response = adminA.get("/visit/details/" + site.location() + "/" + cut + "/" + visit);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode items = response.data().get("items");
        assertThat(items).extracting(i -> i.get("item_title").asString()).containsExactly("Haircut", "Colouring");
        assertThat(items.get(1).get("record_id").asLong()).isEqualTo(colour);
        assertThat(items.get(1).get("cost").asDouble()).isEqualTo(80.0);
        assertThat(items.get(1).get("master_id").asLong()).isEqualTo(site.member());
        assertThat(items.get(1).get("is_service").asBoolean()).isTrue();
        JsonNode paid = response.data().get("payment_transactions");
        assertThat(paid).hasSize(1);
        assertThat(paid.get(0).get("account").get("title").asString()).isEqualTo("Card");
        assertThat(response.data().get("loyalty_transactions")).isEmpty();
        assertThat(response.data().get("kkm_transaction_details_container").isObject())
                .isTrue();
    }

    @Test
    void settlingReplacesServicesTakesMoneyAndMarksArrival() {
        int version = things.versionOf(cut);
        var response = adminA.put(
                "/visits/" + visit + "/" + cut,
                Map.of(
                        "attendance",
                        1,
                        "comment",
                        "came early",
                        "services",
                        List.of(
                                Map.of("id", site.cut(), "first_cost", 60, "discount", 10),
                                Map.of("id", site.colour(), "cost", 15)),
                        "new_transactions",
                        List.of(Map.of("account_id", till, "amount", 40))));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.data().get("comment").asString()).isEqualTo("came early");
        assertThat(response.data().get("attendance").asInt()).isEqualTo(1);
        assertThat(things.statusOf(cut)).isEqualTo("arrived");
        assertThat(things.statusOf(colour)).isEqualTo("arrived");
        assertThat(things.versionOf(cut)).isGreaterThan(version);

        JsonNode items = adminA.get("/visit/details/" + site.location() + "/" + cut + "/" + visit)
                .data()
                .get("items");
        assertThat(items)
                .extracting(i -> i.get("record_id").asLong() + " "
                        + i.get("item_title").asString() + " " + i.get("cost").asDouble())
                .containsExactly(cut + " Haircut 54.0", cut + " Colouring 15.0", colour + " Colouring 80.0");
        assertThat(items.get(1).get("first_cost").asDouble())
                .as("the list price")
                .isEqualTo(80.0);
        assertThat(KeptMoney.of(fixtures.db(), cut)).isEqualTo("69.00 paid 40.00");
        var left = adminA.post(
                "/locations/" + site.location() + "/appointments/" + cut + "/payments",
                Map.of("account_id", till, "amount", -40.01));
        assertThat(left.status()).as("40 was paid for the haircut").isEqualTo(422);
    }

    @Test
    void fastPaymentPaysWhatIsOutstandingIntoTheFirstAccountOfTheKind() {
        adminA.post(
                "/locations/" + site.location() + "/appointments/" + cut + "/payments",
                Map.of("account_id", till, "amount", 20));
        var response =
                adminA.put("/visits/" + visit + "/" + cut, Map.of("attendance", 1, "comment", "", "fast_payment", 2));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode paid = adminA.get("/visit/details/" + site.location() + "/" + cut + "/" + visit)
                .data()
                .get("payment_transactions");
        assertThat(paid)
                .extracting(p -> p.get("record_id").asLong() + " "
                        + p.get("account_id").asLong() + " " + p.get("amount").asDouble())
                .containsExactly(cut + " " + till + " 20.0", cut + " " + card + " 30.0", colour + " " + card + " 80.0");

        var again =
                adminA.put("/visits/" + visit + "/" + cut, Map.of("attendance", 1, "comment", "", "fast_payment", 1));
        assertThat(again.status()).isEqualTo(200);
        assertThat(things.count("payment_transactions", site.location()))
                .as("nothing left to pay")
                .isEqualTo(3);
        assertThat(again.data().get("records"))
                .extracting(r -> r.get("paid_full").asInt())
                .containsExactly(1, 1);
        assertThat(KeptMoney.of(fixtures.db(), cut)).isEqualTo("50.00 paid 50.00");
        assertThat(KeptMoney.of(fixtures.db(), colour)).isEqualTo("80.00 paid 80.00");
    }

    @Test
    void fastPaymentNeedsAnAccountOfTheKind() {
        fixtures.db()
                .sql("update accounts set deleted = true where id = :id")
                .param("id", card)
                .update();
        var refused =
                adminA.put("/visits/" + visit + "/" + cut, Map.of("attendance", 1, "comment", "", "fast_payment", 2));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.meta().get("errors").has("fast_payment")).isTrue();
        assertThat(things.statusOf(cut)).isEqualTo("confirmed");
    }

    @Test
    void deletedTransactionsStopCountingAndRefundsGoFirst() {
        String pay = "/locations/" + site.location() + "/appointments/" + cut + "/payments";
        long payment = adminA.post(pay, Map.of("account_id", till, "amount", 50))
                .data()
                .get("id")
                .asLong();
        long refund = adminA.post(pay, Map.of("account_id", till, "amount", -5))
                .data()
                .get("id")
                .asLong();
        var response = adminA.put(
                "/visits/" + visit + "/" + cut,
                Map.of("attendance", 0, "comment", "", "deleted_transaction_ids", List.of(payment, refund)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(adminA.get(pay).data())
                .extracting(p -> p.get("deleted").asBoolean())
                .containsExactly(true, true);
        assertThat(KeptMoney.of(fixtures.db(), cut)).isEqualTo("50.00 paid 0.00");
    }

    @Test
    void anIllegalAttendanceChangeIsRefusedAndChangesNothing() {
        assertThat(adminA.put("/visits/" + visit + "/" + cut, Map.of("attendance", 1, "comment", "here"))
                        .status())
                .isEqualTo(200);
        var completed =
                adminA.post("/locations/" + site.location() + "/appointments/" + colour + "/complete", Map.of());
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        var refused = adminA.put(
                "/visits/" + visit + "/" + cut,
                Map.of(
                        "attendance",
                        -1,
                        "comment",
                        "gone",
                        "new_transactions",
                        List.of(Map.of("account_id", till, "amount", 10))));
        assertThat(refused.status())
                .as("a completed appointment can't become a no-show: " + refused.body())
                .isEqualTo(409);
        assertThat(refused.json().get("success").asBoolean()).isFalse();
        assertThat(refused.meta().get("message").asString()).contains("completed");
        assertThat(things.statusOf(cut))
                .as("the first record's change is rolled back")
                .isEqualTo("arrived");
        assertThat(things.statusOf(colour)).isEqualTo("completed");
        assertThat(adminA.get("/visits/" + visit).data().get("comment").asString())
                .isEqualTo("here");
        assertThat(things.count("payment_transactions", site.location())).isZero();
    }

    @Test
    void aCancelledRecordKeepsItsStatusAndLeavesTheVisitAttendance() {
        things.status(colour, "cancelled");
        var response = adminA.put("/visits/" + visit + "/" + cut, Map.of("attendance", -1, "comment", ""));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.data().get("attendance").asInt()).isEqualTo(-1);
        assertThat(things.statusOf(colour)).isEqualTo("cancelled");
    }

    @Test
    void visitAndRecordMustBelongTogether() {
        long otherVisit = things.visit(site);
        long stranger = things.appointment(site, otherVisit, 13, site.cut(), "50.00");
        assertThat(adminA.put("/visits/" + visit + "/" + stranger, Map.of("attendance", 1, "comment", ""))
                        .status())
                .isEqualTo(404);
        assertThat(adminA.get("/visit/details/" + site.location() + "/" + stranger + "/" + visit)
                        .status())
                .isEqualTo(404);
        assertThat(adminA.get("/visit/details/" + tenant.locationB() + "/" + cut + "/" + visit)
                        .status())
                .isIn(403, 404);
        assertThat(adminA.get("/visits/999999999").status()).isEqualTo(404);
        assertThat(things.statusOf(stranger)).isEqualTo("confirmed");
    }

    @Test
    void anotherLocationsVisitsAreForbidden() {
        VisitFixtures.Site b = things.site(tenant.chainId(), tenant.locationB());
        long bVisit = things.visit(b);
        long bRecord = things.appointment(b, bVisit, 10, b.cut(), "50.00");
        things.account(b.location(), "B card", false);
        assertThat(adminA.get("/visits/" + bVisit).status()).isEqualTo(403);
        assertThat(adminA.get("/visit/details/" + b.location() + "/" + bRecord + "/" + bVisit)
                        .status())
                .isEqualTo(403);
        var put = adminA.put(
                "/visits/" + bVisit + "/" + bRecord, Map.of("attendance", 1, "comment", "x", "fast_payment", 2));
        assertThat(put.status()).isEqualTo(403);
        assertThat(put.meta().get("message").asString()).isEqualTo("Access denied.");
        assertThat(things.statusOf(bRecord)).isEqualTo("confirmed");
        assertThat(things.count("payment_transactions", b.location())).isZero();
        assertThat(Api.at(port).as(tenant.owner()).get("/visits/" + bVisit).status())
                .isEqualTo(200);
    }

    @Test
    void theViewerReadsVisitsButMayNotSettleThem() {
        Api viewer = Api.at(port).as(tenant.viewerA());
        assertThat(viewer.get("/visits/" + visit).status()).isEqualTo(200);
        assertThat(viewer.get("/visit/details/" + site.location() + "/" + cut + "/" + visit)
                        .status())
                .isEqualTo(200);
        assertThat(viewer.put("/visits/" + visit + "/" + cut, Map.of("attendance", 1, "comment", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port).as(tenant.partnerOnly()).get("/visits/" + visit).status())
                .isEqualTo(401);
        assertThat(things.statusOf(cut)).isEqualTo("confirmed");
    }
}
