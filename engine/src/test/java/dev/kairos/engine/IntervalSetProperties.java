package dev.kairos.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IntervalSetProperties {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    @Provide
    Arbitrary<List<TimeRange>> ranges() {
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 1_000);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 120);
        Arbitrary<TimeRange> range = Combinators.combine(start, length)
                .as((s, l) -> TimeRange.of(T0.plusSeconds(s * 60L), T0.plusSeconds((s + l) * 60L)));
        return range.list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<IntervalSet> sets() {
        return ranges().map(IntervalSet::of);
    }

    @Property
    void unionContainsBothOperands(@ForAll("sets") IntervalSet a, @ForAll("sets") IntervalSet b) {
        IntervalSet union = a.union(b);

        assertThat(union.intersect(a)).isEqualTo(a);
        assertThat(union.intersect(b)).isEqualTo(b);
    }

    @Property
    void differenceIsDisjointFromWhatWasRemoved(@ForAll("sets") IntervalSet a, @ForAll("sets") IntervalSet b) {
        IntervalSet difference = a.minus(b);

        assertThat(difference.intersect(b).isEmpty()).isTrue();
        difference.ranges().forEach(range -> assertThat(b.overlaps(range)).isFalse());
    }

    @Property
    void differenceAndIntersectionRebuildTheSet(@ForAll("sets") IntervalSet a, @ForAll("sets") IntervalSet b) {
        assertThat(a.minus(b).union(a.intersect(b))).isEqualTo(a);
    }

    @Property
    void intersectionAndUnionCommute(@ForAll("sets") IntervalSet a, @ForAll("sets") IntervalSet b) {
        assertThat(a.intersect(b)).isEqualTo(b.intersect(a));
        assertThat(a.union(b)).isEqualTo(b.union(a));
    }

    @Property
    void normalisationIsIdempotent(@ForAll("ranges") List<TimeRange> ranges) {
        IntervalSet once = IntervalSet.of(ranges);

        assertThat(IntervalSet.of(once.ranges())).isEqualTo(once);
    }

    @Property
    void rangesAreSortedNonEmptyAndNeitherOverlapNorTouch(@ForAll("ranges") List<TimeRange> ranges) {
        List<TimeRange> normalised = IntervalSet.of(ranges).ranges();

        for (int i = 0; i < normalised.size(); i++) {
            assertThat(normalised.get(i).isEmpty()).isFalse();
            if (i > 0) {
                assertThat(normalised.get(i - 1).endExclusive())
                        .isBefore(normalised.get(i).startInclusive());
            }
        }
    }

    @Property
    void everyInputRangeIsContained(@ForAll("ranges") List<TimeRange> ranges) {
        IntervalSet set = IntervalSet.of(ranges);

        ranges.forEach(range -> assertThat(set.contains(range)).isTrue());
    }

    @Property
    void containsAgreesWithMinus(@ForAll("sets") IntervalSet a, @ForAll("ranges") List<TimeRange> probes) {
        for (TimeRange probe : probes) {
            boolean leftover = !IntervalSet.of(probe).minus(a).isEmpty();
            assertThat(a.contains(probe)).isEqualTo(!leftover);
            assertThat(a.overlaps(probe))
                    .isEqualTo(!a.intersect(IntervalSet.of(probe)).isEmpty());
        }
    }
}
