package dev.kairos.visits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.auth.Right;
import dev.kairos.support.Api;
import dev.kairos.support.Concurrently;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.KeptMoney;
import dev.kairos.support.Tenant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Payments and refunds per appointment: the money rules, soft deletion, the log, rights and isolation. */
@KairosIT
class PaymentsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    VisitFixtures things;
    Api adminA;
    VisitFixtures.Site site;
    long record;
    long till;
    String payments;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        things = new VisitFixtures(fixtures.db());
        adminA = Api.at(port).as(tenant.adminA());
        site = things.site(tenant.chainId(), tenant.locationA());
        record = things.appointment(site, things.visit(site), 10, site.cut(), "50.00");
        till = things.account(site.location(), "Till", true);
        payments = "/locations/" + site.location() + "/appointments/" + record + "/payments";
    }

    @Test
    void moneyIsReceivedRefundedAndDeletedButStaysReadable() {
        var paid = adminA.post(payments, Map.of("account_id", till, "amount", 30, "comment", "deposit"));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.data().get("amount").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(paid.data().get("record_id").asLong()).isEqualTo(record);
        assertThat(paid.data().get("client_id").asLong()).isEqualTo(site.client());
        assertThat(paid.data().get("account").get("title").asString()).isEqualTo("Till");
        long rest = adminA.post(payments, Map.of("account_id", till, "amount", "20.00"))
                .data()
                .get("id")
                .asLong();
        var refund = adminA.post(payments, Map.of("account_id", till, "amount", -12.5));
        assertThat(refund.status()).isEqualTo(201);
        assertThat(KeptMoney.of(fixtures.db(), record)).isEqualTo("50.00 paid 37.50");

        var tooMuch = adminA.post(payments, Map.of("account_id", till, "amount", -37.51));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.meta().get("errors").get("amount").get(0).asString()).contains("37.50");

        var deleted = adminA.delete("/locations/" + site.location() + "/payments/" + rest);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.data().get("deleted").asBoolean()).isTrue();
        assertThat(adminA.delete("/locations/" + site.location() + "/payments/" + rest)
                        .status())
                .as("twice")
                .isEqualTo(404);

        JsonNode list = adminA.get(payments).data();
        assertThat(list).extracting(p -> p.get("amount").asDouble()).containsExactly(30.0, 20.0, -12.5);
        assertThat(list).extracting(p -> p.get("deleted").asBoolean()).containsExactly(false, true, false);
        assertThat(adminA.post(payments, Map.of("account_id", till, "amount", -17.51))
                        .status())
                .as("only 17.50 counts now")
                .isEqualTo(422);
        assertThat(adminA.post(payments, Map.of("account_id", till, "amount", -17.50))
                        .status())
                .isEqualTo(201);
        assertThat(KeptMoney.of(fixtures.db(), record))
                .as("20 deleted, 17.50 refunded")
                .isEqualTo("50.00 paid 0.00");
        assertThat(fixtures.db()
                        .sql("select count(*) from activity_log where entity = 'payment' and location_id = :l")
                        .param("l", site.location())
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void paidFullFlipsWhenFullyPaidAndBackAfterARefundOrADeletion() {
        assertThat(paymentState()).isEqualTo("0 not_paid 0");
        adminA.post(payments, Map.of("account_id", till, "amount", 30));
        assertThat(paymentState()).isEqualTo("0 partially_paid 1");
        long rest = adminA.post(payments, Map.of("account_id", till, "amount", 20))
                .data()
                .get("id")
                .asLong();
        assertThat(paymentState()).isEqualTo("1 paid_full 2");
        long refund = adminA.post(payments, Map.of("account_id", till, "amount", -0.01))
                .data()
                .get("id")
                .asLong();
        assertThat(paymentState()).isEqualTo("0 partially_paid 3");
        adminA.delete("/locations/" + site.location() + "/payments/" + refund);
        assertThat(paymentState()).isEqualTo("1 paid_full 2");
        adminA.delete("/locations/" + site.location() + "/payments/" + rest);
        assertThat(paymentState()).as("a deleted payment no longer counts").isEqualTo("0 partially_paid 1");
    }

    /** The record's {@code paid_full}, {@code payment_status} and how many finance transactions it lists. */
    private String paymentState() {
        JsonNode r = adminA.get("/record/" + site.location() + "/" + record + "?include_finance_transactions=1")
                .data();
        return r.get("paid_full").asInt() + " " + r.get("payment_status").asString() + " "
                + r.get("finance_transactions").size();
    }

    @Test
    void concurrentRefundsNeverGiveBackMoreThanWasPaid() throws Exception {
        adminA.post(payments, Map.of("account_id", till, "amount", 50));
        List<Integer> statuses =
                Concurrently.run(10, i -> adminA.post(payments, Map.of("account_id", till, "amount", -10))
                        .status());
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(5);
        assertThat(fixtures.db()
                        .sql("select sum(amount) from payment_transactions where appointment_id = :id and not deleted")
                        .param("id", record)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("0");
    }

    @Test
    void deletingAPaymentMayNotLeaveMoreRefundedThanPaid() {
        long payment = adminA.post(payments, Map.of("account_id", till, "amount", 50))
                .data()
                .get("id")
                .asLong();
        adminA.post(payments, Map.of("account_id", till, "amount", -10));
        var refused = adminA.delete("/locations/" + site.location() + "/payments/" + payment);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(adminA.get(payments).data())
                .extracting(p -> p.get("deleted").asBoolean())
                .containsExactly(false, false);
    }

    @Test
    void aCancelledAppointmentTakesRefundsOnly() {
        adminA.post(payments, Map.of("account_id", till, "amount", 50));
        things.status(record, "cancelled");
        var refused = adminA.post(payments, Map.of("account_id", till, "amount", 10));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.meta().get("errors").get("amount").get(0).asString()).contains("cancelled");
        assertThat(adminA.post(payments, Map.of("account_id", till, "amount", -50))
                        .status())
                .isEqualTo(201);
        things.status(record, "rejected");
        assertThat(adminA.post(payments, Map.of("account_id", till, "amount", 1))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void theAccountMustBeALiveAccountOfTheLocation() {
        long bTill = things.account(tenant.locationB(), "B till", true);
        long gone = things.account(site.location(), "Old till", true);
        fixtures.db()
                .sql("update accounts set deleted = true where id = :id")
                .param("id", gone)
                .update();
        for (long account : new long[] {bTill, gone, 999_999_999L}) {
            var refused = adminA.post(payments, Map.of("account_id", account, "amount", 10));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.meta().get("errors").has("account_id")).isTrue();
        }
        assertThat(things.count("payment_transactions", site.location())).isZero();
    }

    @Test
    void theViewerReadsPaymentsButMayNotTakeOrDeleteThem() {
        Api viewer = Api.at(port).as(tenant.viewerA());
        long payment = adminA.post(payments, Map.of("account_id", till, "amount", 10))
                .data()
                .get("id")
                .asLong();
        assertThat(viewer.get(payments).status()).isEqualTo(200);
        assertThat(viewer.post(payments, Map.of("account_id", till, "amount", 10))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.delete("/locations/" + site.location() + "/payments/" + payment)
                        .status())
                .isEqualTo(403);
        assertThat(adminA.get(payments).data()).hasSize(1);

        // Seeing money is a right of its own: viewing appointments alone does not give it.
        Api clerk = Api.at(port).as(fixtures.user(tenant, site.location(), Right.VIEW_RECORDS));
        assertThat(clerk.get(payments).status()).isEqualTo(403);
        assertThat(clerk.get("/locations/" + site.location() + "/accounts").status())
                .isEqualTo(403);
        assertThat(adminA.get(payments).data().get(0).get("deleted").asBoolean())
                .isFalse();
    }

    @Test
    void anotherLocationsPaymentsStayApart() {
        VisitFixtures.Site b = things.site(tenant.chainId(), tenant.locationB());
        long bRecord = things.appointment(b, things.visit(b), 10, b.cut(), "50.00");
        long bTill = things.account(b.location(), "B till", true);
        Api owner = Api.at(port).as(tenant.owner());
        String bPayments = "/locations/" + b.location() + "/appointments/" + bRecord + "/payments";
        long bPayment = owner.post(bPayments, Map.of("account_id", bTill, "amount", 10))
                .data()
                .get("id")
                .asLong();

        assertThat(adminA.get(bPayments).status()).isEqualTo(403);
        assertThat(adminA.post(bPayments, Map.of("account_id", bTill, "amount", 10))
                        .status())
                .isEqualTo(403);
        assertThat(adminA.delete("/locations/" + b.location() + "/payments/" + bPayment)
                        .status())
                .isEqualTo(403);
        String bRecordUnderA = "/locations/" + site.location() + "/appointments/" + bRecord + "/payments";
        assertThat(adminA.get(bRecordUnderA).status()).isEqualTo(404);
        assertThat(adminA.post(bRecordUnderA, Map.of("account_id", till, "amount", 10))
                        .status())
                .isEqualTo(404);
        assertThat(adminA.delete("/locations/" + site.location() + "/payments/" + bPayment)
                        .status())
                .isEqualTo(404);
        assertThat(owner.get(bPayments).data()).hasSize(1);
        assertThat(owner.get(bPayments).data().get(0).get("deleted").asBoolean())
                .isFalse();
    }
}
