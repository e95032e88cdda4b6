package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The next fall-back night in Berlin, with a location open through it: the repeated hour is real
 * time, offered and bookable in both passes, each with its own offset, and each instant once.
 */
@KairosIT
class FallBackNightIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api widget;
    long location;
    long anna;
    long cut;
    LocalDate night;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        widget = Api.at(port).as(tenant.partnerOnly());
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        night = nextFallBack();
        int weekday = night.getDayOfWeek().getValue();
        anna = booking.member(location, "Anna");
        cut = booking.service(location, "Night cut", 60, anna);
        var db = fixtures.db();
        db.sql("update locations set booking_max_advance_days = 400 where id = :l")
                .param("l", location)
                .update();
        db.sql("delete from location_hours where location_id = :l and day_of_week = :d")
                .param("l", location)
                .param("d", weekday)
                .update();
        db.sql(
                        "insert into location_hours (location_id, day_of_week, opens_at, closes_at) values (:l, :d, '01:00', '05:00')")
                .param("l", location)
                .param("d", weekday)
                .update();
        db.sql("""
                        update team_member_weekly_hours set starts_at = '01:00', ends_at = '05:00'
                         where team_member_id = :m and day_of_week = :d
                        """).param("m", anna).param("d", weekday).update();
    }

    @Test
    void bothPassesOfTheRepeatedHourAreOfferedAndTheSecondIsBookable() {
        String firstPass = night + "T02:00:00+02:00";
        String secondPass = night + "T02:00:00+01:00";
        String times = "/book_times/" + location + "/" + anna + "/" + night + "?service_ids[]=" + cut;

        List<String> offered = datetimes(widget.get(times).data());
        assertThat(offered).contains(firstPass, secondPass).doesNotHaveDuplicates();

        var booked = widget.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        "+49 30 1234567",
                        "fullname",
                        "Nora Night",
                        "appointments",
                        List.of(Map.of("id", 1, "services", List.of(cut), "staff_id", anna, "datetime", secondPass))));

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        long id = booked.data().get(0).get("record_id").asLong();
        JsonNode record = Api.at(port)
                .as(tenant.owner())
                .get("/record/" + location + "/" + id)
                .data();
        assertThat(record.get("datetime").asString()).isEqualTo(secondPass);
        assertThat(Instant.parse(night + "T01:00:00Z"))
                .isEqualTo(Instant.from(
                        java.time.OffsetDateTime.parse(record.get("datetime").asString())));
        List<String> after = datetimes(widget.get(times).data());
        assertThat(after).contains(firstPass).doesNotContain(secondPass);
    }

    @Test
    void aStaffBookingInTheSecondPassIsAWorkingTime() {
        var booked = Api.at(port)
                .as(tenant.adminA())
                .post(
                        "/records/" + location,
                        Map.of(
                                "staff_id",
                                anna,
                                "datetime",
                                night + "T02:30:00+01:00",
                                "services",
                                List.of(Map.of("id", cut))));

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.data().get("overbooked").asBoolean()).isFalse();
        assertThat(booked.data().get("datetime").asString()).isEqualTo(night + "T02:30:00+01:00");
    }

    private static List<String> datetimes(JsonNode slots) {
        return java.util.stream.StreamSupport.stream(slots.spliterator(), false)
                .map(s -> s.get("datetime").asString())
                .toList();
    }

    /** The date of the next night Berlin's clocks go back, at least two days away. */
    private static LocalDate nextFallBack() {
        Instant from = Instant.now().plusSeconds(2 * 86_400);
        ZoneOffsetTransition transition = BERLIN.getRules().nextTransition(from);
        while (!transition.isOverlap()) {
            transition = BERLIN.getRules().nextTransition(transition.getInstant());
        }
        return transition.getDateTimeBefore().toLocalDate();
    }
}
