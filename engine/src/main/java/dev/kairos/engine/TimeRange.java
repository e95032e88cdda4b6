package dev.kairos.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open range of time {@code [startInclusive, endExclusive)} on the UTC time line.
 * An empty range ({@code start == end}) is allowed; a range that ends before it starts is not.
 */
public final class TimeRange {

    private final Instant startInclusive;
    private final Instant endExclusive;

    private TimeRange(Instant startInclusive, Instant endExclusive) {
        this.startInclusive = startInclusive;
        this.endExclusive = endExclusive;
    }

    /**
     * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
     * @throws NullPointerException if either argument is null
     */
    public static TimeRange of(Instant startInclusive, Instant endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(startInclusive)) {
            throw new IllegalArgumentException(
                    "range ends before it starts: " + startInclusive + " .. " + endExclusive);
        }
        return new TimeRange(startInclusive, endExclusive);
    }

    /** @throws IllegalArgumentException if {@code length} is negative */
    public static TimeRange of(Instant startInclusive, Duration length) {
        if (length.isNegative()) {
            throw new IllegalArgumentException("negative length: " + length);
        }
        return of(startInclusive, startInclusive.plus(length));
    }

    public Instant startInclusive() {
        return startInclusive;
    }

    public Instant endExclusive() {
        return endExclusive;
    }

    public Duration duration() {
        return Duration.between(startInclusive, endExclusive);
    }

    public boolean isEmpty() {
        return startInclusive.equals(endExclusive);
    }

    /** True if both ranges share at least one instant; touching or empty ranges do not overlap. */
    public boolean overlaps(TimeRange other) {
        return !isEmpty()
                && !other.isEmpty()
                && startInclusive.isBefore(other.endExclusive)
                && other.startInclusive.isBefore(endExclusive);
    }

    /** True if {@code other} lies wholly inside this range. */
    public boolean encloses(TimeRange other) {
        return !other.startInclusive.isBefore(startInclusive) && !other.endExclusive.isAfter(endExclusive);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(startInclusive) && instant.isBefore(endExclusive);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeRange other
                && startInclusive.equals(other.startInclusive)
                && endExclusive.equals(other.endExclusive);
    }

    @Override
    public int hashCode() {
        return 31 * startInclusive.hashCode() + endExclusive.hashCode();
    }

    @Override
    public String toString() {
        return "[" + startInclusive + ", " + endExclusive + ")";
    }
}
