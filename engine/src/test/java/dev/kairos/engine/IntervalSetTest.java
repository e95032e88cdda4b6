package dev.kairos.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalSetTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    private static TimeRange r(int fromMinute, int toMinute) {
        return TimeRange.of(T0.plusSeconds(fromMinute * 60L), T0.plusSeconds(toMinute * 60L));
    }

    private static IntervalSet set(int... bounds) {
        TimeRange[] ranges = new TimeRange[bounds.length / 2];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = r(bounds[2 * i], bounds[2 * i + 1]);
        }
        return IntervalSet.of(ranges);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        before            | 500 | 590 | false | false | 500,590,600,660 | ''      | 600,660
        touching before   | 540 | 600 | false | false | 540,660         | ''      | 600,660
        overlapping start | 570 | 630 | true  | false | 570,660         | 600,630 | 630,660
        same start        | 600 | 630 | true  | true  | 600,660         | 600,630 | 630,660
        equal             | 600 | 660 | true  | true  | 600,660         | 600,660 | ''
        inside            | 610 | 650 | true  | true  | 600,660         | 610,650 | 600,610,650,660
        containing        | 590 | 670 | true  | false | 590,670         | 600,660 | ''
        overlapping end   | 630 | 690 | true  | false | 600,690         | 630,660 | 600,630
        touching after    | 660 | 720 | false | false | 600,720         | ''      | 600,660
        after             | 700 | 760 | false | false | 600,660,700,760 | ''      | 600,660
        """)
    void everyBoundaryAgainstTenToEleven(
            String name,
            int from,
            int to,
            boolean overlaps,
            boolean contained,
            String union,
            String intersection,
            String difference) {
        IntervalSet tenToEleven = set(600, 660);
        IntervalSet other = set(from, to);

        assertThat(tenToEleven.overlaps(r(from, to))).isEqualTo(overlaps);
        assertThat(tenToEleven.contains(r(from, to))).isEqualTo(contained);
        assertThat(tenToEleven.union(other)).isEqualTo(parse(union));
        assertThat(tenToEleven.intersect(other)).isEqualTo(parse(intersection));
        assertThat(tenToEleven.minus(other)).isEqualTo(parse(difference));
    }

    private static IntervalSet parse(String bounds) {
        if (bounds == null || bounds.isBlank()) {
            return IntervalSet.empty();
        }
        String[] parts = bounds.split(",");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseInt(parts[i].trim());
        }
        return set(values);
    }

    @Test
    void normalisesUnsortedOverlappingTouchingAndEmptyRanges() {
        IntervalSet set = IntervalSet.of(r(700, 760), r(600, 630), r(620, 650), r(650, 660), r(680, 680));

        assertThat(set.ranges()).containsExactly(r(600, 660), r(700, 760));
    }

    @Test
    void minusCutsOneRangeIntoSeveralAndOneCutterAcrossSeveralRanges() {
        IntervalSet day = set(540, 780, 840, 1080);
        IntervalSet appointments = set(600, 660, 700, 720, 760, 860);

        assertThat(day.minus(appointments).ranges())
                .containsExactly(r(540, 600), r(660, 700), r(720, 760), r(860, 1080));
    }

    @Test
    void containsNeedsOneRangeToHoldTheWholeQuery() {
        IntervalSet gapped = set(540, 600, 601, 660);

        assertThat(gapped.contains(r(540, 600))).isTrue();
        assertThat(gapped.contains(r(590, 610))).isFalse();
        assertThat(gapped.contains(T0.plusSeconds(600 * 60L))).isFalse();
        assertThat(gapped.contains(T0.plusSeconds(599 * 60L))).isTrue();
    }

    @Test
    void subSecondBusyTimeIsWidenedNeverShortened() {
        Instant start = T0.plusMillis(1_500);
        Instant end = T0.plusMillis(2_500);

        assertThat(IntervalSet.of(TimeRange.of(start, end)).ranges())
                .containsExactly(TimeRange.of(T0.plusSeconds(1), T0.plusSeconds(3)));
    }

    @Test
    void emptySetBehaves() {
        assertThat(IntervalSet.empty().isEmpty()).isTrue();
        assertThat(IntervalSet.empty().union(set(1, 2))).isEqualTo(set(1, 2));
        assertThat(set(1, 2).minus(IntervalSet.empty())).isEqualTo(set(1, 2));
        assertThat(IntervalSet.empty().ranges()).isEqualTo(List.of());
    }
}
