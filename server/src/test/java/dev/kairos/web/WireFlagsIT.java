package dev.kairos.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every 0/1 flag of a request body in every module takes {@code true}/{@code false} too, as JSON
 * booleans, numbers or strings: what the PHP and TypeScript clients send.
 */
@KairosIT
class WireFlagsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    BookingFixtures booking;
    long loc;
    long member;
    long service;
    LocalDate day;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.owner());
        booking = new BookingFixtures(fixtures.db());
        loc = tenant.locationA();
        member = booking.member(loc, "Anna");
        service = booking.service(loc, "Cut", 30, member);
        day = BookingFixtures.nextTuesday();
    }

    /** The spellings of yes and no, each with the value it means. */
    static List<Object[]> spellings() {
        return List.of(
                new Object[] {true, true},
                new Object[] {false, false},
                new Object[] {1, true},
                new Object[] {0, false},
                new Object[] {"1", true},
                new Object[] {"0", false},
                new Object[] {"true", true},
                new Object[] {"FALSE", false});
    }

    @ParameterizedTest(name = "send_sms and save_if_busy: {0}")
    @MethodSource("spellings")
    void aStaffBookingTakesEveryFlagSpelling(Object flag, boolean yes) {
        String time = yes ? "10:00:00" : "11:00:00";
        var created = admin.post(
                "/records/" + loc,
                Map.of(
                        "staff_id",
                        member,
                        "datetime",
                        day + " " + time,
                        "services",
                        List.of(Map.of("id", service)),
                        "send_sms",
                        flag,
                        "save_if_busy",
                        flag));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @ParameterizedTest(name = "catalog flags: {0}")
    @MethodSource("spellings")
    void serviceFlagsTakeEverySpelling(Object flag, boolean yes) {
        var created = admin.post(
                "/services/" + loc,
                Map.of("title", "Shave " + flag, "service_type", flag, "active", flag, "allow_walk_in", flag));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode s = created.data();
        assertThat(s.get("service_type").asInt()).isEqualTo(yes ? 1 : 0);
        assertThat(s.get("active").asInt()).isEqualTo(yes ? 1 : 0);
    }

    @ParameterizedTest(name = "directory flags: {0}")
    @MethodSource("spellings")
    void locationStaffAndScheduleFlagsTakeEverySpelling(Object flag, boolean yes) {
        var location = admin.put(
                "/company/" + loc, Map.of("allow_delete_record", flag, "phone_confirmation", flag, "active", true));
        assertThat(location.status()).as(location.toString()).isEqualTo(200);
        assertThat(location.data().get("allow_delete_record").asBoolean()).isEqualTo(yes);
        assertThat(location.data().get("phone_confirmation").asBoolean()).isEqualTo(yes);

        var staff = admin.put("/staff/" + loc + "/" + member, Map.of("hidden", flag, "fired", flag));
        assertThat(staff.status()).as(staff.toString()).isEqualTo(200);
        assertThat(staff.data().get("hidden").asInt()).isEqualTo(yes ? 1 : 0);
        assertThat(staff.data().get("fired").asInt()).isEqualTo(yes ? 1 : 0);

        var schedule = admin.put(
                "/schedule/" + loc + "/" + member,
                List.of(Map.of(
                        "date",
                        day.toString(),
                        "is_working",
                        flag,
                        "slots",
                        List.of(Map.of("from", "10:00", "to", "12:00")))));
        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(201);
        var read = admin.get("/schedule/" + loc + "/" + member + "/" + day + "/" + day);
        assertThat(read.data().get(0).get("is_working").asInt()).isEqualTo(yes ? 1 : 0);
    }

    @ParameterizedTest(name = "client flags: {0}")
    @MethodSource("spellings")
    void clientFlagsTakeEverySpelling(Object flag, boolean yes) {
        var created = admin.post(
                "/clients/" + loc,
                Map.of("name", "Clara", "phone", "+49 30 5550001", "sms_check", flag, "sms_not", flag));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().get("sms_check").asInt()).isEqualTo(yes ? 1 : 0);
        assertThat(created.data().get("sms_not").asInt()).isEqualTo(yes ? 1 : 0);
    }

    @Test
    void aValueThatIsNoFlagIsRefusedNamingTheField() {
        for (Object bad : List.of(2, -1, "yes", "maybe", 0.5, List.of(true))) {
            var refused = admin.post(
                    "/records/" + loc,
                    Map.of(
                            "staff_id",
                            member,
                            "datetime",
                            day + " 12:00:00",
                            "services",
                            List.of(Map.of("id", service)),
                            "send_sms",
                            bad));
            assertThat(refused.status()).as(bad + " → " + refused.body()).isBetween(400, 422);
            assertThat(refused.body()).as(String.valueOf(bad)).contains("send_sms");
        }
    }
}
