package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every refusal of online booking: its HTTP status, its Altegio code, and that nothing was stored. */
@KairosIT
class BookingRefusalsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api widget;
    BookingFixtures booking;
    long location;
    long anna;
    long cut;
    long walkIn;
    LocalDate day;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        widget = Api.at(port).as(tenant.partnerOnly());
        booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        anna = booking.member(location, "Anna");
        cut = booking.service(location, "Haircut", 60, anna);
        walkIn = booking.service(
                location,
                "Express",
                15,
                Map.of("booking_type", "walk_in_only", "allow_walk_in", true, "allow_customer_booking", false),
                anna);
        day = BookingFixtures.nextTuesday();
    }

    Map<String, Object> request(String phone, String name, List<Map<String, Object>> appointments) {
        var body = new java.util.HashMap<String, Object>();
        body.put("phone", phone);
        body.put("fullname", name);
        body.put("appointments", appointments);
        return body;
    }

    Map<String, Object> at(int id, long service, long staff, String time) {
        return Map.of("id", id, "services", List.of(service), "staff_id", staff, "datetime", day + " " + time);
    }

    interface Body extends java.util.function.Function<BookingRefusalsIT, Map<String, Object>> {}

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(
                        "phone in a wrong format",
                        (Body) t -> t.request("12", "Maria", List.of(t.at(1, t.cut, t.anna, "09:00:00"))),
                        431),
                Arguments.of(
                        "no phone",
                        (Body) t -> t.request(null, "Maria", List.of(t.at(1, t.cut, t.anna, "09:00:00"))),
                        431),
                Arguments.of(
                        "no name",
                        (Body) t -> t.request("+49301234567", " ", List.of(t.at(1, t.cut, t.anna, "09:00:00"))),
                        435),
                Arguments.of(
                        "not a working time",
                        (Body) t -> t.request("+49301234567", "Maria", List.of(t.at(1, t.cut, t.anna, "19:00:00"))),
                        433),
                Arguments.of(
                        "off the slot grid",
                        (Body) t -> t.request("+49301234567", "Maria", List.of(t.at(1, t.cut, t.anna, "09:07:00"))),
                        433),
                Arguments.of(
                        "two overlapping in one request",
                        (Body) t -> t.request(
                                "+49301234567",
                                "Maria",
                                List.of(t.at(1, t.cut, t.anna, "09:00:00"), t.at(2, t.cut, t.anna, "09:30:00"))),
                        437),
                Arguments.of(
                        "walk-in only",
                        (Body) t -> t.request("+49301234567", "Maria", List.of(t.at(1, t.walkIn, t.anna, "09:00:00"))),
                        438),
                Arguments.of(
                        "unknown service",
                        (Body) t ->
                                t.request("+49301234567", "Maria", List.of(t.at(1, 987654321L, t.anna, "09:00:00"))),
                        438),
                Arguments.of(
                        "no services",
                        (Body) t -> t.request(
                                "+49301234567",
                                "Maria",
                                List.of(Map.of(
                                        "id",
                                        1,
                                        "services",
                                        List.of(),
                                        "staff_id",
                                        t.anna,
                                        "datetime",
                                        t.day + " 09:00:00"))),
                        422));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusedWithTheAltegioCodeAndNothingStored(String why, Body body, int code) {
        long before = fixtures.count("appointments");
        long clients = fixtures.count("clients");
        var response = widget.post("/book_record/" + location, body.apply(this));
        assertThat(response.status()).as(why).isEqualTo(422);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.meta().get("errors").get(0).get("code").asInt())
                .as(why)
                .isEqualTo(code);
        assertThat(fixtures.count("appointments")).isEqualTo(before);
        assertThat(fixtures.count("clients")).isEqualTo(clients);
    }

    @Test
    void aTakenTimeIs433NamingTheAppointment() {
        assertThat(widget.post(
                                "/book_record/" + location,
                                request("+49301234567", "Maria", List.of(at(5, cut, anna, "10:00:00"))))
                        .status())
                .isEqualTo(201);
        var again = widget.post(
                "/book_record/" + location, request("+49301234568", "Max", List.of(at(6, cut, anna, "10:30:00"))));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.meta().get("errors").get(0).get("code").asInt()).isEqualTo(433);
        assertThat(again.meta().get("errors").get(0).get("id").asInt()).isEqualTo(6);
    }

    @Test
    void walkInOnlyOffersNoSlots() {
        assertThat(widget.get("/book_times/" + location + "/" + anna + "/" + day + "?service_ids[]=" + walkIn)
                        .status())
                .isEqualTo(422);
        var omneo = widget.post(
                "/locations/" + location + "/services/" + walkIn + "/available-slots", Map.of("date", day.toString()));
        assertThat(omneo.status()).isEqualTo(200);
        assertThat(omneo.data().get("slots")).isEmpty();
        assertThat(widget.get("/book_services/" + location)
                        .data()
                        .get("services")
                        .toString())
                .doesNotContain("Express");
    }

    @Test
    void badInputIs4xxInTheEnvelope() {
        long before = fixtures.count("appointments");
        assertThat(widget.post("/book_record/" + location, "{\"phone\": ").status())
                .isEqualTo(400);
        assertThat(widget.post("/book_record/" + location, "{\"appointments\": \"many\"}")
                        .status())
                .isEqualTo(400);
        assertThat(widget.post(
                                "/book_record/" + location,
                                request(
                                        "+49301234567",
                                        "Maria",
                                        List.of(Map.of(
                                                "id",
                                                1,
                                                "services",
                                                List.of(cut),
                                                "staff_id",
                                                anna,
                                                "datetime",
                                                "2026-02-30 10:00:00"))))
                        .status())
                .isEqualTo(400);
        assertThat(widget.get("/book_times/" + location + "/" + anna + "/2026-13-01?service_ids[]=" + cut)
                        .status())
                .isEqualTo(400);
        assertThat(widget.get("/book_times/" + location + "/" + anna + "/" + day + "?service_ids[]=abc")
                        .status())
                .isEqualTo(400);
        assertThat(widget.get("/book_times/" + location + "/424242424/" + day + "?service_ids[]=" + cut)
                        .status())
                .isEqualTo(404);
        assertThat(widget.get("/book_times/999999999/0/" + day).status()).isEqualTo(404);
        assertThat(widget.get("/book_dates/" + location + "?date_from=" + day + "&date_to=" + day.minusDays(3))
                        .status())
                .isEqualTo(422);
        assertThat(widget.post("/book_check/" + location, "{\"appointments\": 5}")
                        .status())
                .isEqualTo(400);
        assertThat(fixtures.count("appointments")).isEqualTo(before);
    }

    @Test
    void anotherChainsPartnerTokenCannotBookHere() {
        Tenant other = fixtures.tenant();
        var response = Api.at(port)
                .as(other.partnerOnly())
                .post(
                        "/book_record/" + location,
                        request("+49301234567", "Maria", List.of(at(1, cut, anna, "09:00:00"))));
        assertThat(response.status()).isEqualTo(403);
        assertThat(Api.at(port)
                        .as(other.partnerOnly())
                        .get("/book_times/" + location + "/0/" + day)
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as(other.partnerOnly())
                        .get("/book_times/" + location + "/" + anna + "/" + day + "?service_ids[]=" + cut)
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as(other.partnerOnly())
                        .get("/book_dates/" + location + "?service_ids[]=" + cut + "&date_from=" + day + "&date_to="
                                + day.plusDays(6))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void cancellationFollowsTheLocationsRules() {
        var booked = widget.post(
                        "/book_record/" + location,
                        request("+49301234567", "Maria", List.of(at(1, cut, anna, "09:00:00"))))
                .data()
                .get(0);
        String path = "/user/records/" + booked.get("record_id").asLong() + "/"
                + booked.get("record_hash").asString();
        fixtures.db()
                .sql("update locations set allow_delete_record = false where id = :l")
                .param("l", location)
                .update();
        assertThat(widget.delete(path).status()).isEqualTo(422);
        fixtures.db()
                .sql(
                        "update locations set allow_delete_record = true, allow_delete_record_delay_step = 100000000 where id = :l")
                .param("l", location)
                .update();
        var late = widget.delete(path);
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.meta().get("message").asString()).contains("too late");
        assertThat(booking.holding(location)).isEqualTo(1);
    }
}
