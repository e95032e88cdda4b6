package dev.kairos.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.queue.FloorClock;
import dev.kairos.support.Api;
import dev.kairos.support.AtOnce;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A fully booked morning fills from its waitlist: a cancellation is offered to the first entry
 * that fits, accepting books it through book_record's path, and races never double-book.
 */
@KairosIT
@Import(FloorClock.class)
class WaitlistIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    WaitlistSalon salon;
    Tenant tenant;
    Api desk;
    Api widget;
    BookingFixtures booking;
    long location;
    long anna;
    long cut;
    LocalDate day;
    ExecutorService pool;

    @BeforeEach
    void setUp() {
        salon = new WaitlistSalon(fixtures, port);
        tenant = salon.tenant;
        desk = salon.desk;
        widget = salon.widget;
        booking = salon.booking;
        location = salon.location;
        anna = salon.anna;
        cut = salon.cut;
        day = salon.day;
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void aCancellationIsOfferedToTheFirstEntryThatFitsAndAcceptingBooksIt() {
        long blocking = book("Maria", "+49301111111", "11:00");
        long early = join("Early", "08:00", "10:00");
        long fits = join("Fits", "10:30", "13:00");
        long later = join("Later", "10:00", "13:00");
        assertThat(entry(fits).get("status").asString()).isEqualTo("active");

        assertThat(desk.delete("/record/" + location + "/" + blocking).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> entry(fits).get("status").asString().equals("offered"));
        var offered = entry(fits);
        assertThat(offered.get("offer_start").asString()).startsWith(day + "T11:00");
        assertThat(offered.get("offer_team_member_id").asLong()).isEqualTo(anna);
        assertThat(Duration.between(
                        OffsetDateTime.parse(offered.get("offered_at").asString()),
                        OffsetDateTime.parse(offered.get("offer_expires_at").asString())))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(entry(early).get("status").asString())
                .as("11:00 is outside its window")
                .isEqualTo("active");
        assertThat(entry(later).get("status").asString()).as("joined after").isEqualTo("active");

        Api.Response wrongKey = widget.post(path("/" + fits + "/accept"), Map.of("key", "guess"));
        assertThat(wrongKey.status()).isEqualTo(404);
        Api.Response accepted = widget.post(path("/" + fits + "/accept"), Map.of("key", key(offered)));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.data().get("status").asString()).isEqualTo("fulfilled");
        assertThat(accepted.data().get("fulfilled_at").isNull()).isFalse();
        long appointment = accepted.data().get("appointment_id").asLong();
        Map<String, Object> row = fixtures.db()
                .sql("select status, team_member_id, client_name from appointments where id = :id")
                .param("id", appointment)
                .query()
                .singleRow();
        assertThat(row).containsEntry("team_member_id", anna).containsEntry("client_name", "Fits");
        assertThat(widget.post(path("/" + fits + "/accept"), Map.of("key", key(offered)))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void twoAcceptsAtOnceBookOnce() throws Exception {
        long blocking = book("Maria", "+49301111111", "11:00");
        long entry = join("Fits", "10:00", "13:00");
        desk.delete("/record/" + location + "/" + blocking);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> entry(entry).get("status").asString().equals("offered"));
        String key = key(entry(entry));
        List<Api.Response> answers = AtOnce.together(
                pool,
                () -> widget.post(path("/" + entry + "/accept"), Map.of("key", key)),
                () -> widget.post(path("/" + entry + "/accept"), Map.of("key", key)));
        assertThat(answers.stream().map(Api.Response::status))
                .as(answers.toString())
                .containsExactlyInAnyOrder(200, 409);
        assertThat(booking.holding(location)).isEqualTo(1);
    }

    @Test
    void anOfferRacingADirectBookingOfTheSameTimeNeverOverlaps() throws Exception {
        long blocking = book("Maria", "+49301111111", "11:00");
        long entry = join("Fits", "10:00", "13:00");
        desk.delete("/record/" + location + "/" + blocking);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> entry(entry).get("status").asString().equals("offered"));
        String key = key(entry(entry));
        List<Api.Response> answers = AtOnce.together(
                pool,
                () -> widget.post(path("/" + entry + "/accept"), Map.of("key", key)),
                () -> widget.post("/book_record/" + location, record("Direct", "+49302222222", "11:00")));
        assertThat(answers.stream().filter(r -> r.status() < 300))
                .as(answers.toString())
                .hasSize(1);
        assertThat(booking.holding(location)).isEqualTo(1);
        if (answers.get(0).status() >= 300) {
            assertThat(answers.get(0).meta().get("errors").get(0).get("code").asInt())
                    .isEqualTo(433);
            assertThat(entry(entry).get("status").asString())
                    .as("waits for the next time")
                    .isEqualTo("active");
        }
    }

    @Test
    void anOpenOfferHoldsItsTimeFromOtherClientsUntilItEnds() {
        long blocking = book("Maria", "+49301111111", "11:00");
        long entry = join("Held", "10:00", "13:00");
        salon.cancel(blocking);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> entry(entry).get("status").asString().equals("offered"));

        Api.Response other = widget.post("/book_record/" + location, record("Other", "+49302222222", "11:00"));
        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.meta().get("errors").get(0).get("code").asInt()).isEqualTo(433);
        assertThat(booking.holding(location)).isZero();

        fixtures.db()
                .sql("update waitlist_entries set offer_expires_at = offered_at - interval '1 minute' where id = :id")
                .param("id", entry)
                .update();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> entry(entry).get("status").asString().equals("expired"));
        Api.Response later = widget.post("/book_record/" + location, record("Other", "+49302222222", "11:00"));
        assertThat(later.status())
                .as("the time is free again once the offer ends")
                .isEqualTo(201);
    }

    @Test
    void aLapsedOfferExpiresAndGoesToTheNextEntry() {
        long blocking = book("Maria", "+49301111111", "11:00");
        long first = join("First", "10:00", "13:00");
        long second = join("Second", "10:00", "13:00");
        desk.delete("/record/" + location + "/" + blocking);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> entry(first).get("status").asString().equals("offered"));
        fixtures.db()
                .sql("update waitlist_entries set offer_expires_at = offered_at - interval '1 minute' where id = :id")
                .param("id", first)
                .update();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> entry(second).get("status").asString().equals("offered"));
        var expired = entry(first);
        assertThat(expired.get("status").asString()).isEqualTo("expired");
        assertThat(expired.get("expired_at").isNull()).isFalse();
        assertThat(widget.post(path("/" + first + "/accept"), Map.of("key", key(expired)))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void staffBookAnEntryByHandAndClientsLeave() {
        long entry = join("By hand", "10:00", "13:00");
        Api.Response booked =
                desk.post(path("/" + entry + "/book"), Map.of("datetime", day + " 12:00:00", "team_member_id", anna));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
        assertThat(booked.data().get("status").asString()).isEqualTo("fulfilled");
        assertThat(booked.data().get("fulfilled_by").asLong())
                .isEqualTo(tenant.adminA().userId());

        long leaving = join("Leaving", "10:00", "13:00");
        String key = key(entry(leaving));
        assertThat(widget.post(path("/" + leaving + "/cancel"), Map.of()).status())
                .isEqualTo(422);
        Api.Response left = widget.post(path("/" + leaving + "/cancel"), Map.of("key", key));
        assertThat(left.data().get("status").asString()).isEqualTo("cancelled");
        assertThat(left.data().get("cancelled_by").isNull()).isTrue();
    }

    @Test
    void badJoinsAndOtherChainsIdsAreRefused() {
        Map<String, Object> good = wish("A", "10:00", "13:00");
        refused(widget.post(path(""), null), 400, null);
        refused(widget.post(path(""), with(good, "service_id", null)), 422, "service_id");
        refused(
                widget.post(path(""), with(good, "service_id", booking.service(location, "No list", 30, anna))),
                422,
                "service_id");
        refused(
                widget.post(path(""), with(good, "team_member_id", booking.member(location, "Other"))),
                422,
                "team_member_id");
        refused(widget.post(path(""), with(good, "date_from", "tomorrow")), 422, "date_from");
        refused(widget.post(path(""), with(good, "date_from", "2020-01-01")), 422, "date_from");
        refused(widget.post(path(""), with(good, "date_to", day.minusDays(1).toString())), 422, "date_to");
        refused(widget.post(path(""), with(good, "time_to", "09:00")), 422, "time_to");
        refused(widget.post(path(""), with(good, "time_from", "25:00")), 422, "time_from");
        refused(widget.post(path(""), with(good, "phone", "call me")), 422, "phone");
        refused(widget.post(path(""), with(good, "name", "")), 422, "name");
        refused(widget.post(path(""), with(good, "email", "not-mail")), 422, "email");
        refused(widget.get(path("")), 401, null);
        refused(desk.get(path("?status=waiting")), 422, "status");
        assertThat(desk.get(path("")).data().size()).isZero();

        Tenant other = fixtures.tenant();
        refused(Api.at(port).as(other.partnerOnly()).post(path(""), good), 403, null);
        refused(Api.at(port).as(other.adminA()).get(path("")), 403, null);
        long mine = join("Mine", "10:00", "13:00");
        Api owner = Api.at(port).as(tenant.owner());
        refused(owner.get("/locations/" + tenant.locationB() + "/waitlist/" + mine), 404, null);
        refused(owner.post("/locations/" + tenant.locationB() + "/waitlist/" + mine + "/cancel", Map.of()), 404, null);
        refused(Api.at(port).as(other.adminA()).post(path("/" + mine + "/cancel"), Map.of()), 403, null);
        assertThat(entry(mine).get("status").asString()).isEqualTo("active");
    }

    private String path(String rest) {
        return salon.path(rest);
    }

    private Map<String, Object> wish(String name, String from, String to) {
        return salon.wish(name, from, to);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private long join(String name, String from, String to) {
        return salon.join(wish(name, from, to));
    }

    private tools.jackson.databind.JsonNode entry(long id) {
        return salon.entry(id);
    }

    private static String key(tools.jackson.databind.JsonNode entry) {
        return WaitlistSalon.key(entry);
    }

    private Map<String, Object> record(String name, String phone, String time) {
        return salon.record(name, phone, time);
    }

    private long book(String name, String phone, String time) {
        return salon.book(name, phone, time);
    }

    private static void refused(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        if (field != null) {
            assertThat(response.meta().get("errors").has(field))
                    .as(response.toString())
                    .isTrue();
        }
    }
}
