package dev.kairos.bench.load;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What one run of one scenario measured: latencies in microseconds, outcomes counted by
 * {@link Kairos.Reply#outcome()} ("exception" for a request that got no answer), and the machine
 * before and after.
 */
record Measurement(
        String scenario,
        int clients,
        Histogram latencyMicros,
        Map<String, Long> outcomes,
        Duration elapsed,
        Machine.Snapshot before,
        Machine.Snapshot after) {

    Measurement {
        outcomes = new TreeMap<>(outcomes);
    }

    long requests() {
        return latencyMicros.getTotalCount();
    }

    long count(String outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    double perSecond(long count) {
        return count / (elapsed.toNanos() / 1e9);
    }

    double millisAt(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    /** CPU milliseconds the server used per request during the run. */
    double serverCpuMillis() {
        return after.serverCpu().minus(before.serverCpu()).toNanos() / 1e6 / Math.max(1, requests());
    }

    /** CPU milliseconds the driver (this process) used per request during the run. */
    double driverCpuMillis() {
        return after.driverCpu().minus(before.driverCpu()).toNanos() / 1e6 / Math.max(1, requests());
    }

    /** CPU milliseconds the database's backends used per request during the run. */
    double databaseCpuMillis() {
        return after.databaseCpu().minus(before.databaseCpu()).toNanos() / 1e6 / Math.max(1, requests());
    }
}
