package dev.kairos.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP load benchmark against a running Kairos: seeds (optionally) the database behind it,
 * warms the server up, measures the online-booking reads with one client and with several,
 * measures concurrent bookings of distinct free hours and a contention run, checks the database
 * for overlaps, and prints the results as Markdown (also written to {@code --out}).
 */
public final class LoadBenchmark {

    private static final String BOOKING = "book_record, distinct free hours";

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        try (Connection db = DriverManager.getConnection(options.dbUrl(), options.dbUser(), "")) {
            if (options.seed()) {
                log("seeding " + options.dbUrl());
                Seeder.seed(db);
            }
            Dataset data = Dataset.load(db);
            Kairos api = Kairos.at(options.server(), Seeder.partnerToken(db, data.chainId()));
            Overlaps.Counts before = Overlaps.count(db);
            FreeHours free = new FreeHours(data, 2 * options.maxRequests() + options.contentionRounds());
            Scenarios scenarios = new Scenarios(api, data, free);
            Map<String, ClosedLoop.Call> reads = new LinkedHashMap<>();
            reads.put("book_times, one member, one day", scenarios.oneMemberOneDay());
            reads.put("book_times, any of 50, one day", scenarios.anyOfFiftyOneDay());
            reads.put("book_dates, one member, 30 days", scenarios.oneMemberThirtyDays());
            Machine machine = new Machine(db, options.serverPid());
            List<Measurement> measured = measure(machine, options, reads, scenarios);
            Contention.Result contention = null;
            if (options.runs("booking")) {
                log("contention: " + options.contentionRounds() + " rounds of " + options.contentionClients()
                        + " clients");
                contention = Contention.run(
                        machine, scenarios, free, options.contentionRounds(), options.contentionClients());
                measured.add(contention.measurement());
            }
            Overlaps.Counts after = Overlaps.count(db);
            String report = report(options, measured, contention, before, after);
            System.out.println(report);
            Path out = Path.of(options.out());
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report);
        }
    }

    private static List<Measurement> measure(
            Machine machine, Options options, Map<String, ClosedLoop.Call> reads, Scenarios scenarios)
            throws Exception {
        if (options.runs("reads")) {
            ClosedLoop.warmUp(machine, options, reads);
        }
        if (options.runs("booking")) {
            log("warm-up: " + BOOKING);
            ClosedLoop.run(
                    machine,
                    BOOKING,
                    options.bookingClients(),
                    options.maxRequests(),
                    options.warmUp().dividedBy(2),
                    scenarios.bookFreeHour());
        }
        List<Measurement> measured = new ArrayList<>();
        if (options.runs("reads")) {
            measured.addAll(ClosedLoop.measureReads(machine, options, reads));
        }
        if (options.runs("booking")) {
            log(BOOKING + ", " + options.bookingClients() + " clients");
            measured.add(ClosedLoop.run(
                    machine,
                    BOOKING,
                    options.bookingClients(),
                    options.maxRequests(),
                    options.measure(),
                    scenarios.bookFreeHour()));
        }
        return measured;
    }

    private static String report(
            Options options,
            List<Measurement> measured,
            Contention.Result contention,
            Overlaps.Counts before,
            Overlaps.Counts after) {
        Report report = new Report()
                .line(
                        "Run of %s against %s: %d cores, Java %s, %s.",
                        Instant.now(),
                        options.server(),
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        System.getProperty("os.name"))
                .line("")
                .line(
                        "Database before: %,d appointments (%,d active). After: %,d (%,d active, %,d booked over HTTP).",
                        before.appointments(), before.active(), after.appointments(), after.active(), after.online())
                .line("Overlapping active appointments of one team member after the run: %,d.", after.overlapping())
                .line(
                        contention == null
                                ? "Contention: not run."
                                : String.format(
                                        Locale.ROOT,
                                        "Contention: %d of %d rounds had exactly one winner.",
                                        contention.roundsWithOneWinner(),
                                        contention.rounds()))
                .line("")
                .table(measured)
                .targetsHeader()
                .medianTarget(measured, "book_times, one member, one day", 2)
                .medianTarget(measured, "book_dates, one member, 30 days", 20)
                .medianTarget(measured, "book_times, any of 50, one day", 5);
        if (contention == null) {
            return report.toString();
        }
        Measurement booking =
                Report.find(measured, m -> m.scenario().equals(BOOKING)).orElseThrow();
        double perSecond = booking.perSecond(booking.count("201"));
        return report.target(
                        "book_record: ≥ 1,000 bookings/s, zero overlaps",
                        String.format(
                                Locale.ROOT,
                                "%,.0f bookings/s with %d clients, %d overlaps",
                                perSecond,
                                booking.clients(),
                                after.overlapping()),
                        perSecond >= 1000 && after.overlapping() == 0)
                .target(
                        "contention: exactly one winner per round, the rest 422/433",
                        contention.roundsWithOneWinner() + "/" + contention.rounds() + " rounds; "
                                + contention.measurement().outcomes(),
                        contention.roundsWithOneWinner() == contention.rounds()
                                && contention.measurement().count("422/433")
                                        == (long) contention.rounds() * (options.contentionClients() - 1))
                .toString();
    }

    private static void log(String message) {
        System.err.println("[load] " + Instant.now() + " " + message);
    }
}
