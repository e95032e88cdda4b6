package dev.kairos.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.imports.ImportedAppointments;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Reminders go at their offset before the start, and only while the appointment stands: the test
 * moves the server's clock forward to bring them due.
 */
class RemindersIT extends NotificationsTestBase {

    @Autowired
    ImportedAppointments imported;

    @Autowired
    TransactionTemplate transactions;

    private static final Duration DAY = Duration.ofHours(24);

    @Test
    void theReminderGoesAtItsOffsetAndNotBefore() {
        Studio studio = studio();
        Studio.Booked booked = studio.book(studio.haircut, "10:00");
        awaitMail(booked.email(), 1);
        studio.settled(booked.id(), "confirmed");
        assertThat(studio.deliveries(booked.id(), "reminder"))
                .as("the sender has run since the booking, and the reminder waits for its time")
                .extracting(r -> r.get("outcome").asString())
                .containsExactly("planned");

        clock.jumpTo(booked.start().minus(DAY).plusSeconds(30));

        Letter reminder = awaitSubject(booked.email(), "Reminder");
        assertThat(reminder.subject()).contains("Reminder", "10:00");
        assertThat(reminder.text()).contains("10:00–11:00", "Europe/Berlin");
        assertThat(reminder.method()).isEqualTo("REQUEST");
        JsonNode sent = studio.settled(booked.id(), "reminder").get(0);
        assertThat(sent.get("outcome").asString()).isEqualTo("sent");
        assertThat(OffsetDateTime.parse(sent.get("sent_at").asString()).toInstant())
                .isAfterOrEqualTo(booked.start().minus(DAY));
    }

    @Test
    void cancellingRejectingOrCompletingDropsTheRemindersNotSentYet() {
        Studio studio = studio();
        Studio.Booked cancelled = studio.book(studio.haircut, "09:00");
        Studio.Booked rejected = studio.book(studio.consultation, "10:30");
        Studio.Booked completed = studio.book(studio.haircut, "12:00");
        Studio.Booked standing = studio.book(studio.haircut, "14:00");
        String appointments = "/locations/" + studio.location + "/appointments/";
        assertThat(studio.staff
                        .delete("/record/" + studio.location + "/" + cancelled.id())
                        .status())
                .isEqualTo(204);
        assertThat(studio.staff
                        .post(appointments + rejected.id() + "/reject", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(studio.staff
                        .post(appointments + completed.id() + "/complete", Map.of())
                        .status())
                .isEqualTo(200);

        assertThat(reminder(studio, cancelled).get("error").asString()).isEqualTo("the appointment was cancelled");
        assertThat(reminder(studio, rejected).get("error").asString()).isEqualTo("the appointment was rejected");
        assertThat(reminder(studio, completed).get("error").asString()).isEqualTo("the appointment was completed");
        List.of(cancelled, rejected, completed)
                .forEach(b -> assertThat(reminder(studio, b).get("outcome").asString())
                        .isEqualTo("dropped"));

        clock.jumpTo(standing.start().minus(DAY).plusSeconds(30));
        Letter reminder = awaitSubject(standing.email(), "Reminder");

        assertThat(reminder.subject()).contains("Reminder");
        assertThat(mailTo(cancelled.email()))
                .extracting(m -> Letter.of(m).subject())
                .noneMatch(s -> s.contains("Reminder"));
        assertThat(mailTo(rejected.email()))
                .extracting(m -> Letter.of(m).subject())
                .noneMatch(s -> s.contains("Reminder"));
        assertThat(mailTo(completed.email()))
                .extracting(m -> Letter.of(m).subject())
                .noneMatch(s -> s.contains("Reminder"));
    }

    @Test
    void aReminderWhoseTimeHasPassedAtBookingIsNotPlanned() {
        Studio studio = studio();
        Instant start = studio.day.atTime(10, 0).atZone(Studio.BERLIN).toInstant();
        clock.jumpTo(start.minus(Duration.ofHours(20)));

        Studio.Booked booked = studio.book(studio.haircut, "10:00");

        studio.settled(booked.id(), "confirmed");
        assertThat(studio.deliveries(booked.id()))
                .extracting(d -> d.get("event").asString())
                .containsExactly("confirmed");
    }

    @Test
    void notifyByEmailOnBookRecordBecomesTheClientsReminderInsteadOfTheRulesOne() {
        Studio studio = studio();
        Studio.Booked booked = studio.book(studio.haircut, studio.day, "11:00", Map.of("notify_by_email", 3));

        List<JsonNode> reminders = studio.deliveries(booked.id(), "reminder");
        assertThat(reminders).hasSize(1);
        assertThat(OffsetDateTime.parse(reminders.get(0).get("planned_at").asString())
                        .toInstant())
                .isEqualTo(booked.start().minus(Duration.ofHours(3)));
        assertThat(studio.record(booked.id()).get("email_remain_hours").asInt()).isEqualTo(3);
        assertThat(studio.widget
                        .get("/user/records/" + booked.id() + "/" + booked.hash())
                        .data()
                        .get(0)
                        .get("notify_by_email")
                        .asInt())
                .isEqualTo(3);

        clock.jumpTo(booked.start().minus(Duration.ofHours(3)).plusSeconds(30));
        Letter reminder = awaitSubject(booked.email(), "Reminder");
        assertThat(reminder.subject()).contains("Reminder", "11:00");
    }

    @Test
    void reminderHoursOutOfRangeAreRefusedAndBookNothing() {
        Studio studio = studio();
        var refused = studio.widget.post(
                "/book_record/" + studio.location,
                Map.of(
                        "phone",
                        "+4915112345678",
                        "fullname",
                        "Maria",
                        "notify_by_email",
                        721,
                        "notify_by_sms",
                        -1,
                        "appointments",
                        List.of(Map.of(
                                "id",
                                1,
                                "services",
                                List.of(studio.haircut),
                                "staff_id",
                                studio.anna,
                                "datetime",
                                studio.day + " 10:00"))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("success").asBoolean()).isFalse();
        assertThat(refused.body()).contains("notify_by");
        assertThat(fixtures.db()
                        .sql("select count(*) from appointments where location_id = :l")
                        .param("l", studio.location)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aServicesOwnReminderRuleReplacesTheLocationsForThatService() {
        Studio studio = studio();
        studio.rule(studio.haircut, "reminder", "client", "email", -120);

        Studio.Booked haircut = studio.book(studio.haircut, "10:00");
        Studio.Booked consultation = studio.book(studio.consultation, "13:00");

        assertThat(studio.deliveries(haircut.id(), "reminder"))
                .extracting(r ->
                        OffsetDateTime.parse(r.get("planned_at").asString()).toInstant())
                .containsExactly(haircut.start().minus(Duration.ofHours(2)));
        assertThat(studio.deliveries(consultation.id(), "reminder"))
                .extracting(r ->
                        OffsetDateTime.parse(r.get("planned_at").asString()).toInstant())
                .containsExactly(consultation.start().minus(DAY));
    }

    @Test
    void movingAwayAndBackBringsBackTheSameReminderRow() {
        Studio studio = studio();
        Studio.Booked booked = studio.book(studio.haircut, "10:00");
        String path = "/record/" + studio.location + "/" + booked.id();
        long client = studio.record(booked.id()).get("client").get("id").asLong();

        assertThat(studio.staff
                        .put(path, replaced(studio, client, studio.day + " 12:00:00"))
                        .status())
                .isEqualTo(200);
        assertThat(studio.staff
                        .put(path, replaced(studio, client, studio.day + " 10:00:00"))
                        .status())
                .isEqualTo(200);

        List<JsonNode> reminders = studio.deliveries(booked.id(), "reminder");
        assertThat(reminders).extracting(r -> r.get("outcome").asString()).containsExactly("planned", "dropped");
        assertThat(OffsetDateTime.parse(reminders.get(0).get("planned_at").asString())
                        .toInstant())
                .isEqualTo(booked.start().minus(DAY));
        assertThat(studio.deliveries(booked.id(), "rescheduled")).hasSize(2);
    }

    @Test
    void anImportPlansRemindersButTellsNobodyItWasBooked() {
        Studio studio = studio();
        long client = fixtures.db()
                .sql("insert into clients (chain_id, location_id, name, phone, email) values (:c, :l, 'Imported', "
                        + "'+4915199990000', :e) returning id")
                .param("c", studio.tenant.chainId())
                .param("l", studio.location)
                .param("e", "imported-" + studio.location + "@example.com")
                .query(Long.class)
                .single();
        Instant start = studio.day.atTime(13, 0).atZone(Studio.BERLIN).toInstant();
        List<Long> ids = transactions.execute(tx -> imported.insertAll(
                studio.location,
                null,
                clock.instant(),
                List.of(new ImportedAppointments.Imported(
                        studio.anna,
                        client,
                        "Imported",
                        "+4915199990000",
                        start,
                        start.plusSeconds(3600),
                        AppointmentStatus.CONFIRMED,
                        false,
                        "",
                        List.of()))));

        assertThat(studio.deliveries(ids.get(0)))
                .extracting(
                        d -> d.get("event").asString() + " " + d.get("outcome").asString())
                .containsExactly("reminder planned");
    }

    private static Map<String, Object> replaced(Studio studio, long client, String datetime) {
        return Map.of(
                "staff_id",
                studio.anna,
                "services",
                List.of(Map.of("id", studio.haircut)),
                "client_id",
                client,
                "datetime",
                datetime,
                "save_if_busy",
                false);
    }

    private static JsonNode reminder(Studio studio, Studio.Booked booked) {
        return studio.deliveries(booked.id(), "reminder").get(0);
    }
}
