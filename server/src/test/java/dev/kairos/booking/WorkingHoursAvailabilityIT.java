package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The hours availability is computed from, as the booking API sees them: the location's weekly
 * hours and special days, each team member's weekly hours and dated overrides (a day off, other
 * hours), and a booking refused outside them.
 */
@KairosIT
class WorkingHoursAvailabilityIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    JdbcClient db;
    Api widget;
    long location;
    long anna;
    long bruno;
    long consult;
    LocalDate day;

    @BeforeEach
    void setUp() {
        Tenant tenant = fixtures.tenant();
        db = fixtures.db();
        widget = Api.at(port).as(tenant.partnerOnly());
        BookingFixtures booking = new BookingFixtures(db);
        location = tenant.locationA();
        booking.openEveryDay(location);
        anna = booking.member(location, "Anna");
        bruno = booking.member(location, "Bruno");
        consult = booking.service(location, "Consultation", 60, anna, bruno);
        day = BookingFixtures.nextTuesday();
    }

    @Test
    void weeklyHoursOfLocationAndMemberBothBound() {
        // Location 08:00-20:00, Anna 09:00-18:00: one-hour slots start 09:00 to 17:00, every 15 minutes.
        assertThat(times(anna, day)).first().isEqualTo("09:00");
        assertThat(times(anna, day)).last().isEqualTo("17:00");
        db.sql("update location_hours set opens_at = '10:00', closes_at = '16:00' where location_id = :l")
                .param("l", location)
                .update();
        assertThat(times(anna, day)).first().isEqualTo("10:00");
        assertThat(times(anna, day)).last().isEqualTo("15:00");
    }

    @Test
    void aSpecialDayClosesOrShortensTheLocation() {
        specialDay(day, null, null);
        specialDay(day.plusDays(1), "12:00", "14:00");
        specialDay(day.plusDays(1), "15:00", "17:00");

        assertThat(times(anna, day)).isEmpty();
        assertThat(times(0, day)).isEmpty();
        assertThat(times(anna, day.plusDays(1)))
                .containsExactly(
                        "12:00", "12:15", "12:30", "12:45", "13:00", "15:00", "15:15", "15:30", "15:45", "16:00");
        assertThat(times(anna, day.plusDays(2))).first().isEqualTo("09:00");
        assertThat(dates(anna, day, day.plusDays(2)))
                .containsExactly(day.plusDays(1).toString(), day.plusDays(2).toString());
    }

    @Test
    void aMembersOverrideGivesADayOffOrOtherHours() {
        override(anna, day, false);
        override(anna, day.plusDays(1), true, "07:00", "10:00", "14:00", "16:00");

        assertThat(times(anna, day)).isEmpty();
        assertThat(times(bruno, day)).first().isEqualTo("09:00");
        // The location opens at 08:00, so Anna's 07:00 start is cut to it.
        assertThat(times(anna, day.plusDays(1)))
                .containsExactly(
                        "08:00", "08:15", "08:30", "08:45", "09:00", "14:00", "14:15", "14:30", "14:45", "15:00");
        // "Any team member" on Anna's day off: Bruno's slots only.
        JsonNode any = widget.get("/book_times/" + location + "/0/" + day + "?service_ids[]=" + consult)
                .data();
        assertThat(any.get(0).get("time").asString()).isEqualTo("09:00");
        assertThat(dates(anna, day, day.plusDays(2)))
                .containsExactly(day.plusDays(1).toString(), day.plusDays(2).toString());
    }

    @Test
    void aBookingOutsideTheHoursIsRefusedWithTheSameRules() {
        override(anna, day, true, "14:00", "16:00");
        String ten = local(day, 10);
        var refused = widget.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        "+49 30 7654321",
                        "fullname",
                        "Olga Offtime",
                        "appointments",
                        List.of(Map.of("id", 1, "services", List.of(consult), "staff_id", anna, "datetime", ten))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.meta().get("errors").get(0).get("code").asInt()).isEqualTo(433);

        String two = local(day, 14);
        var booked = widget.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        "+49 30 7654321",
                        "fullname",
                        "Olga Ontime",
                        "appointments",
                        List.of(Map.of("id", 1, "services", List.of(consult), "staff_id", anna, "datetime", two))));
        assertThat(booked.status()).isEqualTo(201);
        assertThat(times(anna, day)).containsExactly("15:00");
    }

    private static String local(LocalDate date, int hour) {
        return date.atTime(hour, 0)
                .atZone(ZoneId.of("Europe/Berlin"))
                .toOffsetDateTime()
                .toString();
    }

    private List<String> times(long member, LocalDate date) {
        JsonNode slots = widget.get("/book_times/" + location + "/" + member + "/" + date + "?service_ids[]=" + consult)
                .data();
        List<String> result = new ArrayList<>();
        slots.forEach(s -> result.add(s.get("time").asString()));
        return result;
    }

    private List<String> dates(long member, LocalDate from, LocalDate to) {
        JsonNode data = widget.get("/book_dates/" + location + "?service_ids[]=" + consult + "&staff_id=" + member
                        + "&date_from=" + from + "&date_to=" + to)
                .data();
        List<String> result = new ArrayList<>();
        data.get("booking_dates").forEach(d -> result.add(d.asString()));
        return result;
    }

    private void specialDay(LocalDate date, String opens, String closes) {
        db.sql(
                        "insert into location_special_days (location_id, day, opens_at, closes_at) values (:l, :d, cast(:o as time), cast(:c as time))")
                .param("l", location)
                .param("d", date)
                .param("o", opens)
                .param("c", closes)
                .update();
    }

    private void override(long member, LocalDate date, boolean working, String... windows) {
        db.sql(
                        "insert into team_member_schedule_days (team_member_id, location_id, day, is_working) values (:m, :l, :d, :w)")
                .param("m", member)
                .param("l", location)
                .param("d", date)
                .param("w", working)
                .update();
        for (int i = 0; i < windows.length; i += 2) {
            db.sql("""
                            insert into team_member_schedule_slots (team_member_id, location_id, day, starts_at, ends_at)
                            values (:m, :l, :d, cast(:s as time), cast(:e as time))
                            """)
                    .param("m", member)
                    .param("l", location)
                    .param("d", date)
                    .param("s", windows[i])
                    .param("e", windows[i + 1])
                    .update();
        }
    }
}
