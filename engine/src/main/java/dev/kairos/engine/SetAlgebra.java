package dev.kairos.engine;

/** Linear merges over normalised bound arrays (see {@link IntervalSet}). */
final class SetAlgebra {

    private SetAlgebra() {}

    static long[] union(long[] a, long[] b) {
        BoundsBuilder out = new BoundsBuilder(a.length + b.length);
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            boolean takeA = j >= b.length || (i < a.length && a[i] <= b[j]);
            if (takeA) {
                out.add(a[i], a[i + 1]);
                i += 2;
            } else {
                out.add(b[j], b[j + 1]);
                j += 2;
            }
        }
        return out.build();
    }

    static long[] intersect(long[] a, long[] b) {
        BoundsBuilder out = new BoundsBuilder(Math.min(a.length, b.length) + 2);
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            out.add(Math.max(a[i], b[j]), Math.min(a[i + 1], b[j + 1]));
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return out.build();
    }

    static long[] minus(long[] a, long[] b) {
        BoundsBuilder out = new BoundsBuilder(a.length + 2);
        int j = 0;
        for (int i = 0; i < a.length; i += 2) {
            long end = a[i + 1];
            while (j < b.length && b[j + 1] <= a[i]) {
                j += 2;
            }
            long cursor = a[i];
            int k = j;
            while (k < b.length && b[k] < end && cursor < end) {
                out.add(cursor, Math.min(b[k], end));
                cursor = Math.max(cursor, b[k + 1]);
                k += 2;
            }
            out.add(cursor, end);
            j = Math.max(j, k - 2);
        }
        return out.build();
    }
}
