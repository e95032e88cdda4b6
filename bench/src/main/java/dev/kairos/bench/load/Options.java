package dev.kairos.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line, {@code --name=value} each: where the server and its database are, whether to
 * seed, and the bounds of every run (seconds and requests), so a run always stops by itself.
 */
record Options(
        URI server,
        long serverPid,
        String dbUrl,
        String dbUser,
        boolean seed,
        Duration warmUp,
        Duration measure,
        int readClients,
        int bookingClients,
        int maxRequests,
        int contentionRounds,
        int contentionClients,
        String only,
        String out,
        int connections,
        List<Integer> writers,
        List<Integer> batchSizes,
        int collideEvery) {

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("server", "http://127.0.0.1:18080/"),
            Map.entry("server-pid", "0"),
            Map.entry("db-url", "jdbc:postgresql://127.0.0.1:5432/kairos_bench"),
            Map.entry("db-user", "postgres"),
            Map.entry("seed", "false"),
            Map.entry("warmup-seconds", "15"),
            Map.entry("seconds", "15"),
            Map.entry("read-clients", "8"),
            Map.entry("booking-clients", "32"),
            Map.entry("max-requests", "50000"),
            Map.entry("contention-rounds", "20"),
            Map.entry("contention-clients", "50"),
            // all, reads (book_times and book_dates only) or booking (book_record only): for iterating on one path.
            Map.entry("only", "all"),
            Map.entry("out", "bench/target/load-results.md"),
            // CommitBatchBenchmark: connections of the one-transaction-per-booking run (the server's
            // pool), writer threads and batch sizes of the committing-together runs, and every how
            // many bookings one asks for the hour of the booking before it (0: none).
            Map.entry("connections", "20"),
            Map.entry("writers", "1,2"),
            Map.entry("batch-sizes", "1,8,32"),
            Map.entry("collide-every", "10"));

    static Options parse(String... args) {
        Map<String, String> given = new HashMap<>(DEFAULTS);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") ? arg.substring(2, eq < 0 ? arg.length() : eq) : "";
            if (!DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("unknown option " + arg + "; known: " + DEFAULTS.keySet());
            }
            given.put(name, eq < 0 ? "true" : arg.substring(eq + 1));
        }
        return new Options(
                URI.create(given.get("server")),
                Long.parseLong(given.get("server-pid")),
                given.get("db-url"),
                given.get("db-user"),
                Boolean.parseBoolean(given.get("seed")),
                seconds(given, "warmup-seconds"),
                seconds(given, "seconds"),
                number(given, "read-clients"),
                number(given, "booking-clients"),
                number(given, "max-requests"),
                number(given, "contention-rounds"),
                number(given, "contention-clients"),
                only(given.get("only")),
                given.get("out"),
                number(given, "connections"),
                numbers(given, "writers"),
                numbers(given, "batch-sizes"),
                number(given, "collide-every"));
    }

    private static String only(String value) {
        if (!java.util.Set.of("all", "reads", "booking").contains(value)) {
            throw new IllegalArgumentException("--only is all, reads or booking, not " + value);
        }
        return value;
    }

    boolean runs(String part) {
        return only.equals("all") || only.equals(part);
    }

    private static Duration seconds(Map<String, String> given, String name) {
        return Duration.ofSeconds(number(given, name));
    }

    private static List<Integer> numbers(Map<String, String> given, String name) {
        return Arrays.stream(given.get(name).split(",")).map(Integer::parseInt).toList();
    }

    private static int number(Map<String, String> given, String name) {
        return Integer.parseInt(given.get(name));
    }
}
