package dev.kairos.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What a client and the staff receive by email as an appointment is booked, moved, confirmed,
 * rejected and cancelled: the content, the local time with the zone named, and a calendar file that
 * the client's calendar follows (parsed back with ical4j).
 */
class EmailNotificationsIT extends NotificationsTestBase {

    @Test
    void aBookingConfirmsByEmailWithTheLocalTimeTheZoneAndACalendarFile() {
        Studio studio = studio();
        Studio.Booked booked = studio.book(studio.haircut, "10:00");

        Letter letter = Letter.of(awaitMail(booked.email(), 1));

        assertThat(letter.subject()).contains("Studio Lumen", "confirmed", "10:00");
        assertThat(letter.text())
                .contains("10:00–11:00", "(Europe/Berlin)", "Haircut", "Anna Berg", "Torstraße 12, Berlin")
                .contains("http://127.0.0.1:" + port + "/book/" + studio.location + "/appointments/" + booked.id() + "/"
                        + booked.hash())
                .contains("http://127.0.0.1:" + port + "/unsubscribe/");
        assertThat(letter.html()).contains("<h1", "Your appointment is confirmed", "Europe/Berlin", "Torstraße 12");
        assertThat(letter.messageId()).matches("<notification-\\d+@127\\.0\\.0\\.1>");
        assertThat(letter.unsubscribeHeader()).startsWith("<http://127.0.0.1:" + port + "/unsubscribe/");
        assertThat(letter.method()).isEqualTo("REQUEST");
        assertThat(letter.eventProperty("UID")).isEqualTo("appointment-" + booked.id() + "@127.0.0.1");
        assertThat(letter.eventProperty("SEQUENCE")).isEqualTo("0");
        assertThat(letter.eventProperty("STATUS")).isEqualTo("CONFIRMED");
        assertThat(Instant.from(letter.event().getStartDate().orElseThrow().getDate()))
                .isEqualTo(booked.start());

        JsonNode confirmation = studio.settled(booked.id(), "confirmed").get(0);
        assertThat(confirmation.get("outcome").asString()).isEqualTo("sent");
        assertThat(confirmation.get("target").asString()).isEqualTo("client");
        assertThat(confirmation.get("channel").asString()).isEqualTo("email");
        assertThat(confirmation.get("recipient").asString()).isEqualTo(booked.email());
        assertThat(confirmation.get("sent_at").asString()).isNotBlank();
        JsonNode reminder = studio.deliveries(booked.id(), "reminder").get(0);
        assertThat(reminder.get("outcome").asString()).isEqualTo("planned");
        assertThat(java.time.OffsetDateTime.parse(reminder.get("planned_at").asString())
                        .toInstant())
                .isEqualTo(booked.start().minusSeconds(24 * 3600));

        JsonNode record = studio.record(booked.id());
        assertThat(record.get("email_now").asInt()).isEqualTo(1);
        assertThat(record.get("notified").asInt()).isEqualTo(1);
        assertThat(record.get("sms_now").asInt()).isZero();
        assertThat(record.get("is_remind_sms_sent").asBoolean()).isFalse();
    }

    @Test
    void aMoveSendsAnUpdateOfTheSameEventWithAHigherSequenceAndMovesTheReminder() {
        Studio studio = studio();
        Studio.Booked booked = studio.book(studio.haircut, "10:00");
        Letter first = Letter.of(awaitMail(booked.email(), 1));

        Api.Response moved = studio.widget.put(
                "/book_record/" + studio.location + "/" + booked.id() + "/" + booked.hash(),
                Map.of("datetime", studio.day + " 14:00:00"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        Letter update = Letter.of(awaitMail(booked.email(), 2));
        assertThat(update.subject()).contains("moved", "14:00");
        assertThat(update.text()).contains("14:00–15:00", "Europe/Berlin");
        assertThat(update.method()).isEqualTo("REQUEST");
        assertThat(update.eventProperty("UID")).isEqualTo(first.eventProperty("UID"));
        assertThat(Integer.parseInt(update.eventProperty("SEQUENCE")))
                .isGreaterThan(Integer.parseInt(first.eventProperty("SEQUENCE")));
        assertThat(Instant.from(update.event().getStartDate().orElseThrow().getDate()))
                .isEqualTo(booked.start().plusSeconds(4 * 3600));
        assertThat(update.messageId()).isNotEqualTo(first.messageId());

        List<JsonNode> reminders = studio.deliveries(booked.id(), "reminder");
        assertThat(reminders).extracting(r -> r.get("outcome").asString()).containsExactly("dropped", "planned");
        assertThat(reminders.get(0).get("error").asString()).contains("changed");
        assertThat(java.time.OffsetDateTime.parse(
                                reminders.get(1).get("planned_at").asString())
                        .toInstant())
                .isEqualTo(booked.start().plusSeconds(4 * 3600).minusSeconds(24 * 3600));
    }

    @Test
    void aCancellationSendsMethodCancelForTheSameEventAndDropsTheReminder() {
        Studio studio = studio();
        Studio.Booked booked = studio.book(studio.haircut, "11:00");
        Letter confirmation = Letter.of(awaitMail(booked.email(), 1));

        assertThat(studio.widget
                        .delete("/user/records/" + booked.id() + "/" + booked.hash())
                        .status())
                .isIn(200, 204);

        Letter cancellation = Letter.of(awaitMail(booked.email(), 2));
        assertThat(cancellation.subject()).contains("cancelled");
        assertThat(cancellation.method()).isEqualTo("CANCEL");
        assertThat(cancellation.eventProperty("STATUS")).isEqualTo("CANCELLED");
        assertThat(cancellation.eventProperty("UID")).isEqualTo(confirmation.eventProperty("UID"));
        assertThat(Integer.parseInt(cancellation.eventProperty("SEQUENCE")))
                .isGreaterThan(Integer.parseInt(confirmation.eventProperty("SEQUENCE")));
        JsonNode reminder = studio.deliveries(booked.id(), "reminder").get(0);
        assertThat(reminder.get("outcome").asString()).isEqualTo("dropped");
        assertThat(reminder.get("error").asString()).isEqualTo("the appointment was cancelled");
    }

    @Test
    void aRequestTellsTheStaffAndTheDecisionTellsTheClient() {
        Studio studio = studio();
        assertThat(studio.staff
                        .put(
                                "/locations/" + studio.location + "/notification_settings",
                                Map.of("staff_email", "desk-" + studio.location + "@example.com"))
                        .status())
                .isEqualTo(200);
        Studio.Booked approved = studio.book(studio.consultation, "09:00");
        Studio.Booked refused = studio.book(studio.consultation, "12:00");

        Letter request = Letter.of(awaitMail("desk-" + studio.location + "@example.com", 1));
        assertThat(request.subject()).contains("awaiting approval");
        assertThat(request.text()).contains("Consultation", "Europe/Berlin", "/admin/locations/" + studio.location);
        assertThat(request.ics()).as("staff get no calendar file").isNull();
        assertThat(mailTo(approved.email()))
                .as("a request tells the client nothing by default")
                .isEmpty();

        String lifecycle = "/locations/" + studio.location + "/appointments/";
        assertThat(studio.staff
                        .post(lifecycle + approved.id() + "/confirm", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(studio.staff
                        .post(lifecycle + refused.id() + "/reject", Map.of())
                        .status())
                .isEqualTo(200);

        Letter confirmed = Letter.of(awaitMail(approved.email(), 1));
        assertThat(confirmed.subject()).contains("confirmed");
        assertThat(confirmed.method()).isEqualTo("REQUEST");
        Letter rejected = Letter.of(awaitMail(refused.email(), 1));
        assertThat(rejected.subject()).contains("could not be accepted");
        assertThat(rejected.method()).isEqualTo("CANCEL");
        assertThat(studio.deliveries(refused.id(), "reminder"))
                .extracting(r -> r.get("outcome").asString())
                .containsExactly("dropped");
    }

    @Test
    void aSeatInAGroupEventIsConfirmedWithItsOwnReminder() {
        Studio studio = studio();
        Instant start = studio.day.atTime(18, 0).atZone(Studio.BERLIN).toInstant();
        long event = fixtures.db()
                .sql("insert into events (location_id, service_id, team_member_id, starts_at, ends_at, capacity)"
                        + " values (:l, :s, :m, :start, :end, 5) returning id")
                .param("l", studio.location)
                .param("s", studio.haircut)
                .param("m", studio.anna)
                .param("start", start.atOffset(java.time.ZoneOffset.UTC))
                .param("end", start.plusSeconds(3600).atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class)
                .single();
        String email = "seat-" + event + "@example.com";

        Api.Response seat = studio.widget.post(
                "/activity/" + studio.location + "/" + event + "/book",
                Map.of("fullname", "Seat Holder", "phone", "+4915177776666", "email", email, "notify_by_email", 2));
        assertThat(seat.status()).as(seat.toString()).isEqualTo(200);

        Letter letter = Letter.of(awaitMail(email, 1));
        assertThat(letter.subject()).contains("confirmed", "18:00");
        long id = seat.data().get("id").asLong();
        assertThat(studio.deliveries(id, "reminder"))
                .extracting(
                        r -> java.time.OffsetDateTime.parse(r.get("planned_at").asString())
                                .toInstant())
                .containsExactly(start.minusSeconds(2 * 3600));
    }

    @Test
    void aGermanLocationWritesInGerman() {
        Studio studio = studio();
        assertThat(studio.staff
                        .put("/locations/" + studio.location + "/notification_settings", Map.of("language", "de"))
                        .status())
                .isEqualTo(200);
        Studio.Booked booked = studio.book(studio.haircut, "15:30");

        Letter letter = Letter.of(awaitMail(booked.email(), 1));

        assertThat(letter.subject()).contains("bestätigt", "15:30 Uhr");
        assertThat(letter.text()).contains("Dienstag", "15:30–16:30", "Europe/Berlin", "Termin ansehen");
        assertThat(letter.html()).contains("lang=\"de\"");
    }

    @Test
    void theLocationsOwnTemplateWritesTheMessageWithItsVariablesEscapedInHtml() {
        Studio studio = studio();
        Api.Response saved = studio.staff.put(
                "/locations/" + studio.location + "/notification_templates/confirmed/client/email",
                Map.of(
                        "subject", "See you [(${appointment.time})] at [(${location.title})]",
                        "text",
                                "Hi [(${client.name})], [(${appointment.date})] [(${appointment.time})] ([(${appointment.zone})])",
                        "html", "<p>Hi <b th:text=\"${client.name}\">x</b></p>"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.data().get("customised").asBoolean()).isTrue();

        Studio.Booked booked =
                studio.book(studio.haircut, studio.day, "16:00", Map.of("fullname", "Ann <script>alert(1)</script>"));

        Letter letter = Letter.of(awaitMail(booked.email(), 1));
        assertThat(letter.subject()).isEqualTo("See you 16:00 at Studio Lumen");
        assertThat(letter.text())
                .startsWith("Hi Ann <script>alert(1)</script>, Tuesday")
                .endsWith("16:00 (Europe/Berlin)");
        assertThat(letter.html())
                .contains("<b>Ann &lt;script&gt;alert(1)&lt;/script&gt;</b>")
                .doesNotContain("<script>");
    }
}
