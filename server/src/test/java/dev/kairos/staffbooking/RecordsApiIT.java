package dev.kairos.staffbooking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.auth.Right;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Concurrently;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.KeptMoney;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff create, read, replace and delete records over HTTP, under the same no-overlap rule as online booking. */
@KairosIT
class RecordsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    BookingFixtures booking;
    long location;
    LocalDate day;
    long anna;
    long cut;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        day = BookingFixtures.nextTuesday();
        anna = booking.member(location, "Anna");
        cut = booking.service(location, "Haircut", 60, Map.of("buffer_after_seconds", 900), anna);
    }

    Map<String, Object> record(long staff, String time, Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "staff_id",
                staff,
                "datetime",
                day + " " + time,
                "services",
                List.of(Map.of("id", cut, "first_cost", 80, "discount", 10)),
                "client",
                Map.of("phone", "030 1234567", "name", "Clara", "surname", "Client"),
                "comment",
                "by phone"));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    @Test
    void createReadReplaceDelete() {
        var created =
                admin.post("/records/" + location, record(anna, "10:00:00", "api_id", "ext-1", "sms_remain_hours", 24));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var r = created.data();
        long id = r.get("id").asLong();
        assertThat(r.get("company_id").asLong()).isEqualTo(location);
        assertThat(r.get("staff_id").asLong()).isEqualTo(anna);
        assertThat(r.get("staff").get("name").asString()).isEqualTo("Anna");
        assertThat(r.get("date").asString()).isEqualTo(day + " 10:00:00");
        assertThat(r.get("datetime").asString()).startsWith(day + "T10:00:00+0");
        assertThat(r.get("seance_length").asInt()).isEqualTo(3600);
        assertThat(r.get("services").get(0).get("first_cost").decimalValue()).isEqualByComparingTo("80");
        assertThat(r.get("services").get(0).get("cost").decimalValue()).isEqualByComparingTo("72");
        assertThat(r.get("client").get("phone").asString()).isEqualTo("+49301234567");
        assertThat(r.get("client").get("display_name").asString()).isEqualTo("Clara Client");
        assertThat(r.get("attendance").asInt()).isZero();
        assertThat(r.get("confirmed").asInt()).isEqualTo(1);
        assertThat(r.get("online").asBoolean()).isFalse();
        assertThat(r.get("deleted").asBoolean()).isFalse();
        assertThat(r.get("api_id").asString()).isEqualTo("ext-1");
        assertThat(r.get("sms_remain_hours").asInt()).isEqualTo(24);
        assertThat(r.get("created_user_id").asLong()).isEqualTo(tenant.adminA().userId());
        assertThat(r.get("visit_id").asLong()).isPositive();
        assertThat(r.get("paid_full").asInt()).isZero();
        assertThat(KeptMoney.of(fixtures.db(), id)).isEqualTo("72.00 paid 0.00");

        assertThat(admin.get("/record/" + location + "/" + id).data()).isEqualTo(r);
        assertThat(admin.get("/locations/" + location + "/appointments/" + id).data())
                .isEqualTo(r);

        var moved = admin.put(
                "/record/" + location + "/" + id,
                record(
                        anna,
                        "14:00:00",
                        "comment",
                        "moved",
                        "services",
                        List.of(Map.of("id", cut, "first_cost", 100), Map.of("id", cut, "cost", 5))));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(KeptMoney.of(fixtures.db(), id)).isEqualTo("105.00 paid 0.00");
        assertThat(moved.data().get("date").asString()).isEqualTo(day + " 14:00:00");
        assertThat(moved.data().get("comment").asString()).isEqualTo("moved");
        assertThat(moved.data().get("id").asLong()).isEqualTo(id);

        assertThat(admin.delete("/record/" + location + "/" + id).status()).isEqualTo(204);
        var deleted = admin.get("/record/" + location + "/" + id).data();
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(deleted.get("status").asString()).isEqualTo("cancelled");
        assertThat(deleted.get("timestamps").get("cancelled_by").asLong())
                .isEqualTo(tenant.adminA().userId());
        // Deleting again is no error: a client that retries its DELETE gets the same answer.
        assertThat(admin.delete("/record/" + location + "/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/record/" + location + "/" + id).data()).isEqualTo(deleted);
        assertThat(admin.put("/record/" + location + "/" + id, record(anna, "15:00:00"))
                        .status())
                .isEqualTo(409);
        assertThat(admin.post("/locations/" + location + "/appointments/" + id + "/confirm", Map.of())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void overlapsAreRefusedUnlessOverbookingOnPurposeWithTheRight() {
        assertThat(admin.post("/records/" + location, record(anna, "10:00:00")).status())
                .isEqualTo(201);
        long before = fixtures.count("appointments");
        // 10:00 + 60 min + 15 min buffer: 11:00 is still inside the buffer.
        var clash = admin.post("/records/" + location, record(anna, "11:00:00"));
        assertThat(clash.status()).isEqualTo(422);
        assertThat(clash.meta().get("errors").get(0).get("code").asInt()).isEqualTo(433);
        assertThat(clash.meta().get("message").asString()).contains("another appointment");
        assertThat(admin.post("/records/" + location, record(anna, "19:00:00"))
                        .meta()
                        .get("message")
                        .asString())
                .contains("working hours");
        Api editor = Api.at(port).as(fixtures.user(tenant, location, Right.EDIT_RECORDS, Right.VIEW_RECORDS));
        assertThat(editor.post("/records/" + location, record(anna, "11:00:00", "save_if_busy", true))
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.count("appointments")).isEqualTo(before);

        var overbooked = admin.post("/records/" + location, record(anna, "11:00:00", "save_if_busy", true));
        assertThat(overbooked.status()).isEqualTo(201);
        assertThat(overbooked.data().get("overbooked").asBoolean()).isTrue();
        long id = overbooked.data().get("id").asLong();
        var log = admin.get("/locations/" + location + "/activity_log?entity=appointment&entity_id=" + id);
        assertThat(log.data().get(0).get("details").get("overbooked").asBoolean())
                .isTrue();
        assertThat(log.data().get(0).get("user_id").asLong())
                .isEqualTo(tenant.adminA().userId());
        var free = admin.post("/records/" + location, record(anna, "12:15:00"));
        assertThat(free.status()).isEqualTo(201);
        assertThat(free.data().get("overbooked").asBoolean()).isFalse();
        // An appointment is moved only onto free time.
        var onto = admin.put("/record/" + location + "/" + free.data().get("id").asLong(), record(anna, "10:30:00"));
        assertThat(onto.status()).isEqualTo(422);
        assertThat(admin.get("/record/" + location + "/" + free.data().get("id").asLong())
                        .data()
                        .get("date")
                        .asString())
                .isEqualTo(day + " 12:15:00");
    }

    @Test
    void timeHeldForDaysRefusesStaffBookingsOnEveryDayItSpans() {
        // Held from the evening two days before to noon: the long-hold index must find it.
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        booking.hold(
                location,
                anna,
                day.minusDays(2).atTime(18, 0).atZone(berlin),
                day.atTime(12, 0).atZone(berlin));
        long before = fixtures.count("appointments");
        var clash = admin.post("/records/" + location, record(anna, "10:00:00"));
        assertThat(clash.status()).isEqualTo(422);
        assertThat(clash.meta().get("message").asString()).contains("another appointment");
        assertThat(fixtures.count("appointments")).isEqualTo(before);
        assertThat(admin.post("/records/" + location, record(anna, "12:00:00")).status())
                .isEqualTo(201);
    }

    @Test
    void staffAndOnlineBookingsShareTheNoOverlapRule() {
        assertThat(admin.post("/records/" + location, record(anna, "10:00:00")).status())
                .isEqualTo(201);
        var online = Api.at(port)
                .as(tenant.partnerOnly())
                .post(
                        "/book_record/" + location,
                        Map.of(
                                "phone",
                                "+4930999999",
                                "fullname",
                                "Online",
                                "appointments",
                                List.of(Map.of(
                                        "id",
                                        1,
                                        "services",
                                        List.of(cut),
                                        "staff_id",
                                        anna,
                                        "datetime",
                                        day + " 10:30:00"))));
        assertThat(online.status()).isEqualTo(422);
        assertThat(online.meta().get("errors").get(0).get("code").asInt()).isEqualTo(433);
    }

    @Test
    void twentyConcurrentStaffBookingsOfOneSlotGiveOneAppointment() throws Exception {
        List<Integer> statuses = Concurrently.run(20, i -> admin.post("/records/" + location, record(anna, "10:00:00"))
                .status());
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(19);
    }

    @Test
    void appointmentsWithoutClientOrServicesAndVisitsOfOneClient() {
        var bare = admin.post(
                "/records/" + location, Map.of("staff_id", anna, "datetime", day + " 09:00", "seance_length", 1800));
        assertThat(bare.status()).as(bare.toString()).isEqualTo(201);
        assertThat(bare.data().get("client").isNull()).isTrue();
        assertThat(bare.data().get("services")).isEmpty();
        assertThat(bare.data().get("seance_length").asInt()).isEqualTo(1800);
        long first = admin.post("/records/" + location, record(anna, "10:00:00"))
                .data()
                .get("visit_id")
                .asLong();
        long second = admin.post("/records/" + location, record(anna, "13:00:00"))
                .data()
                .get("visit_id")
                .asLong();
        assertThat(second).isEqualTo(first);
        assertThat(bare.data().get("visit_id").asLong()).isNotEqualTo(first);
    }
}
