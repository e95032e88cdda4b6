package dev.kairos.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The walk-in queue through its API: a ticket's whole life, its stamps, and the appointment serving makes. */
@KairosIT
@Import(FloorClock.class)
class QueueApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    QueueFloor floor;

    @BeforeEach
    void setUp() {
        floor = new QueueFloor(fixtures, port);
    }

    @Test
    void aTicketIsCalledServedAsAnArrivedAppointmentAndServedOnce() {
        Api.Response first = floor.join("Maria Weber", "+49 30 1234567");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.data().get("number").asInt()).isEqualTo(1);
        assertThat(first.data().get("status").asString()).isEqualTo("waiting");
        assertThat(first.data().get("source").asString()).isEqualTo("desk");
        assertThat(first.data().get("phone").asString()).isEqualTo("+49301234567");
        assertThat(first.data().get("created_by").asLong())
                .isEqualTo(floor.tenant.adminA().userId());
        assertThat(first.data().get("position").asInt()).isZero();
        assertThat(first.data().get("estimated_wait_seconds").asLong()).isZero();
        long ticket = first.data().get("id").asLong();

        Api.Response called = floor.callNext(floor.anna);
        assertThat(called.status()).as(called.toString()).isEqualTo(200);
        assertThat(called.data().get("id").asLong()).isEqualTo(ticket);
        assertThat(called.data().get("status").asString()).isEqualTo("called");
        assertThat(called.data().get("team_member_id").asLong()).isEqualTo(floor.anna);
        assertThat(called.data().get("team_member_name").asString()).isEqualTo("Anna");
        assertThat(called.data().get("called_by").asLong())
                .isEqualTo(floor.tenant.adminA().userId());
        assertThat(called.data().get("called_at").isNull()).isFalse();

        Api.Response served = floor.desk.post(floor.path("/" + ticket + "/serve"), Map.of());
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        assertThat(served.data().get("status").asString()).isEqualTo("served");
        long appointment = served.data().get("appointment_id").asLong();
        OffsetDateTime servedAt =
                OffsetDateTime.parse(served.data().get("served_at").asString());

        Map<String, Object> row = db().sql(
                        "select status, team_member_id, starts_at, arrived_at, client_id from appointments where id = :id")
                .param("id", appointment)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("arrived");
        assertThat(row.get("team_member_id")).isEqualTo(floor.anna);
        assertThat(row.get("client_id")).isNotNull();
        assertThat(((java.sql.Timestamp) row.get("starts_at")).toInstant().getEpochSecond())
                .isEqualTo(servedAt.toInstant().getEpochSecond());

        Api.Response again = floor.desk.post(floor.path("/" + ticket + "/serve"), Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("success").asBoolean()).isFalse();
        assertThat(floor.appointments()).isEqualTo(1);
    }

    @Test
    void theEstimateCountsTheQueueAheadAndWhoIsFree() {
        for (String name : List.of("A", "B", "C", "D")) {
            assertThat(floor.join(name, null).status()).isEqualTo(201);
        }
        // Two barbers, 30 minutes each: A and B now, C and D after half an hour.
        Api.Response list = floor.desk.get(floor.path(""));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<Long> waits = list.data()
                .valueStream()
                .map(t -> t.get("estimated_wait_seconds").asLong())
                .toList();
        assertThat(waits.get(0)).isZero();
        assertThat(waits.get(1)).isZero();
        assertThat(waits.get(2)).isBetween(1700L, 1800L);
        assertThat(waits.get(3)).isBetween(1700L, 1800L);
        assertThat(list.meta().get("free_team_member_ids").valueStream().map(n -> n.asLong()))
                .containsExactlyInAnyOrder(floor.anna, floor.ben);

        assertThat(floor.callNext(floor.anna).status()).isEqualTo(200);
        Api.Response after = floor.desk.get(floor.path("?status=waiting"));
        assertThat(after.data().size()).isEqualTo(3);
        assertThat(after.data().get(0).get("position").asInt()).isZero();
        assertThat(after.data().get(2).get("position").asInt()).isEqualTo(2);
        assertThat(after.meta().get("free_team_member_ids").valueStream().map(n -> n.asLong()))
                .containsExactly(floor.ben);
    }

    @Test
    void cancelAndNoShowAreStampedWithWhoAndWhen() {
        long a = floor.join("A", null).data().get("id").asLong();
        long b = floor.join("B", null).data().get("id").asLong();
        Api.Response cancelled = floor.desk.post(floor.path("/" + b + "/cancel"), Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.data().get("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.data().get("cancelled_at").isNull()).isFalse();
        assertThat(cancelled.data().get("cancelled_by").asLong())
                .isEqualTo(floor.tenant.adminA().userId());

        assertThat(floor.desk.post(floor.path("/" + a + "/no_show"), Map.of()).status())
                .as("a waiting ticket has not been called: it cannot be a no-show")
                .isEqualTo(409);
        assertThat(floor.callNext(floor.ben).data().get("id").asLong()).isEqualTo(a);
        Api.Response gone = floor.desk.post(floor.path("/" + a + "/no_show"), Map.of());
        assertThat(gone.data().get("status").asString()).isEqualTo("no_show");
        assertThat(gone.data().get("no_show_at").isNull()).isFalse();
        assertThat(floor.desk.post(floor.path("/" + a + "/serve"), Map.of()).status())
                .isEqualTo(409);
        assertThat(floor.callNext(floor.ben).status()).as("nobody is waiting").isEqualTo(409);
        assertThat(floor.appointments()).isZero();
    }

    @Test
    void aBarberServesOneTicketAtATime() {
        floor.join("A", null);
        floor.join("B", null);
        assertThat(floor.callNext(floor.anna).status()).isEqualTo(200);
        Api.Response twice = floor.callNext(floor.anna);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.meta().get("message").asString()).contains("serving ticket 1");
    }

    @Test
    void onlineJoinsNeedOnlyThePartnerToken() {
        Api.Response online =
                floor.widget.post(floor.path(""), Map.of("service_id", floor.walkInCut, "name", "Phone user"));
        assertThat(online.status()).as(online.toString()).isEqualTo(201);
        assertThat(online.data().get("source").asString()).isEqualTo("online");
        assertThat(online.data().get("created_by").isNull()).isTrue();
        assertThat(floor.widget.get(floor.path("")).status())
                .as("listing is for staff")
                .isEqualTo(401);
    }

    @Test
    void walkInOnlyRefusalOfOnlineBookingPointsToTheQueuePage() {
        Api.Response refused = floor.widget.post(
                "/book_record/" + floor.location,
                Map.of(
                        "phone",
                        "+49301234567",
                        "fullname",
                        "Maria",
                        "appointments",
                        List.of(Map.of(
                                "id",
                                1,
                                "services",
                                List.of(floor.walkInCut),
                                "staff_id",
                                floor.anna,
                                "datetime",
                                dev.kairos.booking.BookingFixtures.nextTuesday() + " 11:00:00"))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.meta().get("errors").get(0).get("code").asInt()).isEqualTo(438);
        assertThat(refused.meta().get("message").asString()).contains("/book/" + floor.location + "/queue");
    }

    private JdbcClient db() {
        return fixtures.db();
    }
}
