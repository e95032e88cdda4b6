package dev.kairos.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The queue ahead handed out to whoever is free first, each at their own pace. */
class WaitEstimateTest {

    static final Instant NOW = Instant.parse("2026-03-03T09:00:00Z");
    static final long CUT = 1;
    static final long BEARD = 2;

    static WaitEstimate.Server server(long id, int busyMinutes, Map<Long, Integer> minutes) {
        Map<Long, Duration> lengths = new java.util.HashMap<>();
        minutes.forEach((service, m) -> lengths.put(service, Duration.ofMinutes(m)));
        return new WaitEstimate.Server(id, NOW.plus(Duration.ofMinutes(busyMinutes)), lengths);
    }

    static List<Long> minutes(List<Instant> calls) {
        return calls.stream()
                .map(c -> c == null ? null : Duration.between(NOW, c).toMinutes())
                .toList();
    }

    @Test
    void oneFreeBarberTakesTheQueueInTurn() {
        var calls = WaitEstimate.calls(List.of(CUT, CUT, CUT), List.of(server(1, 0, Map.of(CUT, 30))));
        assertThat(minutes(calls)).containsExactly(0L, 30L, 60L);
    }

    @Test
    void twoBarbersShareTheQueueAndABusyOneJoinsWhenFree() {
        var calls = WaitEstimate.calls(
                List.of(CUT, CUT, CUT, CUT), List.of(server(1, 0, Map.of(CUT, 30)), server(2, 10, Map.of(CUT, 20))));
        // 1 takes the first now; 2 is free at 10 and takes the second; 2 again at 30; 1 at 30 (tie: first listed wins).
        assertThat(minutes(calls)).containsExactly(0L, 10L, 30L, 30L);
    }

    @Test
    void aServiceNobodyOnDutyPerformsHasNoEstimateAndTakesNobodysTime() {
        var calls = WaitEstimate.calls(List.of(BEARD, CUT, CUT), List.of(server(1, 0, Map.of(CUT, 15))));
        assertThat(minutes(calls)).containsExactly(null, 0L, 15L);
    }

    @Test
    void eachTicketGoesToWhoeverCanServeItSoonest() {
        var calls = WaitEstimate.calls(
                List.of(BEARD, CUT), List.of(server(1, 0, Map.of(CUT, 30)), server(2, 5, Map.of(CUT, 30, BEARD, 10))));
        assertThat(minutes(calls)).containsExactly(5L, 0L);
    }

    @Test
    void nobodyOnDutyMeansNoEstimates() {
        assertThat(WaitEstimate.calls(List.of(CUT), List.of())).containsExactly((Instant) null);
    }
}
