package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Concurrently;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Omneo's staff rules across a chain's locations, as clients booking online see them: a service
 * that takes the location's staff leaves out the members it excludes; an allow-list brings in a
 * member of another location of the chain; an assignment bounded by dates offers her only on its
 * dates; and a member who works at two locations has one timeline, never booked twice at once.
 */
@KairosIT
class ChainStaffIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    JdbcClient db;
    Api widget;
    Api owner;
    BookingFixtures booking;
    long a;
    long b;
    LocalDate day;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        db = fixtures.db();
        widget = Api.at(port).as(tenant.partnerOnly());
        owner = Api.at(port).as(tenant.owner());
        booking = new BookingFixtures(db);
        a = tenant.locationA();
        b = tenant.locationB();
        booking.openEveryDay(a);
        booking.openEveryDay(b);
        day = BookingFixtures.nextTuesday();
    }

    @Test
    void theLocationsStaffLessThoseTheServiceExcludes() {
        long anna = booking.member(a, "Anna");
        long bruno = booking.member(a, "Bruno");
        long visitor = booking.member(b, "Visitor");
        long cut = booking.service(a, "Cut", 60, Map.of("use_staff_from_location", true));
        assertThat(staff(a, cut)).containsExactly(anna, bruno);

        Api.Response excluded =
                owner.patch("/company/" + a + "/services/" + cut, Map.of("excluded_staff_ids", List.of(bruno)));
        assertThat(excluded.status()).as(excluded.toString()).isEqualTo(200);
        assertThat(excluded.data().get("excluded_staff_ids").get(0).asLong()).isEqualTo(bruno);
        assertThat(staff(a, cut)).containsExactly(anna);
        assertThat(times(a, bruno, cut, day)).isEmpty();
        assertThat(book(a, bruno, cut, berlin(day, 10)).status()).isEqualTo(422);
        // A member of another location is not the location's staff, even on the service's list.
        db.sql("insert into service_staff (service_id, team_member_id) values (:s, :m)")
                .param("s", cut)
                .param("m", visitor)
                .update();
        assertThat(staff(a, cut)).containsExactly(anna);
    }

    @Test
    void theExclusionListTakesMembersOfTheChainOnly() {
        long anna = booking.member(a, "Anna");
        long cut = booking.service(a, "Cut", 60, Map.of("use_staff_from_location", true));
        Tenant other = fixtures.tenant();
        long stranger = booking.member(other.locationA(), "Stranger");
        String path = "/company/" + a + "/services/" + cut;
        long before = fixtures.count("service_excluded_staff");

        for (Object wrong : List.of(List.of(stranger), List.of(999_999_999L), java.util.Arrays.asList(anna, null))) {
            Api.Response refused = owner.patch(path, Map.of("excluded_staff_ids", wrong));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.meta().get("errors").has("excluded_staff_ids")).isTrue();
        }
        assertThat(owner.patch(path, Map.of("excluded_staff_ids", "abc")).status())
                .isEqualTo(400);
        assertThat(fixtures.count("service_excluded_staff")).isEqualTo(before);
        // A member of the chain's other location may be excluded (she may be assigned here later).
        long visitor = booking.member(b, "Visitor");
        assertThat(owner.patch(path, Map.of("excluded_staff_ids", List.of(visitor)))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anAllowListBringsInAMemberOfAnotherLocationOfTheChain() {
        long carla = booking.member(b, "Carla");
        hoursAt(carla, a);
        Api.Response made = owner.post(
                "/services/" + a, Map.of("title", "Colour", "duration", 3600, "staff", List.of(Map.of("id", carla))));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        long colour = made.data().get("id").asLong();

        assertThat(staff(a, colour)).containsExactly(carla);
        assertThat(times(a, carla, colour, day)).first().isEqualTo("09:00");
        String ten = berlin(day, 10);
        assertThat(book(a, carla, colour, ten).status()).isEqualTo(201);
        assertThat(times(a, carla, colour, day)).doesNotContain("10:00");

        Tenant other = fixtures.tenant();
        long stranger = booking.member(other.locationA(), "Stranger");
        long before = fixtures.count("service_staff");
        Api.Response refused =
                owner.post("/services/" + a, Map.of("title", "Nope", "staff", List.of(Map.of("id", stranger))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(owner.post("/company/" + a + "/services/" + colour + "/staff", Map.of("master_id", stranger))
                        .status())
                .isEqualTo(422);
        assertThat(fixtures.count("service_staff")).isEqualTo(before);
    }

    @Test
    void aDatedAssignmentOffersHerOnlyOnItsDates() {
        long dora = booking.member(b, "Dora");
        hoursAt(dora, a);
        long cut = booking.service(a, "Cut", 60, Map.of("use_staff_from_location", true));
        assertThat(staff(a, cut)).isEmpty();

        Api.Response assigned = owner.post(
                "/groups/" + tenant.chainId() + "/staff/" + dora + "/assignments",
                Map.of(
                        "location_id",
                        a,
                        "start_date",
                        day.plusDays(1).toString(),
                        "end_date",
                        day.plusDays(2).toString()));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);

        assertThat(staff(a, cut)).containsExactly(dora);
        assertThat(times(a, dora, cut, day)).isEmpty();
        assertThat(times(a, dora, cut, day.plusDays(1))).first().isEqualTo("09:00");
        assertThat(times(a, dora, cut, day.plusDays(3))).isEmpty();
        assertThat(dates(a, dora, cut, day, day.plusDays(3)))
                .containsExactly(day.plusDays(1).toString(), day.plusDays(2).toString());
        assertThat(book(a, dora, cut, berlin(day, 10)).status()).isEqualTo(422);
        assertThat(book(
                                a,
                                dora,
                                cut,
                                day.plusDays(1)
                                        .atTime(10, 0)
                                        .atZone(BERLIN)
                                        .toOffsetDateTime()
                                        .toString())
                        .status())
                .isEqualTo(201);

        owner.delete("/groups/" + tenant.chainId() + "/staff/" + dora + "/assignments/"
                + assigned.data().get("id").asLong());
        assertThat(times(a, dora, cut, day.plusDays(2))).isEmpty();
    }

    @Test
    void herAppointmentAtOneLocationIsBusyTimeAtTheOther() {
        long eve = twoLocationMember();
        long cutA = booking.service(a, "Cut", 60, eve);
        long cutB = booking.service(b, "Cut", 60, eve);
        // 16:00 in Berlin is 10:00 in New York.
        assertThat(times(b, eve, cutB, day)).contains("10:00");
        String fourInBerlin = berlin(day, 16);
        assertThat(book(a, eve, cutA, fourInBerlin).status()).isEqualTo(201);

        assertThat(times(b, eve, cutB, day))
                .doesNotContain("09:15", "10:00", "10:45")
                .contains("09:00", "11:00");
        String tenInNewYork =
                day.atTime(10, 0).atZone(NEW_YORK).toOffsetDateTime().toString();
        Api.Response refused = book(b, eve, cutB, tenInNewYork);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.meta().get("errors").get(0).get("code").asInt()).isEqualTo(433);
        Api.Response byStaff = owner.post(
                "/records/" + b,
                Map.of(
                        "staff_id",
                        eve,
                        "services",
                        List.of(Map.of("id", cutB)),
                        "datetime",
                        tenInNewYork,
                        "seance_length",
                        3600,
                        "client",
                        Map.of("phone", "+49 30 1234567", "name", "Walk In")));
        assertThat(byStaff.status()).as(byStaff.toString()).isIn(409, 422, 433);
        assertThat(overlaps(eve)).isZero();
    }

    @Test
    void bookingHerAtBothLocationsAtOnceLetsExactlyOneIn() {
        long eve = twoLocationMember();
        long cutA = booking.service(a, "Cut", 60, eve);
        long cutB = booking.service(b, "Cut", 60, eve);
        String fourInBerlin = berlin(day, 16);
        String tenInNewYork =
                day.atTime(10, 30).atZone(NEW_YORK).toOffsetDateTime().toString();

        List<Api.Response> responses = Concurrently.run(
                8, i -> i % 2 == 0 ? book(a, eve, cutA, fourInBerlin, i) : book(b, eve, cutB, tenInNewYork, i));

        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 422)).hasSize(7);
        assertThat(overlaps(eve)).isZero();
        long held = db.sql("select count(*) from appointments where team_member_id = :m and holds_time(status)")
                .param("m", eve)
                .query(Long.class)
                .single();
        assertThat(held).isEqualTo(1);
    }

    /** Eve, home A, assigned to B for good, with hours at both. */
    private long twoLocationMember() {
        long eve = booking.member(a, "Eve");
        hoursAt(eve, b);
        Api.Response assigned =
                owner.post("/groups/" + tenant.chainId() + "/staff/" + eve + "/assignments", Map.of("location_id", b));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        return eve;
    }

    private void hoursAt(long member, long location) {
        for (int d = 1; d <= 7; d++) {
            db.sql("""
                            insert into team_member_weekly_hours (team_member_id, location_id, day_of_week, starts_at, ends_at)
                            values (:m, :l, :d, '09:00', '18:00')
                            """).param("m", member).param("l", location).param("d", d).update();
        }
    }

    private long overlaps(long member) {
        return db.sql("""
                        select count(*) from appointments x join appointments y on x.id < y.id
                         where x.team_member_id = :m and y.team_member_id = :m
                           and holds_time(x.status) and holds_time(y.status)
                           and tstzrange(x.busy_from, x.busy_until) && tstzrange(y.busy_from, y.busy_until)
                        """).param("m", member).query(Long.class).single();
    }

    private static String berlin(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(BERLIN).toOffsetDateTime().toString();
    }

    private Api.Response book(long location, long member, long service, String datetime) {
        return book(location, member, service, datetime, 0);
    }

    private Api.Response book(long location, long member, long service, String datetime, int client) {
        return widget.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        "+49 30 76543" + (10 + client),
                        "fullname",
                        "Client " + client,
                        "appointments",
                        List.of(Map.of(
                                "id", 1, "services", List.of(service), "staff_id", member, "datetime", datetime))));
    }

    private List<Long> staff(long location, long service) {
        JsonNode data = widget.get("/book_staff/" + location + "?service_ids[]=" + service)
                .data();
        List<Long> ids = new ArrayList<>();
        data.forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }

    private List<String> times(long location, long member, long service, LocalDate date) {
        JsonNode slots = widget.get("/book_times/" + location + "/" + member + "/" + date + "?service_ids[]=" + service)
                .data();
        List<String> result = new ArrayList<>();
        if (slots != null && slots.isArray()) {
            slots.forEach(s -> result.add(s.get("time").asString()));
        }
        return result;
    }

    private List<String> dates(long location, long member, long service, LocalDate from, LocalDate to) {
        JsonNode data = widget.get("/book_dates/" + location + "?service_ids[]=" + service + "&staff_id=" + member
                        + "&date_from=" + from + "&date_to=" + to)
                .data();
        List<String> result = new ArrayList<>();
        data.get("booking_dates").forEach(d -> result.add(d.asString()));
        return result;
    }
}
