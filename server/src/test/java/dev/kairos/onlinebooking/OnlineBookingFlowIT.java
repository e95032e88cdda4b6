package dev.kairos.onlinebooking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.KeptMoney;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The whole online flow a booking widget walks, with the partner token only. */
@KairosIT
class OnlineBookingFlowIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api widget;
    BookingFixtures booking;
    long location;
    long anna;
    long cut;
    LocalDate day;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        widget = Api.at(port).as(tenant.partnerOnly());
        booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        anna = booking.member(location, "Anna");
        cut = booking.service(location, "Haircut", 60, anna);
        day = BookingFixtures.nextTuesday();
    }

    @Test
    void aClientBooksViewsMovesAndCancels() {
        JsonNode services = widget.get("/book_services/" + location).data().get("services");
        assertThat(services).extracting(s -> s.get("id").asLong()).contains(cut);

        booking.member(location, "Bruno, who does not cut hair");
        JsonNode staff =
                widget.get("/book_staff/" + location + "?service_ids[]=" + cut).data();
        assertThat(staff).hasSize(1);
        assertThat(staff.get(0).get("bookable").asBoolean()).isTrue();
        assertThat(staff.get(0).get("seance_date").asString()).isNotBlank();

        JsonNode dates = widget.get("/book_dates/" + location + "?service_ids%5B0%5D=" + cut + "&date=" + day)
                .data();
        assertThat(dates.get("booking_dates").toString()).contains(day.toString());
        assertThat(dates.get("booking_days")
                        .get(String.valueOf(day.getMonthValue()))
                        .toString())
                .contains("\"" + day.getDayOfMonth() + "\"");

        JsonNode times = widget.get("/book_times/" + location + "/" + anna + "/" + day + "?service_ids[]=" + cut)
                .data();
        assertThat(times.get(0).get("time").asString()).isEqualTo("09:00");
        assertThat(times.get(0).get("sum_length").asInt()).isEqualTo(3600);
        assertThat(times).hasSize(9 * 4 - 3);
        String nine = times.get(0).get("datetime").asString();

        var check = widget.post(
                "/book_check/" + location,
                Map.of(
                        "appointments",
                        List.of(Map.of("id", 1, "services", List.of(cut), "staff_id", anna, "datetime", nine))));
        assertThat(check.status()).isEqualTo(201);
        assertThat(check.meta().get("message").asString()).isEqualTo("Created");

        var record = widget.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        "+49 30 1234567",
                        "fullname",
                        "Maria Muster",
                        "email",
                        "maria@example.com",
                        "appointments",
                        List.of(Map.of("id", 7, "services", List.of(cut), "staff_id", anna, "datetime", nine))));
        assertThat(record.status()).isEqualTo(201);
        JsonNode entry = record.data().get(0);
        assertThat(entry.get("id").asInt()).isEqualTo(7);
        long id = entry.get("record_id").asLong();
        String hash = entry.get("record_hash").asString();
        assertThat(hash).hasSize(32);
        assertThat(KeptMoney.of(fixtures.db(), id)).isEqualTo("50.00 paid 0.00");

        JsonNode view =
                widget.get("/book_record/" + location + "/" + id + "/" + hash).data();
        assertThat(view.get("datetime").asString()).isEqualTo(nine);
        assertThat(view.get("staff").get("id").asLong()).isEqualTo(anna);
        assertThat(view.get("services").get(0).get("id").asLong()).isEqualTo(cut);
        assertThat(view.get("status").asString()).isEqualTo("confirmed");
        assertThat(view.get("deleted").asBoolean()).isFalse();
        assertThat(view.get("company").get("id").asLong()).isEqualTo(location);

        assertThat(widget.get("/book_times/" + location + "/" + anna + "/" + day + "?service_ids[]=" + cut)
                        .data()
                        .get(0)
                        .get("time")
                        .asString())
                .isEqualTo("10:00");

        String eleven = day + " 11:00:00";
        var moved =
                widget.put("/book_record/" + location + "/" + id + "?record_hash=" + hash, Map.of("datetime", eleven));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.data().get("date").asString()).isEqualTo(day + " 11:00:00");

        JsonNode cabinet = widget.get("/user/records/" + id + "/" + hash).data();
        assertThat(cabinet).hasSize(1);
        assertThat(cabinet.get(0).get("id").asLong()).isEqualTo(id);

        var cancelled = widget.delete("/user/records/" + id + "/" + hash);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("success").asBoolean()).isTrue();
        assertThat(widget.get("/user/records/" + id + "/" + hash)
                        .data()
                        .get(0)
                        .get("deleted")
                        .asBoolean())
                .isTrue();
        assertThat(widget.get("/book_times/" + location + "/" + anna + "/" + day + "?service_ids[]=" + cut)
                        .data())
                .hasSize(9 * 4 - 3);
    }

    @Test
    void aWrongHashSeesNothingAndChangesNothing() {
        long id = bookNine().get("record_id").asLong();
        assertThat(widget.get("/user/records/" + id + "/0123456789abcdef0123456789abcdef")
                        .status())
                .isEqualTo(404);
        assertThat(widget.delete("/user/records/" + id + "/0123456789abcdef0123456789abcdef")
                        .status())
                .isEqualTo(404);
        assertThat(widget.put("/book_record/" + location + "/" + id, Map.of("datetime", day + " 12:00:00"))
                        .status())
                .isEqualTo(404);
        assertThat(booking.holding(location)).isEqualTo(1);
    }

    @Test
    void bookCheckAcceptsTheBareArrayPhpClientsSend() {
        String nine = day + "T09:00:00";
        var check = widget.post(
                "/book_check/" + location,
                List.of(Map.of("id", 1, "services", List.of(cut), "staff_id", anna, "datetime", nine)));
        assertThat(check.status()).isEqualTo(201);
    }

    @Test
    void anyTeamMemberMeansTheFirstFreeOne() {
        long ben = booking.member(location, "Ben");
        fixtures.db()
                .sql("insert into service_staff (service_id, team_member_id) values (:s, :m)")
                .param("s", cut)
                .param("m", ben)
                .update();
        JsonNode first = bookAt(0, day + " 09:00:00").data().get(0);
        JsonNode second = bookAt(0, day + " 09:00:00").data().get(0);
        JsonNode a = widget.get("/user/records/" + first.get("record_id").asLong() + "/"
                        + first.get("record_hash").asString())
                .data()
                .get(0);
        JsonNode b = widget.get("/user/records/" + second.get("record_id").asLong() + "/"
                        + second.get("record_hash").asString())
                .data()
                .get(0);
        assertThat(List.of(
                        a.get("staff").get("id").asLong(),
                        b.get("staff").get("id").asLong()))
                .containsExactlyInAnyOrder(anna, ben);
        var third = bookAt(0, day + " 09:00:00");
        assertThat(third.status()).isEqualTo(422);
        assertThat(third.meta().get("errors").get(0).get("code").asInt()).isEqualTo(436);
    }

    @Test
    void bookServicesWithADatetimeListsOnlyWhatCanStartThen() {
        long colour = booking.service(location, "Colour", 120, anna);
        String url = "/book_services/" + location + "?staff_id=" + anna + "&datetime=";
        assertThat(widget.get(url + day + "T16:30:00").data().get("services"))
                .extracting(s -> s.get("id").asLong())
                .containsExactly(cut);
        assertThat(widget.get(url + day + "T10:00:00").data().get("services"))
                .extracting(s -> s.get("id").asLong())
                .containsExactlyInAnyOrder(cut, colour);
        assertThat(widget.get(url + day + "T10:00:00")
                        .data()
                        .get("services")
                        .get(0)
                        .get("seance_length")
                        .asInt())
                .isPositive();
    }

    @Test
    void aHoldThatBeganTwoDaysBeforeStillBlocksTheMorning() {
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        booking.hold(
                location,
                anna,
                day.minusDays(2).atTime(17, 0).atZone(berlin),
                day.atTime(11, 0).atZone(berlin));
        JsonNode times = widget.get("/book_times/" + location + "/" + anna + "/" + day + "?service_ids[]=" + cut)
                .data();
        assertThat(times.get(0).get("time").asString()).isEqualTo("11:00");
    }

    JsonNode bookNine() {
        return bookAt(anna, day + " 09:00:00").data().get(0);
    }

    Api.Response bookAt(long staff, String datetime) {
        return widget.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        "+4930" + (1000000 + (int) (Math.random() * 8000000)),
                        "fullname",
                        "Client",
                        "appointments",
                        List.of(Map.of("id", 1, "services", List.of(cut), "staff_id", staff, "datetime", datetime))));
    }
}
