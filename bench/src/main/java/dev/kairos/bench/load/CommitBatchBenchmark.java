package dev.kairos.bench.load;

import dev.kairos.bench.load.BookingTransactions.Done;
import dev.kairos.bench.load.SqlBooking.Wanted;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How far committing bookings together gets, measured at the database without the HTTP server:
 * concurrent bookings of distinct free hours (as LoadBenchmark's "book_record, distinct free
 * hours", every {@code --collide-every}-th asking for the hour of the one before it, to be
 * refused), sent over JDBC as the statements a named-member book_record sends in its transaction.
 * Once with one transaction per booking on a pool of {@code --connections} (as the server does),
 * then with bookings handed to {@code --writers} writer threads that commit up to N of them
 * together, each under a savepoint ({@link BatchWriter}), for each N of {@code --batch-sizes}.
 * After each run the acknowledged bookings must all be in the database, no more appointments than
 * them, and no two active ones of a team member overlap. Results as Markdown (also to {@code --out}).
 */
public final class CommitBatchBenchmark {

    private CommitBatchBenchmark() {}

    /**
     * One measured run, and what the database held after it.
     *
     * @param perTransaction bookings a transaction took on average
     */
    private record Run(String mode, int writers, int batch, double perTransaction, Measurement measured, Check check) {}

    /**
     * @param acknowledged bookings answered as booked
     * @param found how many of those the database holds
     * @param added appointments the run added in all
     */
    private record Check(long acknowledged, long found, long added, long overlapping) {
        boolean holds() {
            return found == acknowledged && added == acknowledged && overlapping == 0;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.seed()) {
            log("migrating " + options.dbUrl());
            Schema.migrate(options.dbUrl(), options.dbUser());
        }
        try (Connection db = DriverManager.getConnection(options.dbUrl(), options.dbUser(), "")) {
            if (options.seed()) {
                log("seeding");
                Seeder.seed(db);
            }
            Dataset data = Dataset.load(db);
            Seeder.partnerToken(db, data.chainId());
            SqlBooking booking = new SqlBooking(
                    data.chainId(),
                    partnerId(db, data.chainId()),
                    SqlBooking.services(
                            db,
                            data.everyone().stream()
                                    .map(Dataset.Member::haircut)
                                    .distinct()
                                    .toList()));
            Overlaps.Counts start = Overlaps.count(db);
            List<Run> measured =
                    measure(db, options, booking, new FreeHours(data, runs(options) * options.maxRequests()));
            String report = report(options, start, Overlaps.count(db), measured);
            System.out.println(report);
            Path out = Path.of(options.out());
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report);
            if (measured.stream().anyMatch(r -> !r.check().holds())) {
                throw new IllegalStateException("a run lost or invented bookings, or let two overlap: see the table");
            }
        }
    }

    /**
     * The warm-ups and the runs that follow, each booking drawing its hour from {@code free}. All
     * of them book on one set of connections, opened and warmed once, as the server's pool is: the
     * writers on the first of them. Fresh backends would charge each run their first plans.
     */
    private static List<Run> measure(Connection db, Options options, SqlBooking booking, FreeHours free)
            throws Exception {
        List<Connection> pool = new ArrayList<>();
        try {
            for (int i = 0; i < Math.max(options.connections(), max(options.writers())); i++) {
                pool.add(connect(options));
            }
            Runs runs = new Runs(db, new Machine(db, 0), options, booking, free, pool);
            log("warm-up: one transaction per booking, then together");
            Duration warmUp = options.warmUp().dividedBy(2);
            runs.single(warmUp);
            runs.batched(max(options.writers()), max(options.batchSizes()), warmUp);
            List<Run> measured = new ArrayList<>();
            measured.add(runs.single(options.measure()));
            for (int writers : options.writers()) {
                for (int batch : options.batchSizes()) {
                    measured.add(runs.batched(writers, batch, options.measure()));
                }
            }
            return measured;
        } finally {
            for (Connection c : pool) {
                c.close();
            }
        }
    }

    private static int max(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    /** The runs, warm-ups included. */
    private static int runs(Options options) {
        return 3 + options.writers().size() * options.batchSizes().size();
    }

    /** How a run books one booking. */
    @FunctionalInterface
    private interface Book {
        Done book(Wanted w) throws Exception;
    }

    /** What every run books with: the connections (auto-commit off), and where the hours come from. */
    private record Runs(
            Connection db,
            Machine machine,
            Options options,
            SqlBooking booking,
            FreeHours free,
            List<Connection> pool) {

        /** One transaction per booking, {@code --booking-clients} threads on {@code --connections} of the pool. */
        Run single(Duration time) throws Exception {
            String mode = "one transaction per booking";
            log(mode + ", " + options.connections() + " connections");
            BlockingQueue<Connection> free = new ArrayBlockingQueue<>(options.connections());
            free.addAll(pool.subList(0, options.connections()));
            return run(mode, 0, 1, time, w -> {
                Connection c = free.take();
                try {
                    return BookingTransactions.alone(c, booking, w);
                } finally {
                    free.add(c);
                }
            });
        }

        /** Bookings handed to {@code writers} writers that commit up to {@code batch} of them together. */
        Run batched(int writers, int batch, Duration time) throws Exception {
            String mode = "together, savepoint each";
            log(mode + ", " + writers + " writer(s), up to " + batch + " a transaction");
            try (BatchWriter writer = new BatchWriter(booking, pool.subList(0, writers), batch)) {
                Run run = run(mode, writers, batch, time, writer::book);
                return new Run(mode, writers, batch, writer.perTransaction(), run.measured(), run.check());
            }
        }

        /** One run: the every-th booking asks for the hour of the one before it; then the checks. */
        private Run run(String mode, int writers, int batch, Duration time, Book book) throws Exception {
            Overlaps.Counts before = Overlaps.count(db);
            Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
            Map<Integer, FreeHours.Hour> hours = new ConcurrentHashMap<>();
            AtomicBoolean failed = new AtomicBoolean();
            int every = options.collideEvery();
            Measurement measured =
                    ClosedLoop.measure(machine, mode, options.bookingClients(), options.maxRequests(), time, n -> {
                        // The every-th booking asks for the hour of the one before it: one of the two is refused.
                        int own = every > 0 && n % every == every - 1 ? n - 1 : n;
                        FreeHours.Hour hour = hours.computeIfAbsent(own, k -> free.next());
                        Done done;
                        try {
                            done = book.book(new Wanted(
                                    hour.member(),
                                    hour.day()
                                            .atTime(hour.hour(), 0)
                                            .atZone(Dataset.ZONE)
                                            .toInstant(),
                                    "Load client " + n,
                                    FreeHours.newPhone()));
                        } catch (Exception e) {
                            // Counted as "exception"; the first one of a run is shown, for its cause.
                            if (failed.compareAndSet(false, true)) {
                                log("first failure of the run: " + e);
                            }
                            throw e;
                        }
                        if (done.booked()) {
                            acknowledged.add(done.appointment());
                        }
                        return done.outcome();
                    });
            Overlaps.Counts after = Overlaps.count(db);
            Check check = new Check(
                    acknowledged.size(),
                    found(db, acknowledged),
                    after.appointments() - before.appointments(),
                    after.overlapping());
            log(measured.outcomes() + ", " + check);
            return new Run(mode, writers, batch, 1, measured, check);
        }
    }

    /** How many of {@code ids} are appointments in the database. */
    static long found(Connection db, Queue<Long> ids) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select count(*) from appointments where id = any(?)")) {
            query.setObject(1, ids.toArray(Long[]::new));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String report(Options options, Overlaps.Counts start, Overlaps.Counts end, List<Run> runs) {
        Report report = new Report()
                .line(
                        "Run of %s on %s: %d cores, Java %s. %d client threads; every %d-th booking asks for the"
                                + " hour of the one before it. One transaction per booking on %d connections, or"
                                + " handed to writers that commit up to N together (a savepoint each). No HTTP server:"
                                + " the statements of a named-member book_record's transaction, over JDBC; not the"
                                + " four reads the server makes before it (partner token, location, questionnaires,"
                                + " services). DB CPU: the database's backends, per request and per booking made.",
                        Instant.now(),
                        options.dbUrl(),
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        options.bookingClients(),
                        options.collideEvery(),
                        options.connections())
                .line("")
                .line(
                        "Database before: %,d appointments; after: %,d, of which %,d overlap another active one of their team member.",
                        start.appointments(), end.appointments(), end.overlapping())
                .line("")
                .line(
                        "| mode | writers | N | per transaction | requests | outcomes | bookings/s | median ms | p95 ms | p99 ms "
                                + "| DB CPU ms/request | DB CPU ms/booked | driver CPU ms/request "
                                + "| acknowledged: in the database / added | overlaps | load before → after |")
                .line("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---|");
        for (Run r : runs) {
            Measurement m = r.measured();
            long booked = m.count(SqlBooking.BOOKED);
            report.line(
                    "| %s | %s | %d | %.1f | %,d | %s | %,.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %,d: %,d / %,d%s | %d | %s → %s |",
                    r.mode(),
                    r.writers() == 0 ? "–" : String.valueOf(r.writers()),
                    r.batch(),
                    r.perTransaction(),
                    m.requests(),
                    Report.outcomes(m),
                    m.perSecond(booked),
                    m.millisAt(50),
                    m.millisAt(95),
                    m.millisAt(99),
                    m.databaseCpuMillis(),
                    databaseCpuPerBooked(r),
                    m.driverCpuMillis(),
                    r.check().acknowledged(),
                    r.check().found(),
                    r.check().added(),
                    r.check().holds() ? "" : " **mismatch**",
                    r.check().overlapping(),
                    m.before().load(),
                    m.after().load());
        }
        Run single = runs.get(0);
        Run best = runs.stream()
                .skip(1)
                .max((x, y) -> Double.compare(bookedPerSecond(x), bookedPerSecond(y)))
                .orElse(single);
        return report.line("")
                .line(
                        "Committing together at best (%d writer(s), N = %d): %,.0f bookings/s at %.2f ms DB CPU a"
                                + " booking made, against %,.0f bookings/s at %.2f ms with one transaction per booking"
                                + " (× %.2f bookings/s).",
                        best.writers(),
                        best.batch(),
                        bookedPerSecond(best),
                        databaseCpuPerBooked(best),
                        bookedPerSecond(single),
                        databaseCpuPerBooked(single),
                        bookedPerSecond(best) / Math.max(1e-9, bookedPerSecond(single)))
                .toString();
    }

    private static double databaseCpuPerBooked(Run r) {
        Measurement m = r.measured();
        return m.databaseCpuMillis() * m.requests() / Math.max(1, m.count(SqlBooking.BOOKED));
    }

    private static double bookedPerSecond(Run r) {
        return r.measured().perSecond(r.measured().count(SqlBooking.BOOKED));
    }

    /** The partner token just issued for the chain: the bookings' partner in the activity log. */
    private static long partnerId(Connection db, long chainId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select max(id) from partner_tokens where chain_id = ?")) {
            query.setLong(1, chainId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A connection for bookings: auto-commit off, the caller commits. */
    private static Connection connect(Options options) throws SQLException {
        Connection c = DriverManager.getConnection(options.dbUrl(), options.dbUser(), "");
        c.setAutoCommit(false);
        return c;
    }

    private static void log(String message) {
        System.err.println("[commit-batch] " + Instant.now() + " " + message);
    }
}
