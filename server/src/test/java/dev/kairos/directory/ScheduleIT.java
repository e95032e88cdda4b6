package dev.kairos.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.RefusalTable;
import dev.kairos.support.Tenant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@KairosIT
class ScheduleIT {

    static final String MON = "2026-03-02";
    static final String TUE = "2026-03-03";
    static final String WED = "2026-03-04";
    static final String SUN = "2026-03-08";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    long a;
    long b;
    long anna;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        a = tenant.locationA();
        b = tenant.locationB();
        anna = member(a, tenant.adminA(), "Anna");
        var week = admin.put(
                weekly(a, anna),
                List.of(
                        Map.of("day_of_week", 1, "from", "15:00", "to", "19:00"),
                        Map.of("day_of_week", 1, "from", "10:00", "to", "14:00"),
                        Map.of("day_of_week", 3, "from", "09:00", "to", "24:00")));
        assertThat(week.status()).as(week.toString()).isEqualTo(200);
    }

    @Test
    void weeklyHoursGiveEachDateItsSlots() {
        var week = admin.get(weekly(a, anna));
        assertThat(week.data()).hasSize(3);
        assertThat(week.data().get(0).get("from").asString()).isEqualTo("10:00");

        var schedule = admin.get(schedule(a) + "?start_date=" + MON + "&end_date=" + SUN + "&staff_ids[]=" + anna);

        assertThat(schedule.status()).isEqualTo(200);
        assertThat(schedule.meta().get("count").asInt()).isEqualTo(7);
        assertThat(slots(day(schedule, anna, MON))).containsExactly("10:00-14:00", "15:00-19:00");
        assertThat(slots(day(schedule, anna, TUE))).isEmpty();
        assertThat(slots(day(schedule, anna, WED))).containsExactly("09:00-24:00");
        assertThat(day(schedule, anna, MON).has("busy_intervals")).isFalse();
        assertThat(day(schedule, anna, MON).has("off_day_type")).isFalse();
    }

    @Test
    void anOverrideReplacesADayOffEmptiesAndDeletingMakesTheDateADayOff() {
        var set = admin.put(
                schedule(a),
                Map.of(
                        "schedules_to_set",
                        List.of(
                                Map.of(
                                        "staff_id",
                                        anna,
                                        "dates",
                                        List.of(MON, TUE),
                                        "slots",
                                        List.of(Map.of("from", "12:00", "to", "13:00"))),
                                Map.of(
                                        "team_member_id",
                                        anna,
                                        "dates",
                                        List.of(WED),
                                        "slots",
                                        List.of(),
                                        "off_day_type",
                                        3))));

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.meta().get("count").asInt()).isEqualTo(3);
        assertThat(slots(day(set, anna, MON))).containsExactly("12:00-13:00");
        assertThat(slots(day(set, anna, WED))).isEmpty();
        var read = admin.get(schedule(a) + "?start_date=" + MON + "&end_date=" + WED + "&staff_ids=" + anna
                + "&include[]=off_day_type");
        assertThat(slots(day(read, anna, TUE))).containsExactly("12:00-13:00");
        assertThat(day(read, anna, WED).get("off_day_type").asInt()).isEqualTo(3);
        assertThat(day(read, anna, MON).get("off_day_type").isNull()).isTrue();

        var deleted = admin.put(
                schedule(a),
                Map.of("schedules_to_delete", List.of(Map.of("staff_id", anna, "dates", List.of(MON, WED)))));

        // As in Altegio, a deleted date is not worked, whatever the weekly hours say.
        assertThat(slots(day(deleted, anna, MON))).isEmpty();
        assertThat(slots(day(deleted, anna, WED))).isEmpty();
        var after = admin.get(schedule(a) + "?start_date=" + MON + "&end_date=" + WED + "&staff_ids[0]=" + anna
                + "&include[]=off_day_type");
        assertThat(slots(day(after, anna, TUE))).containsExactly("12:00-13:00");
        assertThat(slots(day(after, anna, MON))).isEmpty();
        assertThat(day(after, anna, WED).get("off_day_type").isNull()).isFalse();
        long logged = fixtures.db()
                .sql("select count(*) from activity_log where entity = 'schedule' and entity_id = :id")
                .param("id", anna)
                .query(Long.class)
                .single();
        assertThat(logged).isEqualTo(2);
    }

    @Test
    void aDeletedDateIsNoLongerBookable() {
        var booking = new dev.kairos.booking.BookingFixtures(fixtures.db());
        long bea = booking.member(a, "Bea");
        long cut = booking.service(a, "Cut", 60, bea);
        var day = dev.kairos.booking.BookingFixtures.nextTuesday();
        Api widget = Api.at(port).as(tenant.partnerOnly());
        String times = "/book_times/" + a + "/" + bea + "/" + day + "?service_ids[]=" + cut;
        assertThat(widget.get(times).data()).isNotEmpty();

        var deleted = admin.put(
                schedule(a),
                Map.of("schedules_to_delete", List.of(Map.of("staff_id", bea, "dates", List.of(day.toString())))));

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(slots(day(deleted, bea, day.toString()))).isEmpty();
        assertThat(widget.get(times).data()).isEmpty();
        assertThat(widget.get(times.replace("/" + day + "?", "/" + day.plusDays(1) + "?"))
                        .data())
                .isNotEmpty();
    }

    @Test
    void staffIdsComeInAnyArraySpellingAndDefaultToEveryoneNotFired() {
        long bob = member(a, tenant.adminA(), "Bob");
        long fired = member(a, tenant.adminA(), "Fired");
        admin.put("/staff/" + a + "/" + fired, Map.of("fired", 1));
        String range = "?start_date=" + MON + "&end_date=" + MON;

        assertThat(staff(admin.get(schedule(a) + range))).containsExactlyInAnyOrder(anna, bob);
        assertThat(staff(admin.get(schedule(a) + range + "&staff_ids=" + anna + "," + bob)))
                .containsExactly(anna, bob);
        assertThat(staff(admin.get(schedule(a) + range + "&staff_ids%5B0%5D=" + bob)))
                .containsExactly(bob);
        assertThat(staff(admin.get(schedule(a) + range + "&staff_ids=" + bob + "&staff_ids=" + anna)))
                .containsExactlyInAnyOrder(anna, bob);
        assertThat(staff(admin.get("/locations/" + a + "/team_members/schedule" + range + "&team_member_ids[]=" + bob)))
                .containsExactly(bob);
    }

    @Test
    void busyIntervalsComeFromActiveAppointmentsInLocalTime() {
        long confirmed = appointment(anna, "2026-03-02T10:00:00+01:00", "2026-03-02T11:30:00+01:00", "confirmed");
        appointment(anna, "2026-03-02T12:00:00+01:00", "2026-03-02T13:00:00+01:00", "cancelled");
        long overnight = appointment(anna, "2026-03-02T23:00:00+01:00", "2026-03-03T01:00:00+01:00", "requested");

        var read = admin.get(schedule(a) + "?start_date=" + MON + "&end_date=" + TUE + "&staff_ids[]=" + anna
                + "&include[]=busy_intervals&include[]=off_day_type");

        JsonNode monday = day(read, anna, MON).get("busy_intervals");
        assertThat(monday).hasSize(2);
        assertThat(monday.get(0).get("entity_type").asString()).isEqualTo("record");
        assertThat(monday.get(0).get("entity_id").asLong()).isEqualTo(confirmed);
        assertThat(monday.get(0).get("from").asString() + "-"
                        + monday.get(0).get("to").asString())
                .isEqualTo("10:00-11:30");
        assertThat(monday.get(1).get("to").asString()).isEqualTo("24:00");
        JsonNode tuesday = day(read, anna, TUE).get("busy_intervals");
        assertThat(tuesday.get(0).get("entity_id").asLong()).isEqualTo(overnight);
        assertThat(tuesday.get(0).get("from").asString() + "-"
                        + tuesday.get(0).get("to").asString())
                .isEqualTo("00:00-01:00");
    }

    @Test
    void theDeprecatedScheduleReadsAndWritesOneMember() {
        var put = admin.put(
                "/schedule/" + a + "/" + anna,
                List.of(
                        Map.of("date", TUE, "is_working", 1, "slots", List.of(Map.of("from", "08:00", "to", "12:00"))),
                        Map.of("date", MON, "is_working", 0, "slots", List.of())));

        assertThat(put.status()).as(put.toString()).isEqualTo(201);
        var read = admin.get("/schedule/" + a + "/" + anna + "/20260302/" + WED);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.meta().isArray()).isTrue();
        assertThat(read.data()).hasSize(3);
        assertThat(read.data().get(0).get("is_working").asInt()).isZero();
        assertThat(read.data().get(1).get("is_working").asInt()).isEqualTo(1);
        assertThat(read.data().get(1).get("slots").get(0).get("from").asString())
                .isEqualTo("08:00");
        assertThat(read.data().get(2).get("slots")).hasSize(1);
    }

    @Test
    void locationsAreIsolated() {
        long atB = member(b, tenant.owner(), "At B");
        Api owner = Api.at(port).as(tenant.owner());
        owner.put(weekly(b, atB), List.of(Map.of("day_of_week", 1, "from", "09:00", "to", "10:00")));
        String range = "?start_date=" + MON + "&end_date=" + MON;

        assertThat(admin.get(schedule(b) + range).status()).isEqualTo(403);
        assertThat(admin.put(schedule(b), Map.of("schedules_to_delete", List.of()))
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("/schedule/" + b + "/" + atB + "/" + MON + "/" + MON)
                        .status())
                .isEqualTo(403);
        assertThat(admin.put("/schedule/" + b + "/" + atB, List.of()).status()).isEqualTo(403);
        assertThat(admin.get(weekly(b, atB)).status()).isEqualTo(403);
        assertThat(admin.put(weekly(b, atB), List.of()).status()).isEqualTo(403);
        assertThat(staff(owner.get(schedule(a) + range))).containsExactly(anna);
        assertThat(admin.get(schedule(a) + range + "&staff_ids[]=" + atB).status())
                .isEqualTo(404);
        assertThat(admin.get("/schedule/" + a + "/" + atB + "/" + MON + "/" + MON)
                        .status())
                .isEqualTo(404);
        assertThat(admin.get(weekly(a, atB)).status()).isEqualTo(404);
        long before = fixtures.count("team_member_schedule_days") + fixtures.count("team_member_weekly_hours");
        assertThat(admin.put(weekly(a, atB), List.of()).status()).isEqualTo(404);
        assertThat(admin.put("/schedule/" + a + "/" + atB, List.of(Map.of("date", MON, "is_working", 0)))
                        .status())
                .isEqualTo(404);
        assertThat(admin.put(
                                schedule(a),
                                Map.of(
                                        "schedules_to_set",
                                        List.of(Map.of("staff_id", atB, "dates", List.of(MON), "slots", List.of()))))
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.count("team_member_schedule_days") + fixtures.count("team_member_weekly_hours"))
                .isEqualTo(before);
        assertThat(slots(day(owner.get(schedule(b) + range), atB, MON))).containsExactly("09:00-10:00");
    }

    @Test
    void theViewerMayReadButNotWrite() {
        Api viewer = Api.at(port).as(tenant.viewerA());
        long before = fixtures.count("team_member_schedule_days") + fixtures.count("team_member_weekly_hours");

        assertThat(viewer.get(schedule(a) + "?start_date=" + MON + "&end_date=" + MON)
                        .status())
                .isEqualTo(200);
        assertThat(viewer.get(weekly(a, anna)).status()).isEqualTo(200);
        assertThat(viewer.put(
                                schedule(a),
                                Map.of(
                                        "schedules_to_set",
                                        List.of(Map.of("staff_id", anna, "dates", List.of(MON), "slots", List.of()))))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.put("/schedule/" + a + "/" + anna, List.of(Map.of("date", MON, "is_working", 0)))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.put(weekly(a, anna), List.of()).status()).isEqualTo(403);
        assertThat(Api.at(port)
                        .as(tenant.partnerOnly())
                        .get(schedule(a) + "?start_date=" + MON + "&end_date=" + MON)
                        .status())
                .isEqualTo(401);
        assertThat(fixtures.count("team_member_schedule_days") + fixtures.count("team_member_weekly_hours"))
                .isEqualTo(before);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        List<String> tables = List.of(
                "team_member_schedule_days", "team_member_schedule_slots", "team_member_weekly_hours", "activity_log");
        List<Long> counts = tables.stream().map(fixtures::count).toList();
        String put = schedule(a);
        Map<String, Object> good = Map.of(
                "staff_id", anna, "dates", List.of(MON), "slots", List.of(Map.of("from", "10:00", "to", "11:00")));
        List<Object[]> cases = new ArrayList<>(List.of(
                RefusalTable.refused("GET", put + "?start_date=2026-02-30&end_date=2026-03-02", null, 400),
                RefusalTable.refused("GET", put + "?start_date=" + TUE + "&end_date=" + MON, null, 422),
                RefusalTable.refused("GET", put + "?start_date=2026-01-01&end_date=2027-01-02", null, 422),
                RefusalTable.refused("GET", put + "?end_date=" + MON, null, 422),
                RefusalTable.refused(
                        "GET", put + "?start_date=" + MON + "&end_date=" + MON + "&staff_ids[]=abc", null, 400),
                RefusalTable.refused(
                        "GET", put + "?start_date=" + MON + "&end_date=" + MON + "&staff_ids[]=987654321", null, 404),
                RefusalTable.refused("GET", "/schedule/" + a + "/" + anna + "/20260230/20260301", null, 400),
                RefusalTable.refused("GET", "/schedule/" + a + "/" + anna + "/" + TUE + "/" + MON, null, 422),
                RefusalTable.refused("PUT", put, "{\"schedules_to_set\":", 400),
                RefusalTable.refused("PUT", put, Map.of("schedules_to_set", "nope"), 400),
                RefusalTable.refused(
                        "PUT",
                        put,
                        Map.of(
                                "schedules_to_set",
                                List.of(good, Map.of("staff_id", anna, "dates", MON, "slots", List.of()))),
                        400),
                RefusalTable.refused(
                        "PUT",
                        put,
                        Map.of(
                                "schedules_to_set",
                                List.of(
                                        good,
                                        Map.of("staff_id", anna, "dates", List.of("2026-02-30"), "slots", List.of()))),
                        400),
                RefusalTable.refused(
                        "PUT", put, Map.of("schedules_to_set", List.of(good, setSlots("12:00", "11:00"))), 422),
                RefusalTable.refused(
                        "PUT", put, Map.of("schedules_to_set", List.of(good, setSlots("12:00", "12:00"))), 422),
                RefusalTable.refused(
                        "PUT", put, Map.of("schedules_to_set", List.of(good, setSlots("25:00", "26:00"))), 422),
                RefusalTable.refused(
                        "PUT", put, Map.of("schedules_to_set", List.of(good, setSlots("ten", "11:00"))), 422),
                RefusalTable.refused(
                        "PUT",
                        put,
                        Map.of(
                                "schedules_to_set",
                                List.of(
                                        good,
                                        Map.of(
                                                "staff_id",
                                                anna,
                                                "dates",
                                                List.of(MON),
                                                "slots",
                                                List.of(
                                                        Map.of("from", "10:00", "to", "12:00"),
                                                        Map.of("from", "11:00", "to", "13:00"))))),
                        422),
                RefusalTable.refused(
                        "PUT",
                        put,
                        Map.of("schedules_to_set", List.of(good, Map.of("dates", List.of(MON), "slots", List.of()))),
                        422),
                RefusalTable.refused(
                        "PUT",
                        put,
                        Map.of("schedules_to_set", List.of(good, Map.of("staff_id", 987654321, "dates", List.of(MON)))),
                        404),
                RefusalTable.refused(
                        "PUT",
                        put,
                        Map.of(
                                "schedules_to_set",
                                List.of(good),
                                "schedules_to_delete",
                                List.of(Map.of("staff_id", anna))),
                        422),
                RefusalTable.refused(
                        "PUT", put, "{\"schedules_to_set\":[{\"staff_id\":\"" + "x".repeat(1_100_000) + "\"}]}", 413),
                RefusalTable.refused("PUT", "/schedule/" + a + "/" + anna, Map.of("date", MON), 400),
                RefusalTable.refused(
                        "PUT",
                        "/schedule/" + a + "/" + anna,
                        List.of(Map.of("date", "2026-13-01", "is_working", 1)),
                        400),
                RefusalTable.refused(
                        "PUT",
                        "/schedule/" + a + "/" + anna,
                        List.of(Map.of("date", MON, "is_working", "perhaps")),
                        422),
                RefusalTable.refused(
                        "PUT",
                        "/schedule/" + a + "/" + anna,
                        List.of(Map.of(
                                "date",
                                MON,
                                "is_working",
                                1,
                                "slots",
                                List.of(Map.of("from", "10:00", "to", "09:00")))),
                        422),
                RefusalTable.refused(
                        "PUT", "/schedule/" + a + "/987654321", List.of(Map.of("date", MON, "is_working", 0)), 404),
                RefusalTable.refused(
                        "PUT", weekly(a, anna), List.of(Map.of("day_of_week", 8, "from", "10:00", "to", "11:00")), 422),
                RefusalTable.refused(
                        "PUT",
                        weekly(a, anna),
                        List.of(
                                Map.of("day_of_week", 1, "from", "10:00", "to", "11:00"),
                                Map.of("day_of_week", 1, "from", "10:30", "to", "12:00")),
                        422),
                RefusalTable.refused(
                        "PUT",
                        weekly(a, anna),
                        List.of(Map.of("day_of_week", "monday", "from", "10:00", "to", "11:00")),
                        400),
                RefusalTable.refused("PUT", weekly(a, anna), "[{", 400)));
        RefusalTable.assertAllRefused(admin, cases);
        assertThat(tables.stream().map(fixtures::count).toList()).isEqualTo(counts);
        assertThat(admin.get(weekly(a, anna)).data()).hasSize(3);
    }

    private Map<String, Object> setSlots(String from, String to) {
        return Map.of("staff_id", anna, "dates", List.of(TUE), "slots", List.of(Map.of("from", from, "to", to)));
    }

    private long member(long location, Tenant.Login login, String name) {
        var response = Api.at(port).as(login).post("/staff/" + location, Map.of("name", name));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data().get("id").asLong();
    }

    private long appointment(long member, String from, String until, String status) {
        return fixtures.db()
                .sql("""
                        insert into appointments (location_id, team_member_id, starts_at, ends_at, busy_from, busy_until, status, record_hash)
                        values (:location, :member, :from, :until, :from, :until, :status, 'h') returning id
                        """)
                .param("location", a)
                .param("member", member)
                .param("from", OffsetDateTime.parse(from))
                .param("until", OffsetDateTime.parse(until))
                .param("status", status)
                .query(Long.class)
                .single();
    }

    private static String schedule(long location) {
        return "/company/" + location + "/staff/schedule";
    }

    private static String weekly(long location, long member) {
        return "/locations/" + location + "/team_members/" + member + "/weekly_hours";
    }

    private static JsonNode day(Api.Response response, long member, String date) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        for (JsonNode row : response.data()) {
            if (row.get("staff_id").asLong() == member
                    && row.get("date").asString().equals(date)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + member + " on " + date + " in " + response);
    }

    private static List<String> slots(JsonNode row) {
        List<String> slots = new ArrayList<>();
        row.get("slots")
                .forEach(s ->
                        slots.add(s.get("from").asString() + "-" + s.get("to").asString()));
        return slots;
    }

    private static List<Long> staff(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.data().forEach(row -> ids.add(row.get("staff_id").asLong()));
        return ids;
    }
}
