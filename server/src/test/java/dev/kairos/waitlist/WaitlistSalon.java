package dev.kairos.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A salon for waitlist tests: open every day 08:00–20:00, Anna working 09:00–18:00, an hour's cut
 * with a waitlist, and the day (a Wednesday) the clients wait for.
 */
final class WaitlistSalon {

    final Tenant tenant;
    final Api desk;
    final Api widget;
    final BookingFixtures booking;
    final long location;
    final long anna;
    final long cut;
    final LocalDate day;

    WaitlistSalon(Fixtures fixtures, int port) {
        tenant = fixtures.tenant();
        desk = Api.at(port).as(tenant.adminA());
        widget = Api.at(port).as(tenant.partnerOnly());
        booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        anna = booking.member(location, "Anna");
        cut = booking.service(location, "Cut", 60, Map.of("allow_waitlist", true), anna);
        day = BookingFixtures.nextTuesday().plusDays(1);
    }

    String path(String rest) {
        return "/locations/" + location + "/waitlist" + rest;
    }

    /** A join request for Anna's cut on the day, starting from {@code from} and before {@code to}. */
    Map<String, Object> wish(String name, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("service_id", cut);
        body.put("team_member_id", anna);
        body.put("date_from", day.toString());
        body.put("time_from", from);
        body.put("time_to", to);
        body.put("name", name);
        body.put("phone", "+4930" + (1000000 + Math.abs(name.hashCode() % 8999999)));
        return body;
    }

    /** Joins online and returns the new entry's id. */
    long join(Map<String, Object> wish) {
        Api.Response joined = widget.post(path(""), wish);
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        assertThat(joined.data().get("status").asString()).isEqualTo("active");
        return joined.data().get("id").asLong();
    }

    JsonNode entry(long id) {
        return desk.get(path("/" + id)).data();
    }

    String status(long id) {
        return entry(id).get("status").asString();
    }

    /** The key of the entry's link: what the client sends to accept or leave. */
    static String key(JsonNode entry) {
        String link = entry.get("link").asString();
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** A book_record body for Anna's cut on the day at {@code time}. */
    Map<String, Object> record(String name, String phone, String time) {
        return Map.of(
                "phone",
                phone,
                "fullname",
                name,
                "appointments",
                List.of(Map.of(
                        "id", 1, "services", List.of(cut), "staff_id", anna, "datetime", day + " " + time + ":00")));
    }

    /** Books online (as a client would) and returns the appointment's id. */
    long book(String name, String phone, String time) {
        Api.Response booked = widget.post("/book_record/" + location, record(name, phone, time));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.data().get(0).get("record_id").asLong();
    }

    /** Books at the front desk (staff may book over an open offer) and returns the appointment's id. */
    long bookAtTheDesk(String name, String phone, String time) {
        Api.Response booked = desk.post(
                "/records/" + location,
                Map.of(
                        "staff_id",
                        anna,
                        "datetime",
                        day + " " + time + ":00",
                        "services",
                        List.of(Map.of("id", cut)),
                        "client",
                        Map.of("phone", phone, "name", name)));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.data().get("id").asLong();
    }

    /** Cancels an appointment as staff: its time frees up for the waitlist. */
    void cancel(long appointment) {
        assertThat(desk.delete("/record/" + location + "/" + appointment).status())
                .isEqualTo(204);
    }
}
