package dev.kairos.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kairos.auth.Tokens;
import dev.kairos.platform.KairosProcess;
import dev.kairos.support.Api;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kairos is killed with SIGKILL after a booking planned its reminder and before the reminder was
 * due; the next start on the same data sends it, once. Real server JVMs on their own embedded
 * database, so only when the tests run on the embedded one.
 */
@DisabledIfEnvironmentVariable(named = "KAIROS_DB_URL", matches = ".+")
class KilledBeforeSendingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dataDir;

    private final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private KairosProcess first;
    private KairosProcess second;

    @AfterEach
    void cleanUp() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        KairosProcess.stopPostgres(dataDir);
        mail.stop();
    }

    @Test
    void aReminderPlannedBeforeAKillDashNineIsSentOnceAfterTheRestart() throws Exception {
        mail.start();
        Map<String, String> env = Map.of(
                "KAIROS_SMTP_HOST", "127.0.0.1",
                "KAIROS_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
                "KAIROS_PUBLIC_URL", "http://127.0.0.1:8080",
                "KAIROS_NOTIFICATIONS_SEND_INTERVAL", "300ms",
                "KAIROS_JOBS_POLLING_INTERVAL", "300ms",
                // A node killed while it held the sending job is declared dead within seconds.
                "KAIROS_JOBS_HEARTBEAT", "2s");
        first = KairosProcess.start(dataDir, env);
        first.awaitHealthy(PATIENCE);
        String partner = Tokens.generate();
        Instant start = nextSlotAfter(Instant.now().plus(Duration.ofMinutes(20)));
        Salon salon;
        try (Connection db = KairosProcess.connect(dataDir)) {
            salon = Salon.create(db, partner);
            // The only rule: a reminder one to two minutes from now.
            long minutes = Duration.between(Instant.now(), start).toMinutes() - 1;
            salon.reminderOnly(db, (int) minutes);
        }

        Api.Response booked = Api.at(first.port())
                .withAuthorization("Bearer " + partner)
                .post(
                        "/book_record/" + salon.location(),
                        Map.of(
                                "phone",
                                "+4915112345678",
                                "fullname",
                                "Maria Muster",
                                "email",
                                "maria@example.com",
                                "appointments",
                                List.of(Map.of(
                                        "id", 1,
                                        "services", List.of(salon.service()),
                                        "staff_id", salon.member(),
                                        "datetime", start.toString()))));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        first.kill();
        long appointment = booked.data().get(0).get("record_id").asLong();
        try (Connection db = KairosProcess.connect(dataDir)) {
            assertThat(outcomes(db, appointment)).containsExactly("planned");
        }

        second = KairosProcess.start(dataDir, env);
        second.awaitHealthy(PATIENCE);

        await().atMost(PATIENCE).until(() -> mail.getReceivedMessages().length >= 1);
        try (Connection db = KairosProcess.connect(dataDir)) {
            await().atMost(PATIENCE).until(() -> outcomes(db, appointment).equals(List.of("sent")));
        }
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(mail.getReceivedMessages()[0].getSubject()).contains("Reminder");
        assertThat(mail.getReceivedMessages()[0].getMessageID()).startsWith("<notification-");
    }

    /** The first quarter hour at or after {@code after} that is between 01:00 and 22:00 in Berlin. */
    private static Instant nextSlotAfter(Instant after) {
        ZonedDateTime slot = after.atZone(BERLIN).truncatedTo(ChronoUnit.HOURS);
        while (slot.toInstant().isBefore(after) || slot.getHour() < 1 || slot.getHour() >= 22) {
            slot = slot.plusMinutes(15);
        }
        return slot.toInstant();
    }

    private static List<String> outcomes(Connection db, long appointment) throws SQLException {
        try (PreparedStatement query =
                db.prepareStatement("select status from notifications where appointment_id = ? order by id")) {
            query.setLong(1, appointment);
            try (ResultSet rows = query.executeQuery()) {
                List<String> outcomes = new java.util.ArrayList<>();
                while (rows.next()) {
                    outcomes.add(rows.getString(1));
                }
                return outcomes;
            }
        }
    }

    /** A location open around the clock with one team member, one short service and a partner token, written with SQL. */
    private record Salon(long location, long member, long service) {

        static Salon create(Connection db, String partnerToken) throws SQLException {
            long chain = insert(db, "insert into chains (title) values ('Crash Chain') returning id");
            long location = insert(
                    db,
                    "insert into locations (chain_id, title, time_zone) values (" + chain
                            + ", 'Crash Salon', 'Europe/Berlin') returning id");
            long member = insert(
                    db, "insert into team_members (location_id, name) values (" + location + ", 'Anna') returning id");
            long service = insert(
                    db,
                    "insert into services (location_id, title, duration_seconds) values (" + location
                            + ", 'Trim', 900) returning id");
            for (String sql : Arrays.asList(
                    "insert into location_hours (location_id, day_of_week, opens_at, closes_at)" + " select " + location
                            + ", d, '00:00', '23:59' from generate_series(1, 7) d",
                    "insert into team_member_weekly_hours (team_member_id, location_id, day_of_week, starts_at, ends_at)"
                            + " select " + member + ", " + location
                            + ", d, '00:00', '23:59' from generate_series(1, 7) d",
                    "insert into service_staff (service_id, team_member_id) values (" + service + ", " + member + ")",
                    "insert into partner_tokens (chain_id, title, token_hash) values (" + chain + ", 'Crash', '"
                            + Tokens.hash(partnerToken) + "')")) {
                try (PreparedStatement statement = db.prepareStatement(sql)) {
                    statement.executeUpdate();
                }
            }
            return new Salon(location, member, service);
        }

        void reminderOnly(Connection db, int minutesBefore) throws SQLException {
            try (PreparedStatement rule = db.prepareStatement(
                    "insert into notification_rules (location_id, event, target, channel, offset_minutes)"
                            + " values (?, 'reminder', 'client', 'email', ?)")) {
                rule.setLong(1, location);
                rule.setInt(2, -minutesBefore);
                rule.executeUpdate();
            }
        }

        private static long insert(Connection db, String sql) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement(sql);
                    ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
