package dev.kairos.staffbooking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.auth.Right;
import dev.kairos.booking.BookingFixtures;
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

/** Every lifecycle move from every status over HTTP: the legal ones stamp time and actor, the rest are refused. */
@KairosIT
class LifecycleIT {

    /** For each move, the statuses it may start from (DESIGN.md's lifecycle). */
    static final Map<String, List<String>> LEGAL = Map.of(
            "confirm", List.of("requested"),
            "reject", List.of("requested"),
            "client_confirm", List.of("requested", "confirmed"),
            "arrive", List.of("requested", "confirmed", "no_show"),
            "complete", List.of("confirmed", "arrived"),
            "no_show", List.of("requested", "confirmed", "arrived"),
            "wait", List.of("arrived", "no_show"),
            "cancel", List.of("requested", "confirmed", "arrived", "completed", "no_show"));

    static final List<String> STATUSES =
            List.of("requested", "confirmed", "arrived", "completed", "no_show", "cancelled", "rejected");
    static final Map<String, String> TARGET = Map.of(
            "confirm",
            "confirmed",
            "reject",
            "rejected",
            "client_confirm",
            "confirmed",
            "arrive",
            "arrived",
            "complete",
            "completed",
            "no_show",
            "no_show",
            "wait",
            "confirmed",
            "cancel",
            "cancelled");
    static final Map<String, String> STAMP = Map.of(
            "confirm",
            "confirmed_at",
            "reject",
            "rejected_at",
            "arrive",
            "arrived_at",
            "complete",
            "completed_at",
            "no_show",
            "no_show_at",
            "cancel",
            "cancelled_at");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    long location;
    long anna;
    LocalDate day;
    int slot;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        anna = booking.member(location, "Anna");
        day = BookingFixtures.nextTuesday();
        slot = 0;
    }

    @Test
    void everyMoveFromEveryStatus() {
        for (var move : LEGAL.entrySet()) {
            for (String status : STATUSES) {
                long id = appointmentIn(status);
                var response =
                        admin.post("/locations/" + location + "/appointments/" + id + "/" + move.getKey(), Map.of());
                String label = move.getKey() + " from " + status;
                if (move.getValue().contains(status)) {
                    assertThat(response.status()).as(label + ": " + response).isEqualTo(200);
                    JsonNode record = response.data();
                    assertThat(record.get("status").asString()).as(label).isEqualTo(TARGET.get(move.getKey()));
                    String stamp = STAMP.get(move.getKey());
                    if (stamp != null) {
                        assertThat(record.get("timestamps").get(stamp).isNull())
                                .as(label)
                                .isFalse();
                    }
                } else {
                    assertThat(response.status()).as(label + ": " + response).isEqualTo(409);
                    assertThat(response.meta().get("message").asString())
                            .as(label)
                            .contains("cannot be moved");
                    assertThat(statusOf(id)).as(label + " leaves the status").isEqualTo(status);
                }
            }
        }
    }

    @Test
    void altegioAttendanceAndWhoDidIt() {
        long id = appointmentIn("confirmed");
        var clientConfirmed = admin.post("/locations/" + location + "/appointments/" + id + "/client_confirm", Map.of())
                .data();
        assertThat(clientConfirmed.get("attendance").asInt()).isEqualTo(2);
        var arrived = admin.post("/locations/" + location + "/appointments/" + id + "/arrive", Map.of())
                .data();
        assertThat(arrived.get("attendance").asInt()).isEqualTo(1);
        var undone = admin.post("/locations/" + location + "/appointments/" + id + "/wait", Map.of())
                .data();
        assertThat(undone.get("attendance").asInt()).isZero();
        assertThat(undone.get("timestamps").get("arrived_at").isNull()).isFalse();
        var noShow = admin.post("/locations/" + location + "/appointments/" + id + "/no_show", Map.of())
                .data();
        assertThat(noShow.get("attendance").asInt()).isEqualTo(-1);
        assertThat(noShow.get("confirmed").asInt()).isEqualTo(1);
        assertThat(admin.post("/locations/" + location + "/appointments/" + id + "/teleport", Map.of())
                        .status())
                .isEqualTo(404);

        long requested = appointmentIn("requested");
        var rejected = admin.post("/locations/" + location + "/appointments/" + requested + "/reject", Map.of())
                .data();
        assertThat(rejected.get("deleted").asBoolean()).isTrue();
        assertThat(rejected.get("confirmed").asInt()).isZero();
        assertThat(rejected.get("timestamps").get("rejected_by").asLong())
                .isEqualTo(tenant.adminA().userId());
        var log = admin.get("/locations/" + location
                        + "/activity_log?action=status_changed&entity=appointment&entity_id=" + id)
                .data();
        assertThat(log)
                .extracting(e -> e.get("details").get("transition").asString())
                .containsExactly("no_show", "wait", "arrive", "client_confirm");
    }

    @Test
    void aNoShowMarkedArrivedCannotTakeBackTimeBookedMeanwhile() {
        long id = appointmentIn("no_show");
        slot--;
        long other = appointmentIn("confirmed");
        assertThat(other).isNotEqualTo(id);
        var revived = admin.post("/locations/" + location + "/appointments/" + id + "/arrive", Map.of());
        assertThat(revived.status()).isEqualTo(409);
        assertThat(statusOf(id)).isEqualTo("no_show");
    }

    @Test
    void deletingPaidOrAttendedAppointmentsNeedsItsRight() {
        Api clerk = Api.at(port)
                .as(fixtures.user(tenant, location, Right.VIEW_RECORDS, Right.EDIT_RECORDS, Right.DELETE_RECORDS));
        long plain = appointmentIn("confirmed");
        long arrived = appointmentIn("arrived");
        long paid = appointmentIn("confirmed");
        long account = fixtures.db()
                .sql("insert into accounts (location_id, title) values (:l, 'Till') returning id")
                .param("l", location)
                .query(Long.class)
                .single();
        assertThat(admin.post(
                                "/locations/" + location + "/appointments/" + paid + "/payments",
                                Map.of("account_id", account, "amount", 10))
                        .status())
                .isEqualTo(201);

        var arrivedRefusal = clerk.delete("/record/" + location + "/" + arrived);
        assertThat(arrivedRefusal.status()).isEqualTo(403);
        assertThat(arrivedRefusal.meta().get("message").asString()).contains("arrived");
        assertThat(clerk.delete("/record/" + location + "/" + paid)
                        .meta()
                        .get("message")
                        .asString())
                .contains("paid");
        assertThat(statusOf(arrived)).isEqualTo("arrived");
        assertThat(statusOf(paid)).isEqualTo("confirmed");

        var bulk = clerk.post(
                "/locations/" + location + "/appointments/bulk_delete",
                Map.of("ids", List.of(plain, arrived, paid, 999999999L)));
        assertThat(bulk.status()).isEqualTo(200);
        assertThat(bulk.data())
                .extracting(r -> r.get("deleted").asBoolean())
                .containsExactly(true, false, false, false);
        assertThat(bulk.data().get(1).get("message").asString()).contains("arrived");
        assertThat(bulk.data().get(2).get("message").asString()).contains("paid");
        assertThat(bulk.data().get(3).get("message").asString()).contains("not found");
        assertThat(bulk.meta().get("deleted").asInt()).isEqualTo(1);
        assertThat(bulk.meta().get("refused").asInt()).isEqualTo(3);
        assertThat(statusOf(plain)).isEqualTo("cancelled");

        assertThat(admin.delete("/record/" + location + "/" + arrived).status()).isEqualTo(204);
        assertThat(admin.delete("/record/" + location + "/" + paid).status()).isEqualTo(204);
        var kept = admin.get("/records/" + location + "?deleted=only");
        assertThat(kept.data()).extracting(r -> r.get("id").asLong()).containsExactlyInAnyOrder(plain, arrived, paid);
    }

    /** A fresh appointment in {@code status}, in the next free hour (eight a day, from 09:00). */
    long appointmentIn(String status) {
        int n = slot++;
        var created = admin.post(
                "/records/" + location,
                Map.of(
                        "staff_id",
                        anna,
                        "datetime",
                        day.plusDays(n / 8) + String.format(" %02d:00", 9 + n % 8),
                        "seance_length",
                        3600));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.data().get("id").asLong();
        fixtures.db()
                .sql("update appointments set status = :s, client_confirmed = false where id = :id")
                .param("s", status)
                .param("id", id)
                .update();
        return id;
    }

    String statusOf(long id) {
        return fixtures.db()
                .sql("select status from appointments where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
