package dev.kairos.catalog;

import dev.kairos.refusal.Fault;
import java.util.Comparator;
import java.util.List;

/**
 * A service's own week: entries that neither overlap nor mix a closed day with open intervals.
 * Empty means the location's opening hours apply.
 */
public record WeeklyHours(List<ServiceHours> entries) {

    private static final Comparator<ServiceHours> ORDER = Comparator.comparingInt(ServiceHours::dayOfWeek)
            .thenComparing(h -> h.opensAt() == null ? java.time.LocalTime.MIN : h.opensAt());

    /** @throws ServiceRuleViolation if two entries of one day overlap, or a closed day has intervals */
    public WeeklyHours {
        entries = entries.stream().sorted(ORDER).toList();
        ServiceRuleViolation.Rules rules = new ServiceRuleViolation.Rules();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                rules.check(
                        !entries.get(i).overlaps(entries.get(j)),
                        "hours",
                        Fault.of(
                                "fault.hours-overlap",
                                "entries of day " + entries.get(i).dayOfWeek()
                                        + " overlap, or a closed day also has hours",
                                entries.get(i).dayOfWeek()));
            }
        }
        rules.orThrow();
    }

    public static WeeklyHours none() {
        return new WeeklyHours(List.of());
    }

    /** Whether the service keeps to the location's opening hours. */
    public boolean followsLocation() {
        return entries.isEmpty();
    }
}
