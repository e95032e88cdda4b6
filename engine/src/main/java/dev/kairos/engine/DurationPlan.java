package dev.kairos.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The lengths of the booked services for one group of team members (those who share the same
 * per-service durations), as second offsets from the slot start.
 */
final class DurationPlan {

    private final long[] lengths;
    private final long[] offsets;
    private final long total;

    DurationPlan(long[] lengths) {
        this.lengths = lengths.clone();
        this.offsets = new long[lengths.length];
        long sum = 0;
        for (int i = 0; i < lengths.length; i++) {
            offsets[i] = sum;
            sum += lengths[i];
        }
        this.total = sum;
    }

    static DurationPlan forMember(TeamMember member, List<ServiceSpec> services) {
        return new DurationPlan(services.stream()
                .mapToLong(s -> member.durationOf(s).getSeconds())
                .toArray());
    }

    static DurationPlan defaults(List<ServiceSpec> services) {
        return new DurationPlan(
                services.stream().mapToLong(s -> s.duration().getSeconds()).toArray());
    }

    long total() {
        return total;
    }

    long segmentStart(long slotStart, int service) {
        return slotStart + offsets[service];
    }

    long segmentEnd(long slotStart, int service) {
        return slotStart + offsets[service] + lengths[service];
    }

    /** True if every service's segment lies within its allowed hours. */
    boolean fitsHours(long slotStart, IntervalSet[] hoursPerService) {
        for (int i = 0; i < lengths.length; i++) {
            if (!hoursPerService[i].containsSeconds(segmentStart(slotStart, i), segmentEnd(slotStart, i))) {
                return false;
            }
        }
        return true;
    }

    boolean sameLengths(DurationPlan other) {
        return Arrays.equals(lengths, other.lengths);
    }
}
