package dev.kairos.catalog;

import dev.kairos.refusal.Fault;
import java.time.LocalTime;

/**
 * One entry of a service's own weekly hours, in the location's local time: an open interval
 * {@code [opensAt, closesAt)} on a day, or the whole day closed.
 *
 * @param dayOfWeek 1 = Monday ... 7 = Sunday
 * @param opensAt inclusive; null when {@code closed}
 * @param closesAt exclusive, after {@code opensAt}; null when {@code closed}
 */
public record ServiceHours(int dayOfWeek, LocalTime opensAt, LocalTime closesAt, boolean closed) {

    /** @throws ServiceRuleViolation for a day outside 1..7 or an empty or reversed interval */
    public ServiceHours {
        new ServiceRuleViolation.Rules()
                .check(
                        dayOfWeek >= 1 && dayOfWeek <= 7,
                        "hours",
                        Fault.between(1, 7).saying("day_of_week must be between 1 and 7"))
                .check(
                        closed ? opensAt == null && closesAt == null : opensAt != null && closesAt != null,
                        "hours",
                        Fault.of("fault.hours-open-or-closed", "give from and to, or is_closed: true"))
                .check(
                        closed || opensAt == null || closesAt == null || opensAt.isBefore(closesAt),
                        "hours",
                        Fault.of("fault.from-before-to", "from must be before to"))
                .orThrow();
    }

    public static ServiceHours open(int dayOfWeek, LocalTime opensAt, LocalTime closesAt) {
        return new ServiceHours(dayOfWeek, opensAt, closesAt, false);
    }

    public static ServiceHours closedOn(int dayOfWeek) {
        return new ServiceHours(dayOfWeek, null, null, true);
    }

    boolean overlaps(ServiceHours other) {
        if (dayOfWeek != other.dayOfWeek) {
            return false;
        }
        if (closed || other.closed) {
            return true;
        }
        return opensAt.isBefore(other.closesAt) && other.opensAt.isBefore(closesAt);
    }
}
