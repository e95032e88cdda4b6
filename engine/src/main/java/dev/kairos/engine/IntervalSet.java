package dev.kairos.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An immutable set of instants, kept as sorted, disjoint, non-touching half-open ranges so that
 * union, intersection and difference are single linear merges.
 *
 * <p>Resolution is one second: a range's start is rounded down and its end rounded up to a whole
 * second, so busy time is never shortened. Empty ranges are dropped.
 */
public final class IntervalSet {

    private static final IntervalSet EMPTY = new IntervalSet(new long[0]);

    /** Pairs of epoch seconds: {@code [start0, end0, start1, end1, ...]}, normalised. */
    private final long[] bounds;

    private IntervalSet(long[] normalisedBounds) {
        this.bounds = normalisedBounds;
    }

    public static IntervalSet empty() {
        return EMPTY;
    }

    /** The set covering the given ranges; they may be unsorted, overlapping or empty. */
    public static IntervalSet of(TimeRange... ranges) {
        return of(Arrays.asList(ranges));
    }

    /** The set covering the given ranges; they may be unsorted, overlapping or empty. */
    public static IntervalSet of(Collection<TimeRange> ranges) {
        long[] pairs = new long[ranges.size() * 2];
        int i = 0;
        for (TimeRange range : ranges) {
            pairs[i++] = floorSecond(range.startInclusive());
            pairs[i++] = ceilSecond(range.endExclusive());
        }
        return ofSeconds(pairs);
    }

    /** Builds a set from unsorted {@code [start, end)} pairs of epoch seconds. */
    static IntervalSet ofSeconds(long[] pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of bounds: " + pairs.length);
        }
        return new IntervalSet(Normaliser.normalise(pairs));
    }

    public IntervalSet union(IntervalSet other) {
        return other.isEmpty() ? this : isEmpty() ? other : new IntervalSet(SetAlgebra.union(bounds, other.bounds));
    }

    public IntervalSet intersect(IntervalSet other) {
        return isEmpty() || other.isEmpty() ? EMPTY : wrap(SetAlgebra.intersect(bounds, other.bounds));
    }

    public IntervalSet minus(IntervalSet other) {
        return isEmpty() || other.isEmpty() ? this : wrap(SetAlgebra.minus(bounds, other.bounds));
    }

    /** True if every instant of {@code range} is in this set; an empty range is always contained. */
    public boolean contains(TimeRange range) {
        return range.isEmpty()
                || containsSeconds(floorSecond(range.startInclusive()), ceilSecond(range.endExclusive()));
    }

    public boolean contains(Instant instant) {
        long second = floorSecond(instant);
        return containsSeconds(second, second + 1);
    }

    /** True if at least one instant of {@code range} is in this set. */
    public boolean overlaps(TimeRange range) {
        return !range.isEmpty()
                && overlapsSeconds(floorSecond(range.startInclusive()), ceilSecond(range.endExclusive()));
    }

    public boolean isEmpty() {
        return bounds.length == 0;
    }

    /** The normalised ranges, sorted by start. */
    public List<TimeRange> ranges() {
        List<TimeRange> ranges = new ArrayList<>(bounds.length / 2);
        for (int i = 0; i < bounds.length; i += 2) {
            ranges.add(TimeRange.of(Instant.ofEpochSecond(bounds[i]), Instant.ofEpochSecond(bounds[i + 1])));
        }
        return ranges;
    }

    /** True if {@code [start, end)} (epoch seconds, {@code start < end}) lies inside one range. */
    boolean containsSeconds(long start, long end) {
        int i = lastStartingAtOrBefore(start);
        return i >= 0 && bounds[2 * i + 1] >= end;
    }

    /** True if {@code [start, end)} (epoch seconds, {@code start < end}) meets any range. */
    boolean overlapsSeconds(long start, long end) {
        int i = lastStartingAtOrBefore(end - 1);
        return i >= 0 && bounds[2 * i + 1] > start;
    }

    private int lastStartingAtOrBefore(long second) {
        int low = 0;
        int high = bounds.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (bounds[2 * mid] <= second) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return high;
    }

    private static IntervalSet wrap(long[] normalised) {
        return normalised.length == 0 ? EMPTY : new IntervalSet(normalised);
    }

    static long floorSecond(Instant instant) {
        return instant.getEpochSecond();
    }

    static long ceilSecond(Instant instant) {
        return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalSet other && Arrays.equals(bounds, other.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return ranges().toString();
    }
}
