package dev.kairos.engine;

import java.util.List;
import java.util.Map;

/**
 * Capacity of services without staff: {@code maxConcurrentBookings} minus the existing bookings
 * of that service overlapping its segment; the booking's capacity is the lowest over its services.
 */
final class ServiceCapacity {

    private final int[] maxConcurrent;
    private final long[][] bookings;

    private ServiceCapacity(int[] maxConcurrent, long[][] bookings) {
        this.maxConcurrent = maxConcurrent;
        this.bookings = bookings;
    }

    static ServiceCapacity of(List<ServiceSpec> services, Map<ServiceId, List<TimeRange>> existing) {
        int[] max =
                services.stream().mapToInt(ServiceSpec::maxConcurrentBookings).toArray();
        long[][] bookings = services.stream()
                .map(service -> toSeconds(existing.getOrDefault(service.id(), List.of())))
                .toArray(long[][]::new);
        return new ServiceCapacity(max, bookings);
    }

    int remaining(long slotStart, DurationPlan plan) {
        int remaining = Integer.MAX_VALUE;
        for (int i = 0; i < maxConcurrent.length; i++) {
            int overlapping =
                    countOverlapping(bookings[i], plan.segmentStart(slotStart, i), plan.segmentEnd(slotStart, i));
            remaining = Math.min(remaining, maxConcurrent[i] - overlapping);
        }
        return Math.max(remaining, 0);
    }

    private static int countOverlapping(long[] pairs, long start, long end) {
        int count = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i] < pairs[i + 1] && pairs[i] < end && pairs[i + 1] > start) {
                count++;
            }
        }
        return count;
    }

    private static long[] toSeconds(List<TimeRange> ranges) {
        long[] pairs = new long[ranges.size() * 2];
        int i = 0;
        for (TimeRange range : ranges) {
            pairs[i++] = IntervalSet.floorSecond(range.startInclusive());
            pairs[i++] = IntervalSet.ceilSecond(range.endExclusive());
        }
        return pairs;
    }
}
