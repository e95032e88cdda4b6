package dev.kairos.engine;

import java.util.Arrays;

/**
 * Collects ranges offered in ascending start order, merging each one into the last when they
 * overlap or touch and dropping empty ones, so the result is already normalised.
 */
final class BoundsBuilder {

    private long[] bounds;
    private int size;

    BoundsBuilder(int expectedBounds) {
        bounds = new long[Math.max(expectedBounds, 2)];
    }

    /** Adds {@code [start, end)}; {@code start} must not be before the last added start. */
    void add(long start, long end) {
        if (end <= start) {
            return;
        }
        if (size > 0 && start <= bounds[size - 1]) {
            bounds[size - 1] = Math.max(bounds[size - 1], end);
            return;
        }
        if (size == bounds.length) {
            bounds = Arrays.copyOf(bounds, size * 2);
        }
        bounds[size++] = start;
        bounds[size++] = end;
    }

    long[] build() {
        return size == bounds.length ? bounds : Arrays.copyOf(bounds, size);
    }
}
