package dev.kairos.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.auth.Right;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Salon;
import dev.kairos.support.Tenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Merging duplicate clients through {@code POST /locations/{id}/clients/{client_id}/merge}: what
 * named a duplicate names the kept client, the duplicate is gone from the API, a booking written
 * for a duplicate afterwards still lands on the kept client, and bad requests change nothing.
 */
@KairosIT
class ClientMergeIT {

    private static final Instant MONDAY = Instant.parse("2030-03-04T09:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DataSource dataSource;

    Tenant tenant;
    Api owner;
    Salon salon;
    long member;
    long service;
    long kept;
    long duplicate;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        owner = Api.at(port).as(tenant.owner());
        salon = new Salon(fixtures.db(), tenant.locationA());
        member = salon.member("Anna");
        service = salon.service("Haircut", "30");
        kept = salon.client("Ida", "Müller", "+491701234567");
        // The same number with the trunk zero kept after the country code, as an old import stored it.
        duplicate = salon.client("Ida", "Mueller", "+4901701234567");
    }

    @Test
    void everythingOfTheDuplicateMovesToTheKeptClient() {
        long keptVisit = salon.appointment(member, kept, MONDAY, service, "30", "");
        long dupVisit = salon.appointment(member, duplicate, MONDAY.plusSeconds(86_400), service, "40", "");
        long till = salon.register("Till");
        Api.Response paid = owner.post(
                "/locations/" + tenant.locationA() + "/appointments/" + dupVisit + "/payments",
                Map.of("account_id", till, "amount", 40));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        long tag = owner.post("/locations/" + tenant.locationA() + "/client_tags", Map.of("title", "VIP"))
                .data()
                .get("id")
                .asLong();
        sql("insert into client_category_links (client_id, category_id) values (" + duplicate + ", " + tag + ")");
        sql("insert into notification_unsubscribes (client_id, at) values (" + duplicate + ", now())");
        sql("update clients set balance = 15 where id = " + duplicate);

        Api.Response merged = owner.post(merge(kept), Map.of("client_ids", List.of(duplicate)));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.data().get("id").asLong()).isEqualTo(kept);
        assertThat(merged.data().get("merged_ids").get(0).asLong()).isEqualTo(duplicate);
        assertThat(merged.data().get("appointments").asLong()).isEqualTo(1);
        assertThat(clientOf("appointments", keptVisit)).isEqualTo(kept);
        assertThat(clientOf("appointments", dupVisit)).isEqualTo(kept);
        assertThat(fixtures.count("payment_transactions where client_id = " + duplicate))
                .isZero();
        assertThat(fixtures.count("payment_transactions where client_id = " + kept))
                .isEqualTo(1);
        assertThat(fixtures.count("visits where client_id = " + duplicate)).isZero();
        assertThat(fixtures.count("client_category_links where client_id = " + kept))
                .isEqualTo(1);
        assertThat(fixtures.count("notification_unsubscribes where client_id = " + kept))
                .isEqualTo(1);
        assertThat(fixtures.count("clients where deleted and merged_into = " + kept + " and id = " + duplicate))
                .isEqualTo(1);
        assertThat(owner.get("/locations/" + tenant.locationA() + "/clients/" + duplicate)
                        .status())
                .isEqualTo(404);
        Api.Response card = owner.get("/locations/" + tenant.locationA() + "/clients/" + kept);
        assertThat(card.data().get("balance").decimalValue()).isEqualByComparingTo("15");
        assertThat(card.data().get("categories").get(0).get("id").asLong()).isEqualTo(tag);
        assertThat(fixtures.count(
                        "activity_log where entity = 'client' and entity_id = " + kept + " and action = 'merged'"))
                .isEqualTo(1);
    }

    @Test
    void keepingTheOddlyWrittenNumberStoresItsNormalForm() {
        Api.Response merged = owner.post(merge(duplicate), Map.of("client_ids", List.of(kept)));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(fixtures.db()
                        .sql("select phone from clients where id = :id")
                        .param("id", duplicate)
                        .query(String.class)
                        .single())
                .isEqualTo("+491701234567");
    }

    @Test
    void anAppointmentWrittenForTheDuplicateAfterTheMergeLandsOnTheKeptClient() {
        assertThat(owner.post(merge(kept), Map.of("client_ids", List.of(duplicate)))
                        .status())
                .isEqualTo(200);

        // What a booking that read the duplicate's id before the merge writes once the merge lets it go.
        long late = salon.appointment(member, duplicate, MONDAY, service, "30", "");

        assertThat(clientOf("appointments", late)).isEqualTo(kept);
    }

    @Test
    void anAppointmentForAnUnknownClientIsStillRefusedByTheForeignKey() {
        assertThatThrownBy(() -> salon.appointment(member, 999_999_999L, MONDAY, service, "30", ""))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("appointments_client_id_fkey");
    }

    @Test
    void aBookingThatHoldsTheDuplicateIsMovedByTheMergeThatWaitsForIt() throws Exception {
        try (Connection booking = dataSource.getConnection()) {
            booking.setAutoCommit(false);
            long late = insertAppointment(booking, duplicate);
            AtomicReference<Api.Response> merged = new AtomicReference<>();
            Thread merging =
                    new Thread(() -> merged.set(owner.post(merge(kept), Map.of("client_ids", List.of(duplicate)))));
            merging.start();
            awaitSomeoneWaitingForALock();
            booking.commit();
            merging.join();

            assertThat(merged.get().status()).as(merged.get().toString()).isEqualTo(200);
            assertThat(clientOf("appointments", late)).isEqualTo(kept);
        }
    }

    @Test
    void aBookingThatWaitsForTheMergeLandsOnTheKeptClient() throws Exception {
        try (Connection merging = dataSource.getConnection()) {
            merging.setAutoCommit(false);
            // The merge's hold on the duplicate, and its last step, not yet committed.
            try (PreparedStatement lock = merging.prepareStatement("select id from clients where id = ? for update")) {
                lock.setLong(1, duplicate);
                lock.executeQuery().close();
            }
            try (PreparedStatement mark =
                    merging.prepareStatement("update clients set deleted = true, merged_into = ? where id = ?")) {
                mark.setLong(1, kept);
                mark.setLong(2, duplicate);
                mark.executeUpdate();
            }
            AtomicLong late = new AtomicLong();
            Thread booking =
                    new Thread(() -> late.set(salon.appointment(member, duplicate, MONDAY, service, "30", "")));
            booking.start();
            awaitSomeoneWaitingForALock();
            merging.commit();
            booking.join();

            assertThat(clientOf("appointments", late.get())).isEqualTo(kept);
        }
    }

    @Test
    void badRequestsAreRefusedInTheEnvelopeAndChangeNothing() {
        long appointment = salon.appointment(member, duplicate, MONDAY, service, "30", "");
        Tenant other = fixtures.tenant();
        long foreign = new Salon(fixtures.db(), other.locationA()).client("Eve", "+491709999999");
        long elsewhere = new Salon(fixtures.db(), tenant.locationB()).client("Bea", "+12125550123");
        Api viewer = Api.at(port).as(tenant.viewerA());
        Api clientsOnly = Api.at(port).as(fixtures.user(tenant, tenant.locationA(), Right.VIEW_CLIENTS));
        record Case(String name, Api as, String path, Object body, int status) {}
        List<Case> cases = List.of(
                new Case("malformed json", owner, merge(kept), "{\"client_ids\": [", 400),
                new Case("ids not a list", owner, merge(kept), Map.of("client_ids", "all"), 400),
                new Case("ids words", owner, merge(kept), Map.of("client_ids", List.of("x")), 400),
                new Case("no body", owner, merge(kept), null, 422),
                new Case("no ids", owner, merge(kept), Map.of("client_ids", List.of()), 422),
                new Case("the kept one itself", owner, merge(kept), Map.of("client_ids", List.of(kept)), 422),
                new Case(
                        "a duplicate twice",
                        owner,
                        merge(kept),
                        Map.of("client_ids", List.of(duplicate, duplicate)),
                        422),
                new Case("unknown duplicate", owner, merge(kept), Map.of("client_ids", List.of(999_999_999L)), 404),
                new Case("unknown kept", owner, merge(999_999_999L), Map.of("client_ids", List.of(duplicate)), 404),
                new Case("another chain's client", owner, merge(kept), Map.of("client_ids", List.of(foreign)), 404),
                new Case(
                        "another location's client", owner, merge(kept), Map.of("client_ids", List.of(elsewhere)), 404),
                new Case(
                        "another chain's location",
                        owner,
                        "/locations/" + other.locationA() + "/clients/" + foreign + "/merge",
                        Map.of("client_ids", List.of(duplicate)),
                        403),
                new Case("a viewer", viewer, merge(kept), Map.of("client_ids", List.of(duplicate)), 403),
                new Case(
                        "viewing clients only",
                        clientsOnly,
                        merge(kept),
                        Map.of("client_ids", List.of(duplicate)),
                        403),
                new Case(
                        "client id a word",
                        owner,
                        "/locations/" + tenant.locationA() + "/clients/x/merge",
                        Map.of(),
                        400));
        for (Case c : cases) {
            Api.Response response = c.as().post(c.path(), c.body());
            assertThat(response.status()).as(c.name() + ": " + response).isEqualTo(c.status());
            assertThat(response.json().get("success").asBoolean()).as(c.name()).isFalse();
        }
        assertThat(clientOf("appointments", appointment)).isEqualTo(duplicate);
        assertThat(fixtures.count("clients where deleted and location_id = " + tenant.locationA()))
                .isZero();
        assertThat(fixtures.count("clients where deleted and id = " + foreign)).isZero();
    }

    private String merge(long into) {
        return "/locations/" + tenant.locationA() + "/clients/" + into + "/merge";
    }

    private long clientOf(String table, long id) {
        return fixtures.db()
                .sql("select client_id from " + table + " where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private long insertAppointment(Connection connection, long client) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into appointments (location_id, team_member_id, client_id, starts_at, ends_at, busy_from, busy_until,
                                          status, record_hash)
                values (?, ?, ?, ?, ?, ?, ?, 'confirmed', md5(random()::text)) returning id""")) {
            OffsetDateTime start = MONDAY.plusSeconds(7 * 86_400).atOffset(ZoneOffset.UTC);
            insert.setLong(1, tenant.locationA());
            insert.setLong(2, member);
            insert.setLong(3, client);
            insert.setObject(4, start);
            insert.setObject(5, start.plusHours(1));
            insert.setObject(6, start);
            insert.setObject(7, start.plusHours(1));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Until another session of the database waits for a row lock (a state, not a time). */
    private void awaitSomeoneWaitingForALock() throws InterruptedException {
        while (fixtures.count("pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")
                == 0) {
            Thread.sleep(20);
        }
    }

    private void sql(String statement) {
        fixtures.db().sql(statement).update();
    }
}
