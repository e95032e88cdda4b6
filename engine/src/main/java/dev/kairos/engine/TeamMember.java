package dev.kairos.engine;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A team member as the engine sees them.
 *
 * @param workingHours local working windows per date (a {@link DatedSchedule} resolved by the
 *     caller, or a {@link WeeklySchedule} with overrides)
 * @param busy time already taken: appointments widened by their buffers and technical breaks,
 *     and group events the member runs
 * @param serviceDurations this member's own length for some services
 * @param excludedServices services this member does not perform when staff come from the location
 */
public record TeamMember(
        TeamMemberId id,
        Schedule workingHours,
        IntervalSet busy,
        Map<ServiceId, Duration> serviceDurations,
        Set<ServiceId> excludedServices) {

    public TeamMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workingHours, "workingHours");
        Objects.requireNonNull(busy, "busy");
        serviceDurations.forEach((service, length) -> ServiceSpec.requirePositive(length, "duration of " + service));
        serviceDurations = Map.copyOf(serviceDurations);
        excludedServices = Set.copyOf(excludedServices);
    }

    public static Builder builder(TeamMemberId id, Schedule workingHours) {
        return new Builder(id, workingHours);
    }

    /** This member's length for {@code service}. */
    public Duration durationOf(ServiceSpec service) {
        return serviceDurations.getOrDefault(service.id(), service.duration());
    }

    /** Builds a {@link TeamMember}; busy time and group events accumulate. */
    public static final class Builder {

        private final TeamMemberId id;
        private final Schedule workingHours;
        private IntervalSet busy = IntervalSet.empty();
        private final Map<ServiceId, Duration> durations = new HashMap<>();
        private Set<ServiceId> excluded = Set.of();

        private Builder(TeamMemberId id, Schedule workingHours) {
            this.id = id;
            this.workingHours = workingHours;
        }

        /** Appointments, already widened by their buffers and technical breaks. */
        public Builder busy(IntervalSet appointments) {
            this.busy = busy.union(appointments);
            return this;
        }

        public Builder busy(TimeRange... appointments) {
            return busy(IntervalSet.of(appointments));
        }

        /** Group events this member runs; they are busy time like appointments. */
        public Builder groupEvents(TimeRange... events) {
            return busy(IntervalSet.of(events));
        }

        public Builder duration(ServiceId service, Duration length) {
            durations.put(service, length);
            return this;
        }

        public Builder excludes(ServiceId... services) {
            this.excluded = Set.of(services);
            return this;
        }

        public TeamMember build() {
            return new TeamMember(id, workingHours, busy, durations, excluded);
        }
    }
}
