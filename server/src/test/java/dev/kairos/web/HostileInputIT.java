package dev.kairos.web;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input walked over every family of API routes: broken JSON, values of the wrong type,
 * NUL characters, oversize bodies, unknown and foreign-tenant ids, impossible dates, fractions for
 * ids and pages far past the end. Each is refused with the error envelope, a 4xx and a message
 * that shows no internals, and nothing changes; a page past the end is an empty page.
 */
@KairosIT
class HostileInputIT {

    private static final List<String> TABLES = List.of(
            "locations",
            "team_members",
            "team_member_schedule_days",
            "team_member_weekly_hours",
            "positions",
            "resources",
            "services",
            "service_categories",
            "clients",
            "appointments",
            "appointment_services",
            "accounts",
            "payment_transactions",
            "location_hours",
            "activity_log");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Tenant stranger;
    Api admin;
    long loc;
    long foreign;
    long member;
    long service;
    long category;
    long client;
    long record;
    long visit;
    long account;
    long foreignMember;
    long foreignRecord;
    long foreignClient;
    LocalDate day;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        stranger = fixtures.tenant();
        admin = Api.at(port).as(tenant.owner());
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        day = BookingFixtures.nextTuesday();
        loc = tenant.locationA();
        foreign = stranger.locationA();
        member = booking.member(loc, "Anna");
        service = booking.service(loc, "Cut", 60, member);
        category = id(admin.post("/service_categories/" + loc, Map.of("title", "Hair")));
        client = id(admin.post("/clients/" + loc, Map.of("name", "Clara", "phone", "+49 30 1234567")));
        JsonNode created =
                admin.post("/records/" + loc, record(member, day + " 10:00:00")).data();
        record = created.get("id").asLong();
        visit = created.get("visit_id").asLong();
        account = id(admin.post("/accounts/" + loc, Map.of("title", "Cash", "type", 1)));
        Api strangerAdmin = Api.at(port).as(stranger.owner());
        foreignMember = booking.member(foreign, "Otto");
        long foreignService = booking.service(foreign, "Shave", 30, foreignMember);
        foreignRecord = id(strangerAdmin.post(
                "/records/" + foreign,
                Map.of(
                        "staff_id",
                        foreignMember,
                        "datetime",
                        day + " 10:00:00",
                        "services",
                        List.of(Map.of("id", foreignService)))));
        foreignClient =
                id(strangerAdmin.post("/clients/" + foreign, Map.of("name", "Olga", "phone", "+49 30 7654321")));
    }

    @Test
    void everyRouteFamilyRefusesHostileInputInTheEnvelopeAndChangesNothing() {
        Map<String, Long> before = counts();
        JsonNode recordBefore = admin.get("/record/" + loc + "/" + record).data();
        JsonNode locationBefore = admin.get("/company/" + loc).data();

        List<Object[]> cases = new ArrayList<>();
        cases.addAll(brokenJson());
        cases.addAll(wrongTypes());
        cases.addAll(nulCharacters());
        cases.addAll(oversizeBodies());
        cases.addAll(unknownIds());
        cases.addAll(foreignTenant());
        cases.addAll(impossibleDatesAndNumbers());
        RefusalTable.assertAllRefused(admin, cases);

        assertThat(counts()).isEqualTo(before);
        assertThat(admin.get("/record/" + loc + "/" + record).data()).isEqualTo(recordBefore);
        assertThat(admin.get("/company/" + loc).data()).isEqualTo(locationBefore);
    }

    @Test
    void aPageFarPastTheEndIsAnEmptyPageOnEveryList() {
        String far = "page=7158280&count=300";
        for (String path : List.of(
                "/records/" + loc + "?" + far,
                "/locations/" + loc + "/appointments?" + far,
                "/companies?" + far,
                "/clients/" + loc + "?" + far,
                "/staff/" + loc + "?" + far,
                "/company/" + loc + "/staff?" + far,
                "/services/" + loc + "?" + far,
                "/company/" + loc + "/services?" + far,
                "/locations/" + loc + "/activity_log?" + far)) {
            var response = admin.get(path);
            assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(200);
            assertThat(response.data()).as(path).isEmpty();
        }
        var search = admin.post("/company/" + loc + "/clients/search", Map.of("page", 2_000_000_000, "page_size", 200));
        assertThat(search.status()).as(search.toString()).isEqualTo(200);
        assertThat(search.data()).isEmpty();
    }

    private List<Object[]> brokenJson() {
        String broken = "{\"title\": \"half";
        List<Object[]> cases = new ArrayList<>();
        for (String[] route : writeRoutes()) {
            cases.add(refused(route[0], route[1], broken, 400));
        }
        cases.add(refused("POST", "/records/" + loc, "[1, 2]", 400));
        cases.add(refused("PUT", "/record/" + loc + "/" + record, "\"comment\"", 400));
        return cases;
    }

    private List<Object[]> wrongTypes() {
        return List.of(
                refused("POST", "/auth", Map.of("login", List.of("a"), "password", "x"), 400),
                refused("PUT", "/company/" + loc, Map.of("title", Map.of("a", 1)), 400),
                refused("POST", "/staff/" + loc, Map.of("name", "Bo", "weight", "heavy"), 400),
                refused("PUT", "/staff/" + loc + "/" + member, Map.of("position_id", "manager"), 400),
                refused("POST", "/services/" + loc, Map.of("title", "Cut", "duration", "long"), 400),
                refused("PATCH", "/company/" + loc + "/services/" + service, Map.of("staff", 5), 400),
                refused("POST", "/service_categories/" + loc, Map.of("title", List.of()), 400),
                refused("PUT", "/client/" + loc + "/" + client, Map.of("discount", "lots"), 400),
                refused("POST", "/company/" + loc + "/clients/search", Map.of("page", "first"), 400),
                refused("POST", "/records/" + loc, record("Anna", day + " 11:00:00"), 400),
                refused("PUT", "/record/" + loc + "/" + record, Map.of("services", "cut"), 400),
                refused("POST", "/book_check/" + loc, Map.of("appointments", "all"), 400),
                refused("POST", "/book_record/" + loc, Map.of("phone", "+49301111111", "appointments", 3), 400),
                refused("POST", "/locations/" + loc + "/appointments/bulk_delete", Map.of("ids", "all"), 400),
                refused("POST", "/accounts/" + loc, Map.of("title", "Card", "type", "card"), 400),
                refused("PUT", "/visits/" + visit + "/" + record, Map.of("attendance", "yes", "comment", ""), 400),
                refused("PUT", "/company/" + loc + "/staff/schedule", Map.of("schedules_to_set", "all"), 400),
                refused("PUT", "/locations/" + loc + "/opening_hours", Map.of("weekly", "always"), 400),
                refused("POST", "/records/" + loc, record(member, day + " 12:00:00", "save_if_busy", "maybe"), 422),
                refused("POST", "/staff/" + loc, Map.of("name", "Bo", "hidden", 7), 422));
    }

    private List<Object[]> nulCharacters() {
        String nul = "a\u0000b";
        return List.of(
                refused("POST", "/auth", Map.of("login", nul, "password", "x"), 422),
                refused("PUT", "/company/" + loc, Map.of("title", nul), 422),
                refused("POST", "/staff/" + loc, Map.of("name", nul), 422),
                refused("POST", "/company/" + loc + "/staff/positions", Map.of("title", nul), 422),
                refused("POST", "/locations/" + loc + "/resources", Map.of("title", nul), 422),
                refused("POST", "/services/" + loc, Map.of("title", nul), 422),
                refused("POST", "/service_categories/" + loc, Map.of("title", nul), 422),
                refused("POST", "/clients/" + loc, Map.of("name", nul, "phone", "+49 30 2222222"), 422),
                refused("PUT", "/client/" + loc + "/" + client, Map.of("comment", nul), 422),
                refused("POST", "/records/" + loc, record(member, day + " 12:00:00", "comment", nul), 422),
                refused("PUT", "/record/" + loc + "/" + record, Map.of("comment", nul), 422),
                refused("PUT", "/record/" + loc + "/" + record, Map.of("custom_fields", Map.of("note", nul)), 422),
                refused("POST", "/book_record/" + loc, bookRecord(nul), 422),
                refused("POST", "/accounts/" + loc, Map.of("title", nul, "type", 1), 422),
                refused("PUT", "/visits/" + visit + "/" + record, Map.of("attendance", 0, "comment", nul), 422),
                refused("GET", "/records/" + loc + "?client_query=" + "a%00b", null, 422),
                refused("GET", "/clients/" + loc + "?fullname=a%00b", null, 422),
                refused(
                        "POST",
                        "/company/" + loc + "/clients/search",
                        Map.of("filters", List.of(Map.of("type", "quick_search", "state", Map.of("value", nul)))),
                        422));
    }

    private List<Object[]> oversizeBodies() {
        String huge = "{\"title\":\"" + "x".repeat(1_100_000) + "\"}";
        return List.of(
                refused("POST", "/companies", huge, 413),
                refused("POST", "/staff/" + loc, huge, 413),
                refused("POST", "/services/" + loc, huge, 413),
                refused("POST", "/clients/" + loc + "/bulk", huge, 413),
                refused("POST", "/book_record/" + loc, huge, 413),
                refused("PUT", "/record/" + loc + "/" + record, huge, 413),
                refused("PUT", "/company/" + loc + "/staff/schedule", huge, 413));
    }

    private List<Object[]> unknownIds() {
        long none = 987_654_321L;
        return List.of(
                refused("GET", "/company/" + none, null, 404),
                refused("GET", "/staff/" + loc + "/" + none, null, 404),
                refused("GET", "/company/" + loc + "/staff/" + none, null, 404),
                refused("GET", "/positions/" + loc + "/" + none, null, 404),
                refused("GET", "/resources/" + loc + "/" + none, null, 404),
                refused("GET", "/services/" + loc + "/" + none, null, 404),
                refused("GET", "/service_category/" + loc + "/" + none, null, 404),
                refused("GET", "/client/" + loc + "/" + none, null, 404),
                refused("GET", "/record/" + loc + "/" + none, null, 404),
                refused("PUT", "/record/" + loc + "/" + none, Map.of("comment", "x"), 404),
                refused("DELETE", "/record/" + loc + "/" + none, null, 404),
                refused("GET", "/visits/" + none, null, 404),
                refused("GET", "/book_times/" + loc + "/" + none + "/" + day + "?service_ids[]=" + service, null, 404),
                refused("GET", "/timetable/seances/" + loc + "/" + none + "/" + day, null, 404),
                refused("POST", "/records/" + loc, record(none, day + " 12:00:00"), 422),
                refused("GET", "/no/such/route", null, 404));
    }

    private List<Object[]> foreignTenant() {
        return List.of(
                refused("GET", "/company/" + foreign, null, 403),
                refused("PUT", "/company/" + foreign, Map.of("title", "Mine"), 403),
                refused("GET", "/records/" + foreign, null, 403),
                refused("POST", "/records/" + foreign, record(foreignMember, day + " 12:00:00"), 403),
                refused("DELETE", "/record/" + foreign + "/" + foreignRecord, null, 403),
                refused("GET", "/record/" + loc + "/" + foreignRecord, null, 404),
                refused("PUT", "/record/" + loc + "/" + foreignRecord, Map.of("comment", "x"), 404),
                refused("DELETE", "/record/" + loc + "/" + foreignRecord, null, 404),
                refused("GET", "/client/" + loc + "/" + foreignClient, null, 404),
                refused("PUT", "/client/" + loc + "/" + foreignClient, Map.of("comment", "x"), 404),
                refused("GET", "/staff/" + loc + "/" + foreignMember, null, 404),
                refused("PUT", "/staff/" + loc + "/" + foreignMember, Map.of("name", "Mine"), 404),
                refused("POST", "/records/" + loc, record(foreignMember, day + " 12:00:00"), 422),
                refused("GET", "/clients/" + foreign, null, 403),
                refused("GET", "/company/" + foreign + "/services", null, 403),
                refused("GET", "/timetable/dates/" + foreign, null, 403));
    }

    private List<Object[]> impossibleDatesAndNumbers() {
        return List.of(
                refused("GET", "/records/" + loc + "?start_date=2026-02-30", null, 400),
                refused("GET", "/records/" + loc + "?start_date=9999-12-31T99:99:99", null, 400),
                refused("GET", "/records/" + loc + "?changed_after=9999-12-31T99:99:99", null, 400),
                refused("GET", "/records/" + loc + "?staff_id=1.5", null, 422),
                refused("GET", "/records/" + loc + "?page=99999999999", null, 400),
                refused("GET", "/records/" + loc + "?count=100000", null, 422),
                refused("GET", "/schedule/" + loc + "/" + member + "/2026-02-30/2026-03-01", null, 400),
                refused(
                        "GET",
                        "/company/" + loc + "/staff/schedule?start_date=2026-13-01&end_date=2026-13-02",
                        null,
                        400),
                refused("GET", "/book_times/" + loc + "/0/2026-13-01?service_ids[]=" + service, null, 400),
                refused("GET", "/book_dates/" + loc + "?date=2026-02-30", null, 400),
                refused("GET", "/timetable/dates/" + loc + "/2026-02-30", null, 400),
                refused("GET", "/locations/" + loc + "/activity_log?changed_after=yesterday", null, 400),
                refused("POST", "/records/" + loc, record(member, "2026-02-30 10:00:00"), 400),
                refused("POST", "/records/" + loc, record(member, "9999-12-31T99:99:99"), 400),
                refused("POST", "/records/" + loc, record(member, "2027-03-28 02:30:00"), 422),
                refused("PUT", "/record/" + loc + "/" + record, Map.of("datetime", "2027-03-28T02:15"), 422),
                refused("POST", "/records/" + loc, Map.of("staff_id", 1.5, "datetime", day + " 12:00:00"), 422),
                refused("PUT", "/record/" + loc + "/" + record, Map.of("datetime", "2026-12-10 25:00:00"), 400),
                refused("POST", "/book_check/" + loc, bookCheck("2026-02-30 10:00:00"), 400),
                refused(
                        "PUT",
                        "/company/" + loc + "/staff/schedule",
                        Map.of("schedules_to_set", List.of(Map.of("staff_id", member, "dates", List.of("2026-02-30")))),
                        400));
    }

    /** Every route that takes a JSON body, as {method, path}. */
    private List<String[]> writeRoutes() {
        return List.of(
                new String[] {"POST", "/auth"},
                new String[] {"POST", "/companies"},
                new String[] {"PUT", "/company/" + loc},
                new String[] {"POST", "/staff/" + loc},
                new String[] {"POST", "/company/" + loc + "/staff/quick"},
                new String[] {"PUT", "/staff/" + loc + "/" + member},
                new String[] {"PUT", "/company/" + loc + "/staff/schedule"},
                new String[] {"PUT", "/schedule/" + loc + "/" + member},
                new String[] {"PUT", "/locations/" + loc + "/team_members/" + member + "/weekly_hours"},
                new String[] {"POST", "/company/" + loc + "/staff/positions"},
                new String[] {"POST", "/locations/" + loc + "/resources"},
                new String[] {"PUT", "/locations/" + loc + "/opening_hours"},
                new String[] {"POST", "/services/" + loc},
                new String[] {"PATCH", "/company/" + loc + "/services/" + service},
                new String[] {"POST", "/company/" + loc + "/services/" + service + "/staff"},
                new String[] {"POST", "/service_categories/" + loc},
                new String[] {"PUT", "/service_category/" + loc + "/" + category},
                new String[] {"POST", "/clients/" + loc},
                new String[] {"POST", "/clients/" + loc + "/bulk"},
                new String[] {"PUT", "/client/" + loc + "/" + client},
                new String[] {"POST", "/company/" + loc + "/clients/search"},
                new String[] {"POST", "/book_check/" + loc},
                new String[] {"POST", "/book_record/" + loc},
                new String[] {"POST", "/records/" + loc},
                new String[] {"PUT", "/record/" + loc + "/" + record},
                new String[] {"POST", "/locations/" + loc + "/appointments/bulk_delete"},
                new String[] {"POST", "/accounts/" + loc},
                new String[] {"PUT", "/locations/" + loc + "/accounts/" + account},
                new String[] {"POST", "/locations/" + loc + "/appointments/" + record + "/payments"},
                new String[] {"PUT", "/visits/" + visit + "/" + record},
                new String[] {"POST", "/locations/" + loc + "/services/" + service + "/available-slots"});
    }

    private Map<String, Object> record(Object staff, String datetime, Object... extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("staff_id", staff);
        body.put("datetime", datetime);
        body.put("services", List.of(Map.of("id", service)));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    private Map<String, Object> bookRecord(String fullname) {
        return Map.of(
                "phone",
                "+49 30 3333333",
                "fullname",
                fullname,
                "appointments",
                List.of(Map.of(
                        "id", 1, "services", List.of(service), "staff_id", member, "datetime", day + " 14:00:00")));
    }

    private Map<String, Object> bookCheck(String datetime) {
        return Map.of(
                "appointments",
                List.of(Map.of("id", 1, "services", List.of(service), "staff_id", member, "datetime", datetime)));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, fixtures.count(table)));
        return counts;
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.toString()).isBetween(200, 201);
        return created.data().get("id").asLong();
    }
}
