package dev.kairos.staffbooking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code PUT /record} as real clients send it: only the keys a body names change, the others keep
 * their value, and a full body still replaces the appointment.
 */
@KairosIT
class PartialRecordUpdateIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    long location;
    long anna;
    long ben;
    long cut;
    long colour;
    long label;
    LocalDate day;
    long id;
    String path;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        day = BookingFixtures.nextTuesday();
        anna = booking.member(location, "Anna");
        ben = booking.member(location, "Ben");
        cut = booking.service(location, "Cut", 60, anna, ben);
        colour = booking.service(location, "Colour", 90, anna, ben);
        label = fixtures.db()
                .sql(
                        "insert into appointment_categories (location_id, title, color) values (:l, 'VIP', '#ff0000') returning id")
                .param("l", location)
                .query(Long.class)
                .single();
        var created = admin.post("/records/" + location, full("10:00:00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        id = created.data().get("id").asLong();
        path = "/record/" + location + "/" + id;
    }

    private Map<String, Object> full(String time) {
        Map<String, Object> body = new HashMap<>();
        body.put("staff_id", anna);
        body.put("datetime", day + " " + time);
        body.put("services", List.of(Map.of("id", cut, "first_cost", 80, "discount", 10)));
        body.put("client", Map.of("phone", "+49 30 1234567", "name", "Clara"));
        body.put("comment", "by phone");
        body.put("api_id", "ext-7");
        body.put("record_labels", List.of(String.valueOf(label)));
        body.put("custom_color", "f44336");
        body.put("sms_remain_hours", 24);
        body.put("custom_fields", Map.of("room", "2"));
        return body;
    }

    @Test
    void aCommentAloneChangesTheCommentAndKeepsEverythingElse() {
        JsonNode before = admin.get(path).data();

        var changed = admin.put(path, Map.of("comment", "call first"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode after = changed.data();
        assertThat(after.get("comment").asString()).isEqualTo("call first");
        for (String kept : List.of(
                "staff_id",
                "datetime",
                "seance_length",
                "services",
                "client",
                "api_id",
                "record_labels",
                "custom_color",
                "sms_remain_hours",
                "custom_fields",
                "attendance",
                "visit_id",
                "overbooked")) {
            assertThat(after.get(kept)).as(kept).isEqualTo(before.get(kept));
        }
    }

    @Test
    void anAttendanceAloneMovesTheLifecycleAndTheNextPartialChangeKeepsIt() {
        var confirmed = admin.put(path, Map.of("attendance", 2));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.data().get("attendance").asInt()).isEqualTo(2);
        assertThat(confirmed.data().get("comment").asString()).isEqualTo("by phone");

        var commented = admin.put(path, Map.of("comment", "confirmed by phone"));
        assertThat(commented.data().get("attendance").asInt()).isEqualTo(2);

        var arrived = admin.put(path, Map.of("attendance", 1));
        assertThat(arrived.data().get("attendance").asInt()).isEqualTo(1);
        assertThat(arrived.data().get("status").asString()).isEqualTo("arrived");
    }

    @Test
    void aFullBodyWithoutClientKeepsTheClientAndAnExplicitNullUnlinksIt() {
        long client = admin.get(path).data().get("client").get("id").asLong();
        Map<String, Object> withoutClient = full("11:00:00");
        withoutClient.remove("client");

        var replaced = admin.put(path, withoutClient);

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.data().get("client").get("id").asLong()).isEqualTo(client);
        assertThat(replaced.data().get("date").asString()).isEqualTo(day + " 11:00:00");

        Map<String, Object> unlink = new HashMap<>();
        unlink.put("client", null);
        assertThat(admin.put(path, unlink).data().get("client").isNull()).isTrue();
    }

    @Test
    void aFullBodyStillReplaces() {
        var replaced = admin.put(
                path,
                Map.of(
                        "staff_id",
                        ben,
                        "datetime",
                        day + " 14:00:00",
                        "services",
                        List.of(Map.of("id", colour)),
                        "client",
                        Map.of("phone", "+49 30 7654321", "name", "Dora"),
                        "comment",
                        "",
                        "record_labels",
                        List.of(),
                        "custom_color",
                        "",
                        "api_id",
                        "ext-8"));

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        JsonNode r = replaced.data();
        assertThat(r.get("staff_id").asLong()).isEqualTo(ben);
        assertThat(r.get("date").asString()).isEqualTo(day + " 14:00:00");
        assertThat(r.get("seance_length").asInt()).isEqualTo(5400);
        assertThat(r.get("services")).hasSize(1);
        assertThat(r.get("services").get(0).get("id").asLong()).isEqualTo(colour);
        assertThat(r.get("client").get("name").asString()).isEqualTo("Dora");
        assertThat(r.get("comment").asString()).isEmpty();
        assertThat(r.get("record_labels")).isEmpty();
        assertThat(r.get("api_id").asString()).isEqualTo("ext-8");
    }

    @Test
    void newServicesWithoutALengthTakeTheirOwnLength() {
        var changed = admin.put(path, Map.of("services", List.of(Map.of("id", colour))));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.data().get("seance_length").asInt()).isEqualTo(5400);
        assertThat(changed.data().get("date").asString()).isEqualTo(day + " 10:00:00");
    }

    @Test
    void anOverbookedAppointmentTakesPartialChangesButMovesOnlyOntoFreeTime() {
        Map<String, Object> late = full("19:00:00");
        late.put("save_if_busy", true);
        var overbooked = Api.at(port).as(tenant.owner()).post("/records/" + location, late);
        assertThat(overbooked.status()).as(overbooked.toString()).isEqualTo(201);
        String late7 = "/record/" + location + "/" + overbooked.data().get("id").asLong();

        var commented = admin.put(late7, Map.of("comment", "after hours, agreed"));
        assertThat(commented.status()).as(commented.toString()).isEqualTo(200);
        assertThat(commented.data().get("overbooked").asBoolean()).isTrue();

        var onto = admin.put(late7, Map.of("datetime", day + " 10:30:00"));
        assertThat(onto.status()).isEqualTo(422);
        assertThat(onto.meta().get("errors").get(0).get("code").asInt()).isEqualTo(433);
        assertThat(admin.get(late7).data().get("date").asString()).isEqualTo(day + " 19:00:00");
    }

    @Test
    void aBodyThatIsNoObjectIsRefused() {
        JsonNode before = admin.get(path).data();

        assertThat(admin.put(path, List.of(Map.of("comment", "x"))).status()).isEqualTo(400);
        assertThat(admin.put(path, "\"x\"").status()).isEqualTo(400);
        assertThat(admin.get(path).data()).isEqualTo(before);
    }
}
