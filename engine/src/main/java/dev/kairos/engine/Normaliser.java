package dev.kairos.engine;

import java.util.Arrays;

/** Sorts and merges raw {@code [start, end)} pairs into the canonical form {@link IntervalSet} keeps. */
final class Normaliser {

    private Normaliser() {}

    static long[] normalise(long[] pairs) {
        long[] sorted = isSortedByStart(pairs) ? pairs : sortByStart(pairs);
        BoundsBuilder out = new BoundsBuilder(sorted.length);
        for (int i = 0; i < sorted.length; i += 2) {
            if (sorted[i + 1] < sorted[i]) {
                throw new IllegalArgumentException("range ends before it starts: " + sorted[i] + ".." + sorted[i + 1]);
            }
            out.add(sorted[i], sorted[i + 1]);
        }
        return out.build();
    }

    private static boolean isSortedByStart(long[] pairs) {
        for (int i = 2; i < pairs.length; i += 2) {
            if (pairs[i] < pairs[i - 2]) {
                return false;
            }
        }
        return true;
    }

    private static long[] sortByStart(long[] pairs) {
        long[][] ranges = new long[pairs.length / 2][];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = new long[] {pairs[2 * i], pairs[2 * i + 1]};
        }
        Arrays.sort(ranges, (a, b) -> Long.compare(a[0], b[0]));
        long[] sorted = new long[pairs.length];
        for (int i = 0; i < ranges.length; i++) {
            sorted[2 * i] = ranges[i][0];
            sorted[2 * i + 1] = ranges[i][1];
        }
        return sorted;
    }
}
