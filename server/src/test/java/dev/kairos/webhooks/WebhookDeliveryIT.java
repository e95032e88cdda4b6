package dev.kairos.webhooks;

import static dev.kairos.webhooks.Receiver.about;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * WebhookDeliveries end to end against a real receiver: signed bodies with the GET API's object, retries
 * with backoff on 5xx and none on 4xx, per-URL order, redelivery, secret rotation, refused
 * addresses, and nothing for a change that rolled back.
 */
@KairosIT
class WebhookDeliveryIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    dev.kairos.audit.ActivityLog activity;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    Hooked hooked;

    @BeforeEach
    void setUp() {
        hooked = new Hooked(port, fixtures);
    }

    @AfterEach
    void tearDown() {
        hooked.close();
    }

    @Test
    void aNewClientArrivesSignedWithTheApisObject() {
        long client = createClient("Maria", "+4915112345670");

        Receiver.Received got = hooked.receiver.awaitOne(about("client", client, "create"));

        assertThat(got.signedWith(hooked.secret)).as(got.toString()).isTrue();
        assertThat(got.id()).startsWith("msg_");
        assertThat(Long.parseLong(got.timestamp())).isPositive();
        assertThat(got.authorization()).isNull();
        JsonNode body = got.json();
        assertThat(body.get("company_id").asLong()).isEqualTo(hooked.location);
        JsonNode shown =
                hooked.admin.get("/client/" + hooked.location + "/" + client).data();
        assertThat(got.data()).isEqualTo(shown);
    }

    @Test
    void theSharedBearerTokenIsSentWhenSetAndKeptWhenLeftOut() {
        hooked.configure(Map.of("bearer_token", "s3cr3t-token"));
        hooked.configure(Map.of());
        assertThat(hooked.admin
                        .get("/hooks_settings/" + hooked.location)
                        .data()
                        .get("bearer_token_set")
                        .asBoolean())
                .isTrue();
        long client = createClient("Jon", "+4915112345671");

        assertThat(hooked.receiver.awaitOne(about("client", client, "create")).authorization())
                .isEqualTo("Bearer s3cr3t-token");
    }

    @Test
    void fiveHundredThreeTimesThenOkIsTriedFourTimesAndThenNoMore() throws Exception {
        hooked.receiver.answerInTurn(500, 503, 502);
        long client = createClient("Rita", "+4915112345672");

        List<Receiver.Received> tries = hooked.receiver.await(about("client", client, "create"), 4);
        Thread.sleep(3000);

        assertThat(hooked.receiver.received(about("client", client, "create"))).hasSize(4);
        assertThat(tries)
                .extracting(Receiver.Received::id)
                .containsOnly(tries.get(0).id());
        assertThat(tries)
                .allSatisfy(t -> assertThat(t.signedWith(hooked.secret)).isTrue());
        JsonNode log = deliveries("?resource=client&resource_id=" + client).get(0);
        assertThat(log.get("state").asString()).isEqualTo("delivered");
        assertThat(log.get("attempts").asInt()).isEqualTo(4);
        assertThat(log.get("response_status").asInt()).isEqualTo(200);
    }

    @Test
    void aFourHundredIsNotTriedAgain() throws Exception {
        hooked.receiver.answerInTurn(400);
        long client = createClient("Olga", "+4915112345673");

        hooked.receiver.awaitOne(about("client", client, "create"));
        Thread.sleep(3000);

        assertThat(hooked.receiver.received(about("client", client, "create"))).hasSize(1);
        JsonNode log = deliveries("?resource=client&resource_id=" + client).get(0);
        assertThat(log.get("state").asString()).isEqualTo("failed");
        assertThat(log.get("response_status").asInt()).isEqualTo(400);
        assertThat(log.get("error").asString()).isEqualTo("HTTP 400");
    }

    @Test
    void aLaterChangeOfAResourceNeverOvertakesAnEarlierOne() {
        // The create fails four times, waiting longer after each; its updates are due all the while.
        int[] creates = {0};
        hooked.receiver.answerBy(r -> r.status().equals("create") && creates[0]++ < 4 ? 500 : 200);
        long client = createClient("Ivan", "+4915112345674");
        for (int i = 1; i <= 3; i++) {
            assertThat(hooked.admin
                            .put(
                                    "/client/" + hooked.location + "/" + client,
                                    Map.of("name", "Ivan " + i, "phone", "+4915112345674"))
                            .status())
                    .isEqualTo(200);
        }

        hooked.receiver.await(about("client", client, "update"), 3);

        List<Receiver.Received> arrivals = hooked.receiver.received(r -> r.resourceId() == client);
        assertThat(arrivals.stream().filter(r -> r.status().equals("create"))).hasSize(5);
        assertThat(arrivals.stream().map(r -> deliveryOf(r.id())).toList())
                .as("once a later change arrived, no earlier one arrives again")
                .isSorted();
    }

    @Test
    void aRedeliverySendsTheSameMessageAgainSignedWithTheCurrentSecret() {
        long client = createClient("Pia", "+4915112345675");
        Receiver.Received first = hooked.receiver.awaitOne(about("client", client, "create"));
        long delivery = deliveries("?resource=client&resource_id=" + client)
                .get(0)
                .get("id")
                .asLong();
        String oldSecret = hooked.secret;
        String newSecret = hooked.rotate();

        var again = hooked.admin.post(
                "/locations/" + hooked.location + "/webhook_deliveries/" + delivery + "/redeliver", Map.of());

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.data().get("redelivery_of").asLong()).isEqualTo(delivery);
        Receiver.Received second =
                hooked.receiver.await(about("client", client, "create"), 2).get(1);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.signedWith(oldSecret)).isTrue();
        assertThat(second.signedWith(newSecret)).isTrue();
        assertThat(second.signedWith(oldSecret))
                .as("the old secret no longer verifies")
                .isFalse();
    }

    @Test
    void aPendingDeliveryIsNotRedeliveredAndAnUnknownOneIsNotFound() {
        hooked.receiver.answer(() -> 500);
        long client = createClient("Lea", "+4915112345676");
        hooked.receiver.awaitOne(about("client", client, "create"));
        long delivery = deliveries("?resource=client&resource_id=" + client)
                .get(0)
                .get("id")
                .asLong();
        String path = "/locations/" + hooked.location + "/webhook_deliveries/";

        assertThat(hooked.admin.post(path + delivery + "/redeliver", Map.of()).status())
                .isEqualTo(409);
        assertThat(hooked.admin
                        .post(path + (delivery + 1_000_000) + "/redeliver", Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anAddressInsideTheNetworkIsRefusedAtDeliveryWithoutATry() throws Exception {
        // The API refuses such a URL; one stored before the rule (or by hand) is refused when sending.
        fixtures.db()
                .sql(
                        "update webhook_settings set urls = urls || array['https://10.20.30.40/hooks'] where location_id = :l")
                .param("l", hooked.location)
                .update();
        long client = createClient("Ada", "+4915112345677");

        hooked.receiver.awaitOne(about("client", client, "create"));
        JsonNode refused = waitForState("?url=https://10.20.30.40/hooks&resource_id=" + client, "failed");

        assertThat(refused.get("error").asString()).contains("private or link-local");
        assertThat(refused.get("response_status").isNull()).isTrue();
    }

    @Test
    void aChangeThatRollsBackSendsNothing() throws Exception {
        long account = hooked.admin
                .post("/accounts/" + hooked.location, Map.of("title", "Till", "type", 1))
                .data()
                .get("id")
                .asLong();
        long member = hooked.booking.member(hooked.location, "Anna");
        long cut = hooked.booking.service(hooked.location, "Cut", 60, member);
        var record = hooked.admin.post(
                "/records/" + hooked.location,
                Map.of(
                        "staff_id",
                        member,
                        "services",
                        List.of(Map.of("id", cut)),
                        "datetime",
                        dev.kairos.booking.BookingFixtures.nextTuesday() + " 10:00:00",
                        "client",
                        Map.of("phone", "+4915112345678", "name", "Tom")));
        assertThat(record.status()).as(record.toString()).isEqualTo(201);
        long recordId = record.data().get("id").asLong();
        long visit = record.data().get("visit_id").asLong();
        long payment = hooked.admin
                .post(
                        "/locations/" + hooked.location + "/appointments/" + recordId + "/payments",
                        Map.of("account_id", account, "amount", 50))
                .data()
                .get("id")
                .asLong();
        hooked.receiver.awaitOne(about("finances_operation", payment, "create"));

        // Deleting the payment is logged, then the refund after it is refused: all of it rolls back.
        var refused = hooked.admin.put(
                "/visits/" + visit + "/" + recordId,
                Map.of(
                        "attendance",
                        0,
                        "comment",
                        "",
                        "deleted_transaction_ids",
                        List.of(payment),
                        "new_transactions",
                        List.of(Map.of("account_id", account, "amount", -10))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        long marker = createClient("After", "+4915112345679");
        hooked.receiver.awaitOne(about("client", marker, "create"));

        assertThat(hooked.receiver.received(about("finances_operation", payment, "delete")))
                .isEmpty();
        assertThat(fixtures.db()
                        .sql(
                                "select count(*) from webhook_events where location_id = :l and resource = 'finances_operation'"
                                        + " and status = 'delete'")
                        .param("l", hooked.location)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void oneTransactionTellsOfAResourceOnce() {
        long member = hooked.booking.member(hooked.location, "Anna");
        long cut = hooked.booking.service(hooked.location, "Cut", 60, member);
        Map<String, Object> record = Map.of(
                "staff_id",
                member,
                "services",
                List.of(Map.of("id", cut)),
                "datetime",
                dev.kairos.booking.BookingFixtures.nextTuesday() + " 11:00:00");
        long id = hooked.admin
                .post("/records/" + hooked.location, record)
                .data()
                .get("id")
                .asLong();
        Map<String, Object> arrived = new java.util.HashMap<>(record);
        arrived.put("attendance", 1);

        // A replacement that also marks the arrival is logged twice, in one transaction.
        assertThat(hooked.admin
                        .put("/record/" + hooked.location + "/" + id, arrived)
                        .status())
                .isEqualTo(200);

        hooked.receiver.awaitOne(about("record", id, "update"));
        assertThat(fixtures.db()
                        .sql(
                                "select status from webhook_events where resource = 'record' and resource_id = :id order by id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("create", "update");
    }

    @Test
    void anUpdateAfterACreateInTheSameTransactionIsTheCreateAlone() {
        long client = createClient("Una", "+4915112345690");
        hooked.receiver.awaitOne(about("client", client, "create"));
        long other = client + 1_000_000;

        transactions.executeWithoutResult(tx -> {
            activity.record(hooked.location, null, "created", "client", other, Map.of());
            activity.record(hooked.location, null, "updated", "client", other, Map.of());
            activity.record(hooked.location, null, "updated", "client", client, Map.of());
            activity.record(hooked.location, null, "updated", "client", client, Map.of());
        });

        assertThat(fixtures.db()
                        .sql("select resource_id || ' ' || status from webhook_events where resource = 'client'"
                                + " and resource_id in (:ids) order by id")
                        .param("ids", List.of(client, other))
                        .query(String.class)
                        .list())
                .containsExactly(client + " create", other + " create", client + " update");
    }

    @Test
    void aDeadReceiverWithAFullQueueDoesNotHoldUpAnother() {
        String dead;
        try (Receiver gone = Receiver.start()) {
            dead = gone.url();
        }
        hooked.configure(Map.of("urls", List.of(dead, hooked.receiver.url())));
        // More deliveries due to the dead receiver than a round of the job takes at once.
        fixtures.db().sql("""
                        with event as (
                            insert into webhook_events (location_id, resource, resource_id, status, created_at, dispatched)
                            select :l, 'client', -g, 'update', now(), true from generate_series(1, 300) g
                            returning id, resource_id)
                        insert into webhook_deliveries (event_id, location_id, url, message_id, resource, resource_id, status,
                                                        body, next_attempt_at, created_at)
                        select id, :l, :url, 'msg_queued_' || id, 'client', resource_id, 'update', '{}', now(), now()
                          from event
                        """).param("l", hooked.location).param("url", dead).update();

        long client = createClient("Vera", "+4915112345691");

        assertThat(hooked.receiver.awaitOne(about("client", client, "create")).signedWith(hooked.secret))
                .isTrue();
    }

    private long createClient(String name, String phone) {
        var created = hooked.admin.post("/clients/" + hooked.location, Map.of("name", name, "phone", phone));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().get("id").asLong();
    }

    private List<JsonNode> deliveries(String query) {
        var response = hooked.admin.get("/locations/" + hooked.location + "/webhook_deliveries" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> list = new java.util.ArrayList<>();
        response.data().forEach(list::add);
        return list;
    }

    private JsonNode waitForState(String query, String state) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            List<JsonNode> found = deliveries(query);
            if (!found.isEmpty() && found.get(0).get("state").asString().equals(state)) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no delivery " + query + " became " + state + ": " + deliveries(query));
    }

    private long deliveryOf(String messageId) {
        return fixtures.db()
                .sql("select min(id) from webhook_deliveries where message_id = :m")
                .param("m", messageId)
                .query(Long.class)
                .single();
    }
}
