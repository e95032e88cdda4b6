package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Concurrently;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Many clients at once, one slot: exactly the capacity gets in, the rest get 433 or 436. */
@KairosIT
class ConcurrentBookingIT {

    static final int CLIENTS = 50;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api widget;
    BookingFixtures booking;
    long location;
    LocalDate day;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        widget = Api.at(port).as(tenant.partnerOnly());
        booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        day = BookingFixtures.nextTuesday();
    }

    @Test
    void fiftyClientsOneTeamMemberOneSlot() throws Exception {
        long anna = booking.member(location, "Anna");
        long cut = booking.service(location, "Haircut", 60, anna);
        List<Api.Response> responses =
                fire(i -> widget.post("/book_record/" + location, body(i, cut, anna, "10:00:00")));
        assertOutcome(responses, 1);
        assertThat(overlapsInDatabase()).isZero();
    }

    @Test
    void fiftyClientsAnyOfThreeTeamMembers() throws Exception {
        long cut = booking.service(location, "Haircut", 60, threeMembers());
        List<Api.Response> responses = fire(i -> widget.post("/book_record/" + location, body(i, cut, 0, "10:00:00")));
        assertOutcome(responses, 3);
        assertThat(overlapsInDatabase()).isZero();
    }

    @Test
    void fiftyClientsAnyOfThreeTeamMembersTwoRooms() throws Exception {
        long massage = booking.service(location, "Massage", 60, threeMembers());
        long room = fixtures.db()
                .sql("insert into resources (location_id, title) values (:l, 'Room') returning id")
                .param("l", location)
                .query(Long.class)
                .single();
        for (String title : List.of("Room 1", "Room 2")) {
            fixtures.db()
                    .sql("insert into resource_instances (resource_id, location_id, title) values (:r, :l, :t)")
                    .param("r", room)
                    .param("l", location)
                    .param("t", title)
                    .update();
        }
        fixtures.db()
                .sql("insert into service_resources (service_id, resource_id) values (:s, :r)")
                .param("s", massage)
                .param("r", room)
                .update();

        List<Api.Response> responses =
                fire(i -> widget.post("/book_record/" + location, body(i, massage, 0, "14:00:00")));

        // Three team members are free and two rooms: a booking that loses a room to another
        // tries again and takes the other one, so both rooms are booked.
        assertOutcome(responses, 2);
        assertThat(overlapsInDatabase()).isZero();
        assertThat(fixtures.db().sql("""
                                select count(distinct resource_instance_id) from appointment_resources
                                 where active and resource_instance_id in (select id from resource_instances where resource_id = :r)
                                """).param("r", room).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void fiftyClientsACapacityOfFour() throws Exception {
        long yoga = booking.service(
                location, "Open yoga", 60, Map.of("requires_staff", false, "max_concurrent_bookings", 4));
        List<Api.Response> responses = fire(i -> widget.post("/book_record/" + location, body(i, yoga, 0, "10:00:00")));
        assertOutcome(responses, 4);
    }

    @Test
    void fiftyClientsAnEventWithFiveSeats() throws Exception {
        long anna = booking.member(location, "Anna");
        long pilates = booking.service(location, "Pilates class", 60, anna);
        long event = booking.event(
                location,
                pilates,
                anna,
                day.atTime(18, 0).atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant(),
                5);
        List<Api.Response> responses = fire(i -> widget.post(
                "/activity/" + location + "/" + event + "/book",
                Map.of("fullname", "Client " + i, "phone", "+4930" + (2000000 + i))));
        assertThat(responses.stream().filter(r -> r.status() == 200).count()).isEqualTo(5);
        assertThat(responses.stream().filter(r -> r.status() == 422).count()).isEqualTo(CLIENTS - 5);
    }

    @Test
    void aRetriedRequestWithTheSameKeyBooksOnce() throws Exception {
        long anna = booking.member(location, "Anna");
        long cut = booking.service(location, "Haircut", 60, anna);
        Map<String, Object> body = body(1, cut, anna, "12:00:00");
        String header = tenant.partnerOnly().header();
        List<Api.Response> responses = fire(i -> Api.at(port)
                .withAuthorization(header)
                .sendWithHeader("POST", "/book_record/" + location, body, "Idempotency-Key", "retry-me"));
        assertThat(responses).allMatch(r -> r.status() == 201);
        assertThat(responses.stream()
                        .map(r -> r.data().get(0).get("record_id").asLong())
                        .distinct())
                .hasSize(1);
        assertThat(booking.countAppointments(location)).isEqualTo(1);
    }

    @Test
    void twoConcurrentDecisionsOnARequestCannotBothWin() throws Exception {
        long anna = booking.member(location, "Anna");
        long consult = booking.service(location, "Consultation", 30, Map.of("booking_type", "approval_required"), anna);
        var booked = widget.post("/book_record/" + location, body(1, consult, anna, "09:00:00"));
        assertThat(booked.status()).isEqualTo(201);
        long id = booked.data().get(0).get("record_id").asLong();
        Api staff = Api.at(port).as(tenant.adminA());
        assertThat(staff.get("/book_record/" + location + "/" + id + "/"
                                + booked.data().get(0).get("record_hash").asString())
                        .data()
                        .get("status")
                        .asString())
                .isEqualTo("requested");
        List<Api.Response> decisions = fire(i -> staff.post(
                "/locations/" + location + "/appointments/" + id + (i % 2 == 0 ? "/confirm" : "/reject"), Map.of()));
        assertThat(decisions.stream().filter(r -> r.status() == 200).count()).isEqualTo(1);
        assertThat(decisions.stream().filter(r -> r.status() == 409).count()).isEqualTo(CLIENTS - 1);
        var row = fixtures.db()
                .sql(
                        "select status, confirmed_at, confirmed_by, rejected_at, rejected_by from appointments where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        if ("confirmed".equals(row.get("status"))) {
            assertThat(row.get("confirmed_at")).isNotNull();
            assertThat(row.get("confirmed_by")).isEqualTo(tenant.adminA().userId());
            assertThat(row.get("rejected_at")).isNull();
        } else {
            assertThat(row.get("status")).isEqualTo("rejected");
            assertThat(row.get("rejected_by")).isEqualTo(tenant.adminA().userId());
        }
    }

    Map<String, Object> body(int i, long service, long staff, String time) {
        return Map.of(
                "phone",
                "+4930" + (1000000 + i),
                "fullname",
                "Client " + i,
                "appointments",
                List.of(Map.of(
                        "id", i, "services", List.of(service), "staff_id", staff, "datetime", day + " " + time)));
    }

    long[] threeMembers() {
        return new long[] {booking.member(location, "A"), booking.member(location, "B"), booking.member(location, "C")};
    }

    List<Api.Response> fire(IntFunction<Api.Response> request) {
        return Concurrently.run(CLIENTS, request);
    }

    void assertOutcome(List<Api.Response> responses, int capacity) {
        assertThat(responses.stream().filter(r -> r.status() == 201).count()).isEqualTo(capacity);
        List<Api.Response> refused =
                responses.stream().filter(r -> r.status() != 201).toList();
        assertThat(refused).hasSize(CLIENTS - capacity);
        assertThat(refused).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.meta().get("errors").get(0).get("code").asInt()).isIn(433, 436);
        });
        assertThat(booking.holding(location)).isEqualTo(capacity);
    }

    long overlapsInDatabase() {
        return fixtures.db().sql("""
                        select count(*) from appointments a join appointments b
                          on a.team_member_id = b.team_member_id and a.id < b.id
                         and tstzrange(a.busy_from, a.busy_until) && tstzrange(b.busy_from, b.busy_until)
                         where a.location_id = :l and a.status in ('requested','confirmed') and b.status in ('requested','confirmed')
                        """).param("l", location).query(Long.class).single();
    }
}
