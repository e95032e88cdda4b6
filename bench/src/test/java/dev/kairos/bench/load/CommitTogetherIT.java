package dev.kairos.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kairos.bench.load.BookingTransactions.Done;
import dev.kairos.bench.load.SqlBooking.Attempt;
import dev.kairos.bench.load.SqlBooking.Wanted;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Committing bookings together, on the machine's PostgreSQL (PGHOST, PGPORT, PGUSER; skipped when
 * there is none) in a database of its own with Kairos's schema and a small chain: a refused
 * booking under its savepoint leaves the others of its transaction booked, and nothing of its own
 * (the one write makes the client and the visit before the appointment's insert is refused), and
 * the writers answer a booking as booked only once its transaction committed.
 */
class CommitTogetherIT {

    private static final String HOST = env("PGHOST", "127.0.0.1");
    private static final String PORT = env("PGPORT", "5432");
    private static final String USER = env("PGUSER", "postgres");
    private static final String DB = "kairos_commitbatch_it";
    private static final String URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DB;

    /** Two team members of one location, with the seed's "Haircut" (45 minutes and 10 after). */
    private static final String CHAIN = """
            insert into chains (title) values ('Bench Barbers');
            insert into locations (chain_id, title, time_zone, city, booking_max_advance_days)
            values ((select max(id) from chains), 'Bench Barbers 1', 'Europe/Berlin', 'Berlin', 365);
            insert into location_hours (location_id, day_of_week, opens_at, closes_at)
            select l.id, d, '09:00', '19:00' from locations l, generate_series(1, 6) d;
            insert into positions (chain_id, title) values ((select max(id) from chains), 'Barber');
            insert into team_members (location_id, position_id, name, specialization, weight)
            select l.id, (select max(id) from positions), 'Barber ' || n, 'Barber', 100 - n
              from locations l, generate_series(1, 2) n;
            insert into team_member_locations (team_member_id, location_id) select id, location_id from team_members;
            insert into team_member_weekly_hours (team_member_id, location_id, day_of_week, starts_at, ends_at)
            select m.id, m.location_id, d, '09:00', '19:00' from team_members m, generate_series(1, 6) d;
            insert into services (location_id, title, duration_seconds, buffer_after_seconds, price_min, price_max, weight)
            select id, 'Haircut', 2700, 600, 35, 35, 9 from locations;
            insert into service_staff (service_id, team_member_id)
            select s.id, m.id from services s join team_members m on m.location_id = s.location_id;
            """;

    private static Dataset data;
    private static SqlBooking booking;
    private static LocalDate day;
    private static final AtomicInteger HOURS = new AtomicInteger(9);

    @BeforeAll
    static void database() throws Exception {
        assumeTrue(reachable(), "no PostgreSQL at " + HOST + ":" + PORT);
        try (Connection admin = admin();
                Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + DB);
            s.execute("create database " + DB);
        }
        Schema.migrate(URL, USER);
        try (Connection db = connect(true);
                Statement s = db.createStatement()) {
            s.execute(CHAIN);
            data = Dataset.load(db);
            booking = new SqlBooking(
                    data.chainId(),
                    0,
                    SqlBooking.services(db, List.of(data.everyone().get(0).haircut())));
        }
        day = data.emptyDays(1).get(0);
    }

    @AfterAll
    static void drop() throws Exception {
        if (data != null) {
            try (Connection admin = admin();
                    Statement s = admin.createStatement()) {
                s.execute("drop database if exists " + DB + " with (force)");
            }
        }
    }

    @Test
    void aBookingRefusedByTheRecheckLeavesTheOthersOfItsTransaction() throws Exception {
        int hour = HOURS.getAndAdd(2);
        long before = appointments();
        Written written = written();
        List<Done> done;
        try (Connection writer = connect(false)) {
            done = BookingTransactions.together(
                    writer, booking, List.of(wanted(0, hour), wanted(0, hour), wanted(1, hour)));
        }

        assertThat(done)
                .extracting(Done::outcome)
                .containsExactly(SqlBooking.BOOKED, SqlBooking.TAKEN_RECHECK, SqlBooking.BOOKED);
        assertThat(exist(done.get(0).appointment(), done.get(2).appointment())).isEqualTo(2);
        assertThat(appointments()).isEqualTo(before + 2);
        assertThat(written()).isEqualTo(written.plus(2));
        assertNoOverlaps();
    }

    @Test
    void aBookingRefusedByTheConstraintLeavesTheOthersOfItsTransaction() throws Exception {
        int hour = HOURS.getAndAdd(2);
        long before = appointments();
        Written written = written();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection rival = connect(false);
                Connection writer = connect(false)) {
            // The rival's booking is inserted but not committed: the writer's re-check cannot see it,
            // so its insert of the same hour waits for the rival, and does nothing once the rival
            // commits; the client and the visit its statement made are rolled back with the savepoint.
            Attempt.Inserted first = (Attempt.Inserted) booking.attempt(rival, wanted(0, hour), "");
            Future<List<Done>> together = thread.submit(() -> BookingTransactions.together(
                    writer, booking, List.of(wanted(1, hour), wanted(0, hour), wanted(1, hour + 1))));
            awaitWaitingForLock();
            booking.commitWrites(rival, List.of(first));
            rival.commit();
            List<Done> done = together.get();

            assertThat(done)
                    .extracting(Done::outcome)
                    .containsExactly(SqlBooking.BOOKED, SqlBooking.TAKEN_CONSTRAINT, SqlBooking.BOOKED);
            assertThat(exist(
                            first.appointment(),
                            done.get(0).appointment(),
                            done.get(2).appointment()))
                    .isEqualTo(3);
        } finally {
            thread.shutdownNow();
        }
        assertThat(appointments()).isEqualTo(before + 3);
        assertThat(written()).isEqualTo(written.plus(3));
        assertNoOverlaps();
    }

    @Test
    void theWritersAnswerBookedOnlyOnceTheTransactionCommitted() throws Exception {
        int hour = HOURS.getAndAdd(2);
        long before = appointments();
        Written written = written();
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try (Connection writerDb = connect(false);
                BatchWriter writer = new BatchWriter(booking, List.of(writerDb), 8)) {
            List<Future<Done>> answers = new ArrayList<>();
            for (Wanted w : List.of(wanted(0, hour), wanted(1, hour), wanted(0, hour))) {
                answers.add(clients.submit(() -> writer.book(w)));
            }
            for (Future<Done> answer : answers) {
                Done done = answer.get();
                if (done.booked()) {
                    acknowledged.add(done.appointment());
                }
            }
            assertThat(acknowledged).hasSize(2);
            assertThat(CommitBatchBenchmark.found(writerDb, acknowledged)).isEqualTo(2);
            assertThat(appointments()).isEqualTo(before + 2);
            assertThat(written()).isEqualTo(written.plus(2));

            // The commit's last writes fail: the transaction rolls back, and nobody is told "booked".
            alter("alter table webhook_settings rename to webhook_settings_away");
            try {
                Future<Done> failed = clients.submit(() -> writer.book(wanted(0, hour + 1)));
                assertThatThrownBy(failed::get)
                        .isInstanceOf(ExecutionException.class)
                        .hasRootCauseInstanceOf(SQLException.class);
            } finally {
                alter("alter table webhook_settings_away rename to webhook_settings");
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(appointments()).isEqualTo(before + 2);
        assertThat(written()).isEqualTo(written.plus(2));
        assertNoOverlaps();
    }

    private static Wanted wanted(int member, int hour) {
        return new Wanted(
                data.everyone().get(member),
                day.atTime(hour, 0).atZone(Dataset.ZONE).toInstant(),
                "Test client",
                FreeHours.newPhone());
    }

    /** Waits until a backend of the database waits for a lock: the writer's insert, for the rival. */
    private static void awaitWaitingForLock() throws Exception {
        for (int i = 0; i < 200; i++) {
            if (count("select count(*) from pg_stat_activity where datname = current_database()"
                            + " and wait_event_type = 'Lock'")
                    > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the writer never waited for the rival's insert");
    }

    private static long appointments() throws SQLException {
        return count("select count(*) from appointments");
    }

    /** How many clients and visits there are: each booking's are new (a phone of its own). */
    private record Written(long clients, long visits) {
        Written plus(int bookings) {
            return new Written(clients + bookings, visits + bookings);
        }
    }

    private static Written written() throws SQLException {
        return new Written(count("select count(*) from clients"), count("select count(*) from visits"));
    }

    private static long exist(Long... ids) throws SQLException {
        try (Connection db = connect(true)) {
            return CommitBatchBenchmark.found(db, new ConcurrentLinkedQueue<>(List.of(ids)));
        }
    }

    private static void assertNoOverlaps() throws SQLException {
        try (Connection db = connect(true)) {
            assertThat(Overlaps.count(db).overlapping()).isZero();
        }
    }

    private static void alter(String sql) throws SQLException {
        try (Connection db = connect(true);
                Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = connect(true);
                Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(boolean autoCommit) throws SQLException {
        Connection c = DriverManager.getConnection(URL, USER, "");
        c.setAutoCommit(autoCommit);
        return c;
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
    }

    private static boolean reachable() {
        try (Connection ignored = admin()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
