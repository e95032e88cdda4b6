package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What a record says agrees with what happened and with the filters that find it: who cancelled
 * it, the technical break it holds, its attendance and its creator.
 */
@KairosIT
class RecordFactsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api widget;
    Api admin;
    long location;
    long anna;
    long cut;
    LocalDate day;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        widget = Api.at(port).as(tenant.partnerOnly());
        admin = Api.at(port).as(tenant.adminA());
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        anna = booking.member(location, "Anna");
        cut = booking.service(location, "Cut", 60, Map.of("technical_break_seconds", 900), anna);
        day = BookingFixtures.nextTuesday();
    }

    @Test
    void aClientsOwnCancellationSaysTheClientDidIt() {
        JsonNode booked = bookOnline("10:00:00");
        long id = booked.get("record_id").asLong();

        assertThat(widget.delete("/user/records/" + id + "/"
                                + booked.get("record_hash").asString())
                        .status())
                .isBetween(200, 204);

        JsonNode stamps = record(id).get("timestamps");
        assertThat(stamps.get("cancelled_at").isNull()).isFalse();
        assertThat(stamps.get("cancelled_by").isNull()).isTrue();
        assertThat(stamps.get("cancelled_by_client").asBoolean()).isTrue();
        JsonNode log = admin.get("/locations/" + location + "/activity_log?entity=appointment&entity_id=" + id)
                .data();
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry.get("action").asString()).isEqualTo("cancelled");
            assertThat(entry.get("details").get("by").asString()).isEqualTo("client");
        });

        long byStaff = bookOnline("12:00:00").get("record_id").asLong();
        admin.delete("/record/" + location + "/" + byStaff);
        JsonNode staffStamps = record(byStaff).get("timestamps");
        assertThat(staffStamps.get("cancelled_by").asLong())
                .isEqualTo(tenant.adminA().userId());
        assertThat(staffStamps.get("cancelled_by_client").asBoolean()).isFalse();
    }

    @Test
    void anOnlineBookingReportsItsServicesTechnicalBreak() {
        long online = bookOnline("10:00:00").get("record_id").asLong();
        var staff = admin.post(
                "/records/" + location,
                Map.of("staff_id", anna, "datetime", day + " 14:00:00", "services", List.of(Map.of("id", cut))));

        // Minutes on the record, as Altegio's GET /records gives it.
        assertThat(record(online).get("technical_break_duration").asInt()).isEqualTo(15);
        assertThat(staff.data().get("technical_break_duration").asInt()).isEqualTo(15);
    }

    @Test
    void attendanceAndCreatorFiltersFindExactlyTheRowsThatShowThem() {
        long online = bookOnline("10:00:00").get("record_id").asLong();
        long cancelled = bookOnline("12:00:00").get("record_id").asLong();
        admin.delete("/record/" + location + "/" + cancelled);
        long byStaff = admin.post(
                        "/records/" + location,
                        Map.of(
                                "staff_id",
                                anna,
                                "datetime",
                                day + " 14:00:00",
                                "services",
                                List.of(Map.of("id", cut)),
                                "attendance",
                                2))
                .data()
                .get("id")
                .asLong();
        String all = "/records/" + location + "?deleted=all&count=300";

        for (int attendance : new int[] {2, 1, 0, -1}) {
            List<Long> shown =
                    ids(admin.get(all).data(), r -> r.get("attendance").asInt() == attendance);
            List<Long> found = ids(admin.get(all + "&attendance=" + attendance).data(), r -> true);
            assertThat(found).as("attendance=" + attendance).containsExactlyInAnyOrderElementsOf(shown);
        }
        assertThat(ids(admin.get(all + "&attendance=0").data(), r -> true)).contains(online, cancelled);
        assertThat(ids(admin.get(all + "&created_user_id=0").data(), r -> true))
                .containsExactlyInAnyOrder(online, cancelled);
        assertThat(ids(
                        admin.get(all + "&created_user_id=" + tenant.adminA().userId())
                                .data(),
                        r -> true))
                .containsExactly(byStaff);
    }

    private JsonNode bookOnline(String time) {
        var booked = widget.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        "+49 30 1234567",
                        "fullname",
                        "Clara",
                        "appointments",
                        List.of(Map.of(
                                "id", 1, "services", List.of(cut), "staff_id", anna, "datetime", day + " " + time))));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.data().get(0);
    }

    private JsonNode record(long id) {
        return admin.get("/record/" + location + "/" + id).data();
    }

    private static List<Long> ids(JsonNode records, java.util.function.Predicate<JsonNode> which) {
        return StreamSupport.stream(records.spliterator(), false)
                .filter(which)
                .map(r -> r.get("id").asLong())
                .toList();
    }
}
