package dev.kairos.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the engine needs to answer "when can this be booked?", with {@code now} passed in.
 *
 * @param services the services booked back to back by one team member, in order; all of them
 *     require staff, or none does
 * @param teamMembers the location's team, plus anyone an allow-list names who works elsewhere
 * @param resourceInstances every instance of every resource the services require
 * @param serviceBookings existing bookings per service, counted against
 *     {@link ServiceSpec#maxConcurrentBookings()} for services without staff
 * @param staff the member asked for, or any
 * @param now the moment the booking window is measured from
 * @param slotStep the distance between slot starts, from each opening
 */
public record AvailabilityRequest(
        Location location,
        List<ServiceSpec> services,
        List<TeamMember> teamMembers,
        List<ResourceInstance> resourceInstances,
        Map<ServiceId, List<TimeRange>> serviceBookings,
        StaffChoice staff,
        Instant now,
        Duration slotStep) {

    /** @throws IllegalArgumentException without services, with mixed staff needs, or a step that is not positive */
    public AvailabilityRequest {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(now, "now");
        ServiceSpec.requirePositive(slotStep, "slotStep");
        if (services.isEmpty()) {
            throw new IllegalArgumentException("no services");
        }
        if (services.stream().map(ServiceSpec::requiresStaff).distinct().count() > 1) {
            throw new IllegalArgumentException("services mix staff-required and staff-free: " + services);
        }
        services = List.copyOf(services);
        teamMembers = List.copyOf(teamMembers);
        resourceInstances = List.copyOf(resourceInstances);
        serviceBookings = Map.copyOf(serviceBookings);
    }

    public static Builder builder(Location location, Instant now) {
        return new Builder(location, now);
    }

    boolean requiresStaff() {
        return services.get(0).requiresStaff();
    }

    /** A copy asking for another staff choice, for example one member after "any". */
    public AvailabilityRequest withStaff(StaffChoice choice) {
        return new AvailabilityRequest(
                location, services, teamMembers, resourceInstances, serviceBookings, choice, now, slotStep);
    }

    /** Builds an {@link AvailabilityRequest}; the slot step defaults to 15 minutes, staff to any. */
    public static final class Builder {

        private final Location location;
        private final Instant now;
        private final List<ServiceSpec> services = new ArrayList<>();
        private final List<TeamMember> members = new ArrayList<>();
        private final List<ResourceInstance> instances = new ArrayList<>();
        private final Map<ServiceId, List<TimeRange>> bookings = new HashMap<>();
        private StaffChoice staff = StaffChoice.any();
        private Duration slotStep = Duration.ofMinutes(15);

        private Builder(Location location, Instant now) {
            this.location = location;
            this.now = now;
        }

        /** Adds services in booking order. */
        public Builder services(ServiceSpec... more) {
            services.addAll(List.of(more));
            return this;
        }

        public Builder teamMembers(List<TeamMember> more) {
            members.addAll(more);
            return this;
        }

        public Builder teamMembers(TeamMember... more) {
            return teamMembers(List.of(more));
        }

        public Builder resourceInstances(ResourceInstance... more) {
            instances.addAll(List.of(more));
            return this;
        }

        public Builder bookings(ServiceId service, List<TimeRange> existing) {
            bookings.put(service, List.copyOf(existing));
            return this;
        }

        public Builder staff(StaffChoice choice) {
            this.staff = choice;
            return this;
        }

        public Builder slotStep(Duration step) {
            this.slotStep = step;
            return this;
        }

        public AvailabilityRequest build() {
            return new AvailabilityRequest(location, services, members, instances, bookings, staff, now, slotStep);
        }
    }
}
