package dev.kairos.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rounds in which {@code clients} clients ask for the same free hour of the same team member at
 * once, released together by a latch. Exactly one should get it (201); the rest should be refused
 * with 422 and Altegio's code 433, time taken.
 */
final class Contention {

    /** The measurement over all rounds, and how many rounds had exactly one winner. */
    record Result(Measurement measurement, int rounds, int roundsWithOneWinner) {}

    private Contention() {}

    static Result run(Machine machine, Scenarios scenarios, FreeHours free, int rounds, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        ClosedLoop.Worker all = new ClosedLoop.Worker();
        Machine.Snapshot before = machine.now();
        long start = System.nanoTime();
        int oneWinner = 0;
        try {
            for (int round = 0; round < rounds; round++) {
                if (round(pool, scenarios, free.next(), clients, all) == 1) {
                    oneWinner++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Measurement measurement = new Measurement(
                "book_record, " + clients + " clients, one hour",
                clients,
                all.latencies,
                all.outcomes,
                Duration.ofNanos(System.nanoTime() - start),
                before,
                machine.now());
        return new Result(measurement, rounds, oneWinner);
    }

    /** Fires one round and returns how many of its clients booked. */
    private static long round(
            ExecutorService pool, Scenarios scenarios, FreeHours.Hour hour, int clients, ClosedLoop.Worker all)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ClosedLoop.Worker>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String name = "Rival " + i;
            futures.add(pool.submit(() -> {
                ClosedLoop.Worker one = new ClosedLoop.Worker();
                go.await();
                one.once(0, n -> scenarios.book(hour, name).outcome());
                return one;
            }));
        }
        go.countDown();
        Map<String, Long> outcomes = new HashMap<>();
        for (Future<ClosedLoop.Worker> future : futures) {
            ClosedLoop.Worker one = future.get();
            all.latencies.add(one.latencies);
            one.outcomes.forEach((outcome, count) -> outcomes.merge(outcome, count, Long::sum));
        }
        outcomes.forEach((outcome, count) -> all.outcomes.merge(outcome, count, Long::sum));
        return outcomes.getOrDefault("201", 0L);
    }
}
