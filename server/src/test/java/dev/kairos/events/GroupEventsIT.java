package dev.kairos.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Concurrently;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Group events are created, listed, changed and cancelled through Altegio's {@code /activity}
 * paths and Kairos's {@code /locations/{id}/events}; they never overlap their team member's
 * appointments or their room's, not even when both are booked at the same moment; bad input
 * changes nothing.
 */
@KairosIT
class GroupEventsIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api owner;
    Api widget;
    BookingFixtures booking;
    long location;
    LocalDate day;
    long anna;
    long pilates;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        owner = Api.at(port).as(tenant.owner());
        widget = Api.at(port).as(tenant.partnerOnly());
        booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        day = BookingFixtures.nextTuesday();
        anna = booking.member(location, "Anna");
        pilates = booking.service(location, "Pilates class", 60, anna);
    }

    Map<String, Object> event(String time, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", day + " " + time);
        body.put("service_id", pilates);
        body.put("staff_id", anna);
        body.put("capacity", capacity);
        return body;
    }

    @Test
    void anEventIsCreatedListedMovedAndCancelledWithItsSeats() {
        Api.Response made = owner.post("/activity/" + location, event("10:00:00", 8));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        long id = made.data().get("id").asLong();
        assertThat(made.data().get("date").asString()).isEqualTo(day + " 10:00:00");
        assertThat(made.data().get("length").asLong()).isEqualTo(3600);
        assertThat(made.data().get("capacity").asInt()).isEqualTo(8);
        assertThat(made.data().get("records_count").asInt()).isZero();
        assertThat(made.data().get("staff").get("name").asString()).isEqualTo("Anna");
        assertThat(made.data().get("price").decimalValue()).isEqualByComparingTo("50");

        Api.Response seat = widget.post(
                "/activity/" + location + "/" + id + "/book", Map.of("fullname", "Ida", "phone", "+4930111222"));
        assertThat(seat.status()).as(seat.toString()).isEqualTo(200);
        long record = seat.data().get("id").asLong();

        Api.Response listed = owner.get("/locations/" + location + "/events?from=" + day + "&till=" + day);
        assertThat(listed.meta().get("total_count").asInt()).isEqualTo(1);
        assertThat(listed.data().get(0).get("records_count").asInt()).isEqualTo(1);
        assertThat(widget.get("/activity/" + location + "/search?from=" + day + "&till=" + day)
                        .data()
                        .size())
                .isEqualTo(1);

        Api.Response moved =
                owner.put("/locations/" + location + "/events/" + id, Map.of("date", day + " 14:00:00", "price", 30));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.data().get("capacity").asInt()).as("kept").isEqualTo(8);
        assertThat(moved.data().get("price").decimalValue()).isEqualByComparingTo("30");
        assertThat(startOf(record))
                .isEqualTo(day.atTime(14, 0).atZone(BERLIN).toOffsetDateTime().toInstant());

        Api.Response attendees = owner.get("/locations/" + location + "/events/" + id + "/attendees");
        assertThat(attendees.data().findValuesAsString("name")).containsExactly("Ida");

        Api.Response cancelled = owner.delete("/activity/" + location + "/" + id);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.data().get("deleted").asBoolean()).isTrue();
        assertThat(statusOf(record)).isEqualTo("cancelled");
        assertThat(owner.delete("/activity/" + location + "/" + id).status())
                .as("again")
                .isEqualTo(200);
        assertThat(activity(id)).containsExactly("created", "updated", "deleted");
    }

    @Test
    void anEventMustNotOverlapItsTeamMembersAppointmentsOrEvents() {
        booking.hold(
                location,
                anna,
                day.atTime(10, 30).atZone(BERLIN),
                day.atTime(11, 0).atZone(BERLIN));
        Api.Response overlapping = owner.post("/activity/" + location, event("10:00:00", 5));
        assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(422);
        assertThat(overlapping.json().toString()).contains("433");

        assertThat(owner.post("/activity/" + location, event("12:00:00", 5)).status())
                .isEqualTo(201);
        Api.Response twice = owner.post("/activity/" + location, event("12:30:00", 5));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(422);

        Api.Response offHours = owner.post("/activity/" + location, event("19:00:00", 5));
        assertThat(offHours.status()).as(offHours.toString()).isEqualTo(422);
        assertThat(offHours.json().toString()).contains("does not work");

        Map<String, Object> appointment = Map.of(
                "staff_id",
                anna,
                "services",
                List.of(Map.of("id", pilates)),
                "datetime",
                day + " 12:15:00",
                "seance_length",
                1800,
                "client",
                Map.of("phone", "+4930555666", "name", "Olga"));
        Api.Response over = owner.post("/records/" + location, appointment);
        assertThat(over.status()).as("an appointment over the event: " + over).isEqualTo(422);
        assertThat(events()).isEqualTo(1);
    }

    @Test
    void aRoomHeldByAnEventIsNotGivenToAnother() {
        long room = room("Studio");
        long bob = booking.member(location, "Bob");
        fixtures.db()
                .sql("insert into service_staff (service_id, team_member_id) values (:s, :m)")
                .param("s", pilates)
                .param("m", bob)
                .update();
        Map<String, Object> first = event("10:00:00", 5);
        first.put("resource_instance_ids", List.of(room));
        assertThat(owner.post("/activity/" + location, first).status()).isEqualTo(201);
        Map<String, Object> second = event("10:30:00", 5);
        second.put("staff_id", bob);
        second.put("resource_instance_id", room);
        Api.Response taken = owner.post("/activity/" + location, second);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(422);
        assertThat(taken.json().toString()).contains("room is taken");
        assertThat(events()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long id = owner.post("/activity/" + location, event("10:00:00", 2))
                .data()
                .get("id")
                .asLong();
        widget.post("/activity/" + location + "/" + id + "/book", Map.of("fullname", "Ida", "phone", "+4930111222"));
        widget.post("/activity/" + location + "/" + id + "/book", Map.of("fullname", "Eva", "phone", "+4930111333"));
        String before = owner.get("/activity/" + location + "/" + id).data().toString();
        String path = "/locations/" + location + "/events";

        assertThat(owner.send("POST", path, "{\"date\": ").status())
                .as("malformed")
                .isEqualTo(400);
        assertThat(owner.send("PUT", path + "/" + id, "{\"capacity\": \"many\"}")
                        .status())
                .as("wrong type")
                .isEqualTo(400);
        Map<String, Object> impossible = event("10:00:00", 2);
        impossible.put("date", day.getYear() + 1 + "-02-30 10:00:00");
        Api.Response bad = owner.post(path, impossible);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(bad.json().toString()).contains("date");
        Map<String, Object> past = event("10:00:00", 2);
        past.put("date", "2020-01-07 10:00:00");
        assertThat(owner.post(path, past).status()).as("past").isEqualTo(422);
        Map<String, Object> noService = event("10:00:00", 2);
        noService.put("service_id", 999_999_999L);
        assertThat(owner.post(path, noService).json().toString()).contains("service_id");
        assertThat(owner.post(path, Map.of()).status()).as("empty").isEqualTo(422);

        Api.Response below = owner.put(path + "/" + id, Map.of("capacity", 1));
        assertThat(below.status()).as(below.toString()).isEqualTo(422);
        assertThat(below.json().toString()).contains("2 seats already taken");
        assertThat(owner.put(path + "/" + id, Map.of("capacity", 0)).status()).isEqualTo(422);
        assertThat(owner.put(path + "/" + id, Map.of("length", 10)).status()).isEqualTo(422);
        assertThat(owner.put(path + "/999999999", Map.of("capacity", 5)).status())
                .as("unknown")
                .isEqualTo(404);
        assertThat(owner.get(path + "/999999999").status()).isEqualTo(404);

        long bob = booking.member(location, "Bob");
        assertThat(owner.put(path + "/" + id, Map.of("staff_id", bob)).json().toString())
                .as("Bob does not perform the service")
                .contains("does not perform");

        Tenant other = fixtures.tenant();
        long theirs = new BookingFixtures(fixtures.db()).member(other.locationA(), "Zoe");
        long theirService = new BookingFixtures(fixtures.db()).service(other.locationA(), "Yoga", 60, theirs);
        assertThat(owner.put(path + "/" + id, Map.of("staff_id", theirs)).status())
                .as("another chain's member")
                .isEqualTo(422);
        assertThat(owner.put(path + "/" + id, Map.of("service_id", theirService))
                        .status())
                .as("another chain's service")
                .isEqualTo(422);
        Api.Response foreign = Api.at(port).as(other.owner()).put(path + "/" + id, Map.of("capacity", 9));
        assertThat(foreign.status()).as("another chain's owner").isEqualTo(403);
        assertThat(Api.at(port)
                        .as(other.owner())
                        .put("/locations/" + other.locationA() + "/events/" + id, Map.of("capacity", 9))
                        .status())
                .as("this event through another chain's location")
                .isEqualTo(404);
        assertThat(Api.at(port)
                        .as(tenant.viewerA())
                        .post(path, event("15:00:00", 2))
                        .status())
                .as("without the right")
                .isEqualTo(403);
        assertThat(Api.at(port).as(tenant.viewerA()).delete(path + "/" + id).status())
                .isEqualTo(403);

        assertThat(owner.get("/activity/" + location + "/" + id).data().toString())
                .isEqualTo(before);
        assertThat(events()).isEqualTo(1);
    }

    @Test
    void anEventAndAnAppointmentForTheSameMemberAtOnceNeverBothWin() {
        for (int n = 0; n < 5; n++) {
            int round = n;
            String time = (10 + round) + ":00:00";
            List<Api.Response> responses = Concurrently.run(
                    2,
                    i -> i == 0
                            ? owner.post("/activity/" + location, event(time, 5))
                            : widget.post(
                                    "/book_record/" + location,
                                    Map.of(
                                            "phone", "+4930" + (7000000 + round),
                                            "fullname", "Client " + round,
                                            "appointments",
                                                    List.of(Map.of(
                                                            "id",
                                                            1,
                                                            "services",
                                                            List.of(pilates),
                                                            "staff_id",
                                                            anna,
                                                            "datetime",
                                                            day + " " + time)))));
            long won = responses.stream()
                    .filter(r -> r.status() == 200 || r.status() == 201)
                    .count();
            assertThat(won).as(responses.toString()).isEqualTo(1);
            assertThat(responses).allMatch(r -> r.status() < 500);
        }
        assertThat(fixtures.db().sql("""
                                select count(*) from events e join appointments a
                                  on a.team_member_id = e.team_member_id and a.event_id is null and holds_time(a.status)
                                 and tstzrange(a.busy_from, a.busy_until) && tstzrange(e.starts_at, e.ends_at)
                                 where e.location_id = :l and not e.deleted
                                """).param("l", location).query(Long.class).single())
                .isZero();
    }

    @Test
    void theLastSeatTakenByTwoClientsAtOnceGoesToOne() {
        long id = owner.post("/activity/" + location, event("10:00:00", 3))
                .data()
                .get("id")
                .asLong();
        widget.post("/activity/" + location + "/" + id + "/book", Map.of("fullname", "Ida", "phone", "+4930111222"));
        widget.post("/activity/" + location + "/" + id + "/book", Map.of("fullname", "Eva", "phone", "+4930111333"));
        List<Api.Response> last = Concurrently.run(
                2,
                i -> widget.post(
                        "/activity/" + location + "/" + id + "/book",
                        Map.of("fullname", "Late " + i, "phone", "+4930222" + (100 + i))));
        assertThat(last.stream().filter(r -> r.status() == 200).count()).isEqualTo(1);
        assertThat(last.stream().filter(r -> r.status() == 422).count()).isEqualTo(1);
        assertThat(owner.get("/activity/" + location + "/" + id)
                        .data()
                        .get("records_count")
                        .asInt())
                .isEqualTo(3);
    }

    private java.time.Instant startOf(long record) {
        return fixtures.db()
                .sql("select starts_at from appointments where id = :id")
                .param("id", record)
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
    }

    private String statusOf(long record) {
        return fixtures.db()
                .sql("select status from appointments where id = :id")
                .param("id", record)
                .query(String.class)
                .single();
    }

    private long events() {
        return fixtures.db()
                .sql("select count(*) from events where location_id = :l and not deleted")
                .param("l", location)
                .query(Long.class)
                .single();
    }

    private long room(String title) {
        long resource = fixtures.db()
                .sql("insert into resources (location_id, title) values (:l, :t) returning id")
                .param("l", location)
                .param("t", title)
                .query(Long.class)
                .single();
        return fixtures.db()
                .sql(
                        "insert into resource_instances (resource_id, location_id, title) values (:r, :l, :t) returning id")
                .param("r", resource)
                .param("l", location)
                .param("t", title + " 1")
                .query(Long.class)
                .single();
    }

    private List<String> activity(long id) {
        return fixtures.db()
                .sql("select action from activity_log where entity = 'event' and entity_id = :id order by id")
                .param("id", id)
                .query(String.class)
                .list();
    }
}
