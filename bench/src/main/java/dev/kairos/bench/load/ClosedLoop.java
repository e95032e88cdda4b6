package dev.kairos.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * A closed loop: each of {@code clients} threads sends a request, waits for the answer, and sends
 * the next, until {@code maxRequests} have been sent or {@code maxTime} has passed.
 */
final class ClosedLoop {

    /** The {@code n}-th request of a run (0-based, unique across its threads). */
    @FunctionalInterface
    interface Call {
        Kairos.Reply send(int n) throws Exception;
    }

    /** The {@code n}-th request of a run, reduced to what it came to ("201", "422/433", "booked"). */
    @FunctionalInterface
    interface Outcome {
        String of(int n) throws Exception;
    }

    private ClosedLoop() {}

    /** Checks that each read answers 200, then runs it with the read clients for the warm-up time. */
    static void warmUp(Machine machine, Options options, Map<String, Call> reads) throws Exception {
        for (Map.Entry<String, Call> read : reads.entrySet()) {
            Kairos.Reply first = read.getValue().send(0);
            if (first.status() != 200) {
                throw new IllegalStateException(read.getKey() + " answered " + first.status() + ": " + first.body());
            }
            System.err.println("[load] warm-up: " + read.getKey());
            run(
                    machine,
                    read.getKey(),
                    options.readClients(),
                    options.maxRequests(),
                    options.warmUp(),
                    read.getValue());
        }
    }

    /**
     * Measures each read with several clients, then with one. Several first: that run also finishes
     * the JIT's work before the single-client latencies.
     */
    static List<Measurement> measureReads(Machine machine, Options options, Map<String, Call> reads) throws Exception {
        List<Measurement> measured = new ArrayList<>();
        for (int clients : new int[] {options.readClients(), 1}) {
            for (Map.Entry<String, Call> read : reads.entrySet()) {
                System.err.println("[load] " + read.getKey() + ", " + clients + " client(s)");
                measured.add(run(
                        machine, read.getKey(), clients, options.maxRequests(), options.measure(), read.getValue()));
            }
        }
        return measured;
    }

    static Measurement run(Machine machine, String scenario, int clients, int maxRequests, Duration maxTime, Call call)
            throws Exception {
        return measure(machine, scenario, clients, maxRequests, maxTime, n -> call.send(n)
                .outcome());
    }

    /** The same closed loop for any request whose outcome is a word: HTTP's or another's. */
    static Measurement measure(
            Machine machine, String scenario, int clients, int maxRequests, Duration maxTime, Outcome call)
            throws Exception {
        AtomicInteger tickets = new AtomicInteger();
        Machine.Snapshot before = machine.now();
        long start = System.nanoTime();
        long deadline = start + maxTime.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Worker>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                workers.add(pool.submit(() -> new Worker().loop(tickets, maxRequests, deadline, call)));
            }
            Histogram latencies = Worker.histogram();
            Map<String, Long> outcomes = new HashMap<>();
            for (Future<Worker> future : workers) {
                Worker worker = future.get();
                latencies.add(worker.latencies);
                worker.outcomes.forEach((outcome, count) -> outcomes.merge(outcome, count, Long::sum));
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Measurement(scenario, clients, latencies, outcomes, elapsed, before, machine.now());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client thread's latencies and outcomes. */
    static final class Worker {
        final Histogram latencies = histogram();
        final Map<String, Long> outcomes = new HashMap<>();

        static Histogram histogram() {
            return new Histogram(Duration.ofMinutes(1).toNanos() / 1000, 3);
        }

        Worker loop(AtomicInteger tickets, int maxRequests, long deadline, Outcome call) {
            for (int n = tickets.getAndIncrement();
                    n < maxRequests && System.nanoTime() < deadline;
                    n = tickets.getAndIncrement()) {
                once(n, call);
            }
            return this;
        }

        void once(int n, Outcome call) {
            long sent = System.nanoTime();
            String outcome;
            try {
                outcome = call.of(n);
            } catch (Exception e) {
                outcome = "exception";
            }
            latencies.recordValue(Math.min((System.nanoTime() - sent) / 1000, latencies.getHighestTrackableValue()));
            outcomes.merge(outcome, 1L, Long::sum);
        }
    }
}
