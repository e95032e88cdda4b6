package dev.kairos.bench.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** The results as Markdown: one row per measurement, then each target with what was measured against it. */
final class Report {

    private final StringBuilder out = new StringBuilder();

    Report line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
        return this;
    }

    Report table(List<Measurement> measurements) {
        line("| scenario | clients | requests | outcomes | req/s | median ms | p95 ms | p99 ms | max ms "
                + "| CPU ms/req server + db + driver | load before → after |");
        line("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---|");
        for (Measurement m : measurements) {
            line(
                    "| %s | %d | %,d | %s | %,.0f | %.2f | %.2f | %.2f | %.1f | %.2f + %.2f + %.2f | %s → %s |",
                    m.scenario(),
                    m.clients(),
                    m.requests(),
                    outcomes(m),
                    m.perSecond(m.requests()),
                    m.millisAt(50),
                    m.millisAt(95),
                    m.millisAt(99),
                    m.latencyMicros().getMaxValue() / 1000.0,
                    m.serverCpuMillis(),
                    m.databaseCpuMillis(),
                    m.driverCpuMillis(),
                    m.before().load(),
                    m.after().load());
        }
        return line("");
    }

    /** A latency target: the median of the single-client run of {@code scenario} at most {@code millis}. */
    Report medianTarget(List<Measurement> measurements, String scenario, double millis) {
        Optional<Measurement> m = find(measurements, x -> x.scenario().equals(scenario) && x.clients() == 1);
        return target(
                scenario + ": median ≤ " + millis + " ms (1 client)",
                m.map(x -> String.format(Locale.ROOT, "%.2f ms (p99 %.2f ms)", x.millisAt(50), x.millisAt(99)))
                        .orElse("not run"),
                m.isPresent() && m.get().millisAt(50) <= millis);
    }

    /** A latency target on a percentile of the single-client run of {@code scenario}. */
    Report percentileTarget(List<Measurement> measurements, String scenario, double percentile, double millis) {
        Optional<Measurement> m = find(measurements, x -> x.scenario().equals(scenario) && x.clients() == 1);
        return target(
                String.format(Locale.ROOT, "%s: p%.0f ≤ %.0f ms (1 client)", scenario, percentile, millis),
                m.map(x -> String.format(
                                Locale.ROOT,
                                "p%.0f %.2f ms (median %.2f ms)",
                                percentile,
                                x.millisAt(percentile),
                                x.millisAt(50)))
                        .orElse("not run"),
                m.isPresent() && m.get().millisAt(percentile) <= millis);
    }

    Report target(String what, String measured, boolean met) {
        return line("| %s | %s | %s |", what, measured, met ? "met" : "**missed**");
    }

    Report targetsHeader() {
        return line("| target | measured | |").line("|---|---|---|");
    }

    static Optional<Measurement> find(List<Measurement> measurements, Predicate<Measurement> which) {
        return measurements.stream().filter(which).findFirst();
    }

    /** The outcomes of a run with their counts: "1,200× 201, 3× 422/433". */
    static String outcomes(Measurement m) {
        StringBuilder text = new StringBuilder();
        m.outcomes().forEach((outcome, count) -> text.append(text.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%,d× %s", count, outcome)));
        return text.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
