package dev.kairos.footfall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.queue.FloorClock;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The front desk counts walk-ins: with or without a client, linked to this location's tickets only. */
@KairosIT
@Import(FloorClock.class)
class WalkInVisitsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api desk;
    long location;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        desk = Api.at(port).as(tenant.adminA());
        location = tenant.locationA();
    }

    @Test
    void visitsWithAndWithoutAClientAreCountedForTheDay() {
        Api.Response anonymous = desk.post(path(), Map.of("note", "asked for prices"));
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(201);
        assertThat(anonymous.data().get("client_id").isNull()).isTrue();
        assertThat(anonymous.data().get("created_by").asLong())
                .isEqualTo(tenant.adminA().userId());
        long client = fixtures.db()
                .sql("insert into clients (chain_id, location_id, name) values (:c, :l, 'Maria') returning id")
                .param("c", tenant.chainId())
                .param("l", location)
                .query(Long.class)
                .single();
        long ticket = fixtures.db()
                .sql("""
                        insert into queue_tickets (location_id, service_id, day, number, name, source, access_key, created_at)
                        values (:l, :s, current_date, 1, 'Maria', 'desk', 'k', now())
                        returning id""")
                .param("l", location)
                .param(
                        "s",
                        new BookingFixtures(fixtures.db()).service(location, "Cut", 30, Map.of("allow_queue", true)))
                .query(Long.class)
                .single();
        Api.Response linked = desk.post(path(), Map.of("client_id", client, "queue_ticket_id", ticket));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(desk.post(path(), Map.of("queue_ticket_id", ticket)).status())
                .as("one visit per ticket")
                .isEqualTo(409);

        Api.Response day = desk.get(path());
        assertThat(day.status()).isEqualTo(200);
        assertThat(day.meta().get("total_count").asInt()).isEqualTo(2);
    }

    @Test
    void foreignIdsAndBadInputAreRefused() {
        Tenant other = fixtures.tenant();
        long theirClient = fixtures.db()
                .sql("insert into clients (chain_id, location_id, name) values (:c, :l, 'Theirs') returning id")
                .param("c", other.chainId())
                .param("l", other.locationA())
                .query(Long.class)
                .single();
        assertThat(desk.post(path(), Map.of("client_id", theirClient))
                        .meta()
                        .get("errors")
                        .has("client_id"))
                .isTrue();
        assertThat(desk.post(path(), Map.of("appointment_id", 987654321L)).status())
                .isEqualTo(422);
        assertThat(desk.post(path(), Map.of("note", "x".repeat(2001))).status()).isEqualTo(422);
        assertThat(desk.post(path(), Map.of("visited_at", "2999-01-01 10:00:00"))
                        .status())
                .isEqualTo(422);
        assertThat(desk.post(path(), "{").status()).isEqualTo(400);
        assertThat(Api.at(port).as(other.adminA()).post(path(), Map.of()).status())
                .isEqualTo(403);
        assertThat(Api.at(port).as(tenant.viewerA()).post(path(), Map.of()).status())
                .isEqualTo(403);
        assertThat(desk.get(path()).meta().get("total_count").asInt()).isZero();
    }

    private String path() {
        return "/locations/" + location + "/visits";
    }
}
