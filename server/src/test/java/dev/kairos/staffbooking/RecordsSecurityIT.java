package dev.kairos.staffbooking;

import static dev.kairos.support.RefusalTable.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.RefusalTable;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The records API checks the location and the right on every request and refuses bad input without changing anything. */
@KairosIT
class RecordsSecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    long a;
    long b;
    long annaA;
    long bertB;
    long cutA;
    long cutB;
    long recordA;
    long recordB;
    LocalDate day;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        a = tenant.locationA();
        b = tenant.locationB();
        day = BookingFixtures.nextTuesday();
        annaA = booking.member(a, "Anna");
        bertB = booking.member(b, "Bert");
        cutA = booking.service(a, "Cut A", 30, annaA);
        cutB = booking.service(b, "Cut B", 30, bertB);
        recordA = admin.post("/records/" + a, body(annaA, cutA, "10:00"))
                .data()
                .get("id")
                .asLong();
        recordB = Api.at(port)
                .as(tenant.owner())
                .post("/records/" + b, body(bertB, cutB, "10:00"))
                .data()
                .get("id")
                .asLong();
    }

    static Map<String, Object> body(long staff, long service, String time) {
        return Map.of(
                "staff_id",
                staff,
                "datetime",
                BookingFixtures.nextTuesday() + " " + time,
                "services",
                List.of(Map.of("id", service)));
    }

    @Test
    void aUserOfLocationAGets403OnEveryLocationBEndpoint() {
        List<Object[]> cases = List.of(
                refused("GET", "/records/" + b, null, 403),
                refused("GET", "/locations/" + b + "/appointments", null, 403),
                refused("GET", "/appointments?filter[location_id]=" + b, null, 403),
                refused("POST", "/records/" + b, body(bertB, cutB, "12:00"), 403),
                refused("GET", "/record/" + b + "/" + recordB, null, 403),
                refused("PUT", "/record/" + b + "/" + recordB, body(bertB, cutB, "12:00"), 403),
                refused("DELETE", "/record/" + b + "/" + recordB, null, 403),
                refused("POST", "/locations/" + b + "/appointments/" + recordB + "/arrive", Map.of(), 403),
                refused("POST", "/locations/" + b + "/appointments/bulk_delete", Map.of("ids", List.of(recordB)), 403),
                refused("GET", "/locations/" + b + "/activity_log", null, 403),
                // B's record through A's path is simply not there.
                refused("GET", "/record/" + a + "/" + recordB, null, 404),
                refused("PUT", "/record/" + a + "/" + recordB, body(annaA, cutA, "12:00"), 404),
                refused("DELETE", "/record/" + a + "/" + recordB, null, 404),
                refused("POST", "/locations/" + a + "/appointments/" + recordB + "/arrive", Map.of(), 404));
        RefusalTable.assertAllRefused(admin, cases);
        var bulk = admin.post("/locations/" + a + "/appointments/bulk_delete", Map.of("ids", List.of(recordB)));
        assertThat(bulk.data().get(0).get("deleted").asBoolean()).isFalse();
        assertThat(fixtures.db()
                        .sql("select status from appointments where id = :id")
                        .param("id", recordB)
                        .query(String.class)
                        .single())
                .isEqualTo("confirmed");
        assertThat(admin.get("/records/" + a + "?with_deleted=1").data())
                .extracting(r -> r.get("id").asLong())
                .containsExactly(recordA);
    }

    @Test
    void rolesAndTokens() {
        Api viewer = Api.at(port).as(tenant.viewerA());
        assertThat(viewer.get("/records/" + a).status()).isEqualTo(200);
        assertThat(viewer.get("/record/" + a + "/" + recordA).status()).isEqualTo(200);
        RefusalTable.assertAllRefused(
                viewer,
                List.of(
                        refused("POST", "/records/" + a, body(annaA, cutA, "12:00"), 403),
                        refused("PUT", "/record/" + a + "/" + recordA, body(annaA, cutA, "12:00"), 403),
                        refused("DELETE", "/record/" + a + "/" + recordA, null, 403),
                        refused("POST", "/locations/" + a + "/appointments/" + recordA + "/complete", Map.of(), 403),
                        refused(
                                "POST",
                                "/locations/" + a + "/appointments/bulk_delete",
                                Map.of("ids", List.of(recordA)),
                                403),
                        refused("GET", "/locations/" + a + "/activity_log", null, 403)));
        Api partnerOnly = Api.at(port).as(tenant.partnerOnly());
        RefusalTable.assertAllRefused(
                partnerOnly,
                List.of(
                        refused("GET", "/records/" + a, null, 401),
                        refused("POST", "/records/" + a, body(annaA, cutA, "12:00"), 401),
                        refused("DELETE", "/record/" + a + "/" + recordA, null, 401)));
        RefusalTable.assertAllRefused(Api.at(port), List.<Object[]>of(refused("GET", "/records/" + a, null, 401)));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long label = fixtures.db()
                .sql("insert into appointment_categories (location_id, title) values (:l, 'B label') returning id")
                .param("l", b)
                .query(Long.class)
                .single();
        long clientB = fixtures.db()
                .sql("""
                        insert into clients (chain_id, location_id, name, phone) values (:c, :l, 'Bea', '+12125550100') returning id
                        """)
                .param("c", tenant.chainId())
                .param("l", b)
                .query(Long.class)
                .single();
        String path = "/records/" + a;
        String one = "/record/" + a + "/" + recordA;
        List<Object[]> cases = new ArrayList<>(List.<Object[]>of(
                refused("POST", path, "{\"staff_id\": ", 400),
                refused("POST", path, "[1, 2]", 400),
                refused(
                        "POST",
                        path,
                        Map.of("staff_id", "Anna", "datetime", day + " 12:00", "seance_length", 1800),
                        400),
                refused(
                        "POST",
                        path,
                        Map.of("staff_id", annaA, "datetime", "tomorrow at noon", "seance_length", 1800),
                        400),
                refused(
                        "POST",
                        path,
                        Map.of("staff_id", annaA, "datetime", "2026-02-30 12:00:00", "seance_length", 1800),
                        400),
                refused(
                        "POST",
                        path,
                        Map.of("staff_id", annaA, "datetime", day + " 25:00", "seance_length", 1800),
                        400),
                refused("POST", path, Map.of("staff_id", annaA, "seance_length", 1800), 422),
                refused("POST", path, Map.of("datetime", day + " 12:00", "services", List.of(Map.of("id", cutA))), 422),
                refused(
                        "POST",
                        path,
                        Map.of("staff_id", bertB, "datetime", day + " 12:00", "seance_length", 1800),
                        422),
                refused(
                        "POST",
                        path,
                        Map.of("staff_id", 999999999, "datetime", day + " 12:00", "seance_length", 1800),
                        422),
                refused(
                        "POST",
                        path,
                        Map.of("staff_id", annaA, "datetime", day + " 12:00", "services", List.of(Map.of("id", cutB))),
                        422),
                refused(
                        "POST",
                        path,
                        Map.of(
                                "staff_id",
                                annaA,
                                "datetime",
                                day + " 12:00",
                                "services",
                                List.of(Map.of("id", cutA, "first_cost", -5))),
                        422),
                refused(
                        "POST",
                        path,
                        Map.of(
                                "staff_id",
                                annaA,
                                "datetime",
                                day + " 12:00",
                                "services",
                                List.of(Map.of("id", cutA, "discount", 120))),
                        422),
                refused(
                        "POST",
                        path,
                        Map.of(
                                "staff_id",
                                annaA,
                                "datetime",
                                day + " 12:00",
                                "services",
                                List.of(Map.of("id", cutA, "cost", "cheap"))),
                        400),
                refused("POST", path, Map.of("staff_id", annaA, "datetime", day + " 12:00", "seance_length", -60), 422),
                refused(
                        "POST",
                        path,
                        Map.of("staff_id", annaA, "datetime", day + " 12:00", "seance_length", 1800, "attendance", 5),
                        422),
                refused(
                        "POST",
                        path,
                        Map.of(
                                "staff_id",
                                annaA,
                                "datetime",
                                day + " 12:00",
                                "seance_length",
                                1800,
                                "client_id",
                                clientB),
                        422),
                refused(
                        "POST",
                        path,
                        Map.of(
                                "staff_id",
                                annaA,
                                "datetime",
                                day + " 12:00",
                                "seance_length",
                                1800,
                                "record_labels",
                                List.of(label)),
                        422),
                refused(
                        "POST",
                        path,
                        Map.of(
                                "staff_id",
                                annaA,
                                "datetime",
                                day + " 12:00",
                                "seance_length",
                                1800,
                                "client",
                                Map.of("phone", "12", "name", "X")),
                        422),
                refused(
                        "POST",
                        path,
                        Map.of(
                                "staff_id",
                                annaA,
                                "datetime",
                                day + " 12:00",
                                "seance_length",
                                1800,
                                "technical_break_duration",
                                100),
                        422),
                refused(
                        "POST",
                        path,
                        Map.of(
                                "staff_id",
                                annaA,
                                "datetime",
                                day + " 12:00",
                                "seance_length",
                                1800,
                                "custom_color",
                                "red\"><script>"),
                        422),
                refused("POST", path, "{\"comment\": \"" + "x".repeat(1_100_000) + "\"}", 413),
                refused("PUT", one, "{oops", 400),
                refused("PUT", one, Map.of("seance_length", 30), 422),
                refused("PUT", one, Map.of("services", List.of(Map.of("id", cutB))), 422),
                refused("PUT", "/record/" + a + "/999999999", body(annaA, cutA, "12:00"), 404),
                refused("PUT", "/record/" + a + "/abc", body(annaA, cutA, "12:00"), 400),
                refused("GET", "/record/" + a + "/999999999", null, 404),
                refused("GET", "/records/999999999", null, 404),
                refused("GET", path + "?start_date=2026-13-01", null, 400),
                refused("GET", path + "?start_date=2026-05-10&end_date=2026-05-01", null, 422),
                refused("GET", path + "?changed_after=yesterday", null, 400),
                refused("GET", path + "?count=0", null, 422),
                refused("GET", path + "?page=-1", null, 422),
                refused("GET", path + "?staff_id=anna", null, 400),
                refused("GET", path + "?attendance=7", null, 422),
                refused("GET", path + "?filter[status]=lost", null, 422),
                refused("GET", path + "?deleted=sometimes", null, 422),
                refused("POST", "/locations/" + a + "/appointments/bulk_delete", Map.of("ids", List.of()), 422),
                refused("POST", "/locations/" + a + "/appointments/bulk_delete", Map.of("ids", "all"), 400)));
        long appointments = fixtures.count("appointments");
        long clients = fixtures.count("clients");
        String before = admin.get(one).body();
        RefusalTable.assertAllRefused(admin, cases);
        assertThat(fixtures.count("appointments")).isEqualTo(appointments);
        assertThat(fixtures.count("clients")).isEqualTo(clients);
        assertThat(admin.get(one).body()).isEqualTo(before);
    }
}
