package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Rooms and devices are held with the appointment; Omneo-style availability of one definition. */
@KairosIT
class ResourcesAndDefinitionsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api widget;
    BookingFixtures booking;
    long location;
    long anna;
    long ben;
    LocalDate day;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        widget = Api.at(port).as(tenant.partnerOnly());
        booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        anna = booking.member(location, "Anna");
        ben = booking.member(location, "Ben");
        day = BookingFixtures.nextTuesday();
    }

    long roomWithOneInstance() {
        long room = fixtures.db()
                .sql("insert into resources (location_id, title) values (:l, 'Treatment room') returning id")
                .param("l", location)
                .query(Long.class)
                .single();
        fixtures.db()
                .sql("insert into resource_instances (resource_id, location_id, title) values (:r, :l, 'Room 1')")
                .param("r", room)
                .param("l", location)
                .update();
        return room;
    }

    @Test
    void theOnlyRoomIsHeldByTheFirstBooking() {
        long room = roomWithOneInstance();
        long facial = booking.service(location, "Facial", 60, anna, ben);
        fixtures.db()
                .sql("insert into service_resources (service_id, resource_id) values (:s, :r)")
                .param("s", facial)
                .param("r", room)
                .update();

        var first = book(facial, anna, "10:00:00");
        assertThat(first.status()).isEqualTo(201);
        long held = fixtures.db()
                .sql("select count(*) from appointment_resources where appointment_id = :id and active")
                .param("id", first.data().get(0).get("record_id").asLong())
                .query(Long.class)
                .single();
        assertThat(held).isEqualTo(1);

        var second = book(facial, ben, "10:30:00");
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.meta().get("errors").get(0).get("code").asInt()).isEqualTo(433);
        assertThat(second.meta().get("message").asString()).contains("room");

        JsonNode times = widget.get("/book_times/" + location + "/" + ben + "/" + day + "?service_ids[]=" + facial)
                .data();
        assertThat(times)
                .extracting(t -> t.get("time").asString())
                .doesNotContain("10:00", "10:30")
                .contains("11:00", "09:00");

        String hash = first.data().get(0).get("record_hash").asString();
        assertThat(widget.delete("/user/records/"
                                + first.data().get(0).get("record_id").asLong() + "/" + hash)
                        .status())
                .isEqualTo(200);
        assertThat(book(facial, ben, "10:30:00").status()).isEqualTo(201);
    }

    @Test
    void omneoSlotsForADateARangeAndTheStaffPicker() {
        long cut = booking.service(location, "Haircut", 60, anna);
        var slots = widget.post(
                "/locations/" + location + "/services/" + cut + "/available-slots", Map.of("date", day.toString()));
        assertThat(slots.status()).isEqualTo(200);
        assertThat(slots.data().get("timezone").asString()).isEqualTo("Europe/Berlin");
        assertThat(slots.data().get("slots")).hasSize(33);
        assertThat(slots.data()
                        .get("slot_details")
                        .get(0)
                        .get("staff_ids")
                        .get(0)
                        .asLong())
                .isEqualTo(anna);
        assertThat(slots.meta().get("duration_minutes").asInt()).isEqualTo(60);

        var range = widget.post(
                "/locations/" + location + "/services/" + cut + "/available-slots-range",
                Map.of("start_date", day.toString(), "end_date", day.plusDays(6).toString()));
        assertThat(range.data().get("dates").size()).isEqualTo(7);
        var tooLong = widget.post(
                "/locations/" + location + "/services/" + cut + "/available-slots-range",
                Map.of(
                        "start_date",
                        day.toString(),
                        "end_date",
                        day.plusDays(31).toString()));
        assertThat(tooLong.status()).isEqualTo(422);

        var staff = widget.post(
                "/locations/" + location + "/services/" + cut + "/available-staff", Map.of("date", day.toString()));
        assertThat(staff.data()).extracting(s -> s.get("id").asLong()).containsExactly(anna);
        assertThat(staff.data().get(0).get("available").asBoolean()).isTrue();
    }

    @Test
    void approvalRequiredBookingsWaitForStaff() {
        long consult = booking.service(location, "Consultation", 30, Map.of("booking_type", "approval_required"), anna);
        var booked = book(consult, anna, "09:00:00");
        long id = booked.data().get(0).get("record_id").asLong();
        String path = "/book_record/" + location + "/" + id + "/"
                + booked.data().get(0).get("record_hash").asString();
        assertThat(widget.get(path).data().get("status").asString()).isEqualTo("requested");
        assertThat(widget.get(path).data().get("confirmed").asInt()).isZero();
        assertThat(Api.at(port)
                        .as(tenant.viewerA())
                        .post("/locations/" + location + "/appointments/" + id + "/confirm", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(widget.post("/locations/" + location + "/appointments/" + id + "/confirm", Map.of())
                        .status())
                .isEqualTo(401);
        var rejected = Api.at(port)
                .as(tenant.adminA())
                .post("/locations/" + location + "/appointments/" + id + "/reject", Map.of());
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.data().get("status").asString()).isEqualTo("rejected");
        assertThat(rejected.data().get("deleted").asBoolean()).isTrue();
        assertThat(book(consult, anna, "09:00:00").status()).isEqualTo(201);
    }

    Api.Response book(long service, long staff, String time) {
        return widget.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        "+4930" + (5000000 + (int) (Math.random() * 999999)),
                        "fullname",
                        "Client",
                        "appointments",
                        List.of(Map.of(
                                "id",
                                1,
                                "services",
                                List.of(service),
                                "staff_id",
                                staff,
                                "datetime",
                                day + " " + time))));
    }
}
