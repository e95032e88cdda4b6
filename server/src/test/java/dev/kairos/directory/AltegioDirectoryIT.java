package dev.kairos.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
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
 * The directory calls real Altegio clients make that Kairos lacked: a widget's location picker
 * with the partner token alone, {@code /groups}, pages of staff and services, the timetable, and
 * the {@code /positions} and {@code /resources} spellings.
 */
@KairosIT
class AltegioDirectoryIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api widget;
    Api admin;
    BookingFixtures booking;
    long a;
    long b;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        widget = Api.at(port).as(tenant.partnerOnly());
        admin = Api.at(port).as(tenant.owner());
        booking = new BookingFixtures(fixtures.db());
        a = tenant.locationA();
        b = tenant.locationB();
    }

    @Test
    void aPartnerTokenAloneListsTheLocationsOfItsChain() {
        fixtures.db()
                .sql("update locations set active = false where id = :b")
                .param("b", b)
                .update();
        Tenant other = fixtures.tenant();

        assertThat(ids(widget.get("/companies"))).containsExactly(a, b);
        assertThat(ids(widget.get("/companies?active=1"))).containsExactly(a);
        assertThat(ids(widget.get("/companies?active=0"))).containsExactly(b);
        assertThat(ids(widget.get("/companies?forBooking=1"))).containsExactly(a);
        assertThat(ids(widget.get("/companies?group_id=" + tenant.chainId()))).containsExactly(a, b);
        assertThat(ids(widget.get("/companies?group_id=" + other.chainId()))).isEmpty();
        var second = widget.get("/companies?count=1&page=2");
        assertThat(ids(second)).containsExactly(b);
        assertThat(second.meta().get("total_count").asInt()).isEqualTo(2);
        assertThat(ids(Api.at(port).as(other.partnerOnly()).get("/companies"))).doesNotContain(a, b);
    }

    @Test
    void groupsNameTheChainAndTheLocationsTheCallerSees() {
        JsonNode groups = widget.get("/groups").data();
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).get("id").asLong()).isEqualTo(tenant.chainId());
        assertThat(groups.get(0).get("title").asString()).startsWith("Chain ");
        assertThat(groups.get(0).get("companies"))
                .extracting(c -> c.get("id").asLong())
                .containsExactly(a, b);

        JsonNode ofAdminA =
                Api.at(port).as(tenant.adminA()).get("/groups").data().get(0).get("companies");
        assertThat(ofAdminA).extracting(c -> c.get("id").asLong()).containsExactly(a);
    }

    @Test
    void staffAndServiceListsHonourPageAndCountAndZeroIsTheList() {
        List<Long> members = List.of(booking.member(a, "Anna"), booking.member(a, "Ben"), booking.member(a, "Cleo"));
        for (int i = 0; i < 3; i++) {
            booking.service(a, "Service " + i, 30, members.get(0));
        }

        for (String path : List.of("/staff/" + a, "/staff/" + a + "/0", "/company/" + a + "/staff")) {
            var page = admin.get(path + "?page=2&count=2");
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.data()).as(path).hasSize(1);
            assertThat(page.meta().get("total_count").asInt()).as(path).isEqualTo(3);
            assertThat(admin.get(path).data()).as(path).hasSize(3);
        }
        assertThat(ids(widget.get("/staff/" + a + "/0?count=1"))).hasSize(1);
        for (String path : List.of("/company/" + a + "/services", "/services/" + a, "/company/" + a + "/services/0")) {
            var page = admin.get(path + "?page=1&count=2");
            assertThat(page.data()).as(path).hasSize(2);
            assertThat(page.meta().get("total_count").asInt()).as(path).isEqualTo(3);
        }
    }

    @Test
    void theTimetableGivesWorkingDatesAndTheDaysGrid() {
        long anna = booking.member(a, "Anna");
        long cut = booking.service(a, "Cut", 60, anna);
        LocalDate day = BookingFixtures.nextTuesday();
        admin.put(
                "/company/" + a + "/staff/schedule",
                Map.of(
                        "schedules_to_delete",
                        List.of(Map.of(
                                "staff_id",
                                anna,
                                "dates",
                                List.of(day.plusDays(1).toString())))));
        var booked = admin.post(
                "/records/" + a,
                Map.of("staff_id", anna, "datetime", day + " 10:00:00", "services", List.of(Map.of("id", cut))));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

        JsonNode dates = admin.get("/timetable/dates/" + a + "/" + day + "?staff_id=" + anna)
                .data();
        assertThat(dates)
                .extracting(JsonNode::asString)
                .contains(day.toString())
                .doesNotContain(day.plusDays(1).toString())
                .allMatch(d -> d.startsWith(day.toString().substring(0, 8)));

        for (String path : List.of(
                "/timetable/seances/" + a + "/" + anna + "/" + day,
                "/timetable/seances/" + a + "/" + day + "?staff_id=" + anna)) {
            JsonNode grid = admin.get(path).data();
            assertThat(grid.get(0).get("time").asString()).as(path).isEqualTo("09:00");
            assertThat(free(grid, "09:45")).as(path).isTrue();
            assertThat(free(grid, "10:00")).as(path).isFalse();
            assertThat(free(grid, "10:45")).as(path).isFalse();
            assertThat(free(grid, "11:00")).as(path).isTrue();
        }
        assertThat(Api.at(port)
                        .as(tenant.partnerOnly())
                        .get("/timetable/dates/" + a)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void positionsAndResourcesAnswerUnderAltegiosPaths() {
        var position = admin.post("/company/" + a + "/staff/positions", Map.of("title", "Stylist"));
        long positionId = position.data().get("id").asLong();
        var resource = admin.post("/locations/" + a + "/resources", Map.of("title", "Room"));
        long resourceId = resource.data().get("id").asLong();

        assertThat(ids(admin.get("/positions/" + a))).contains(positionId);
        assertThat(ids(admin.get("/positions/" + a + "/0"))).contains(positionId);
        assertThat(admin.get("/positions/" + a + "/" + positionId)
                        .data()
                        .get("title")
                        .asString())
                .isEqualTo("Stylist");
        assertThat(ids(admin.get("/resources/" + a))).containsExactly(resourceId);
        assertThat(admin.get("/resources/" + a + "/" + resourceId)
                        .data()
                        .get("title")
                        .asString())
                .isEqualTo("Room");
        assertThat(Api.at(port).as(tenant.viewerA()).get("/resources/" + b).status())
                .isEqualTo(403);
    }

    private static boolean free(JsonNode grid, String time) {
        return StreamSupport.stream(grid.spliterator(), false)
                .filter(s -> s.get("time").asString().equals(time))
                .findFirst()
                .orElseThrow(() -> new AssertionError(time + " not in " + grid))
                .get("is_free")
                .asBoolean();
    }

    private static List<Long> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.data().spliterator(), false)
                .map(n -> n.get("id").asLong())
                .toList();
    }
}
