package dev.kairos.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What the engine needs to know about one bookable service (an Omneo appointment definition).
 *
 * @param duration the default length, which a team member may override
 * @param bufferBefore time the team member needs before the service (only before the first
 *     service of a back-to-back booking)
 * @param bufferAfter time the team member needs after the service, the technical break included
 *     (only after the last service of a back-to-back booking)
 * @param hours the service's own hours, intersected with the location's; {@link Schedule#always()}
 *     when the service has none
 * @param requiresStaff whether a booking needs one team member; if not, capacity is
 *     {@code maxConcurrentBookings}
 * @param maxConcurrentBookings bookings allowed to overlap, for services that do not require staff
 * @param staffSource which team members may perform it
 * @param requiredResources resources of which one free instance each is needed during the service
 * @param bookingWindow lead time and advance limit
 */
public record ServiceSpec(
        ServiceId id,
        Duration duration,
        Duration bufferBefore,
        Duration bufferAfter,
        Schedule hours,
        boolean requiresStaff,
        int maxConcurrentBookings,
        StaffSource staffSource,
        Set<ResourceId> requiredResources,
        BookingWindow bookingWindow) {

    /**
     * @throws IllegalArgumentException for a non-positive duration, negative buffers, capacity below
     *     one, or lengths that are not whole seconds
     */
    public ServiceSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(staffSource, "staffSource");
        Objects.requireNonNull(bookingWindow, "bookingWindow");
        requirePositive(duration, "duration");
        requireNotNegative(bufferBefore, "bufferBefore");
        requireNotNegative(bufferAfter, "bufferAfter");
        if (maxConcurrentBookings < 1) {
            throw new IllegalArgumentException("maxConcurrentBookings below 1: " + maxConcurrentBookings);
        }
        requiredResources = Set.copyOf(requiredResources);
    }

    /** A staff-required service with no buffers, own hours or resources, bookable any time ahead. */
    public static Builder builder(ServiceId id, Duration duration) {
        return new Builder(id, duration);
    }

    /** The engine works in whole seconds, so lengths must be whole seconds too. */
    static void requirePositive(Duration duration, String name) {
        requireNotNegative(duration, name);
        if (duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }

    static void requireNotNegative(Duration duration, String name) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " is negative: " + duration);
        }
        if (duration.getNano() != 0) {
            throw new IllegalArgumentException(name + " is not a whole number of seconds: " + duration);
        }
    }

    /** Builds a {@link ServiceSpec}; every setter replaces the previous value. */
    public static final class Builder {

        private final ServiceId id;
        private final Duration duration;
        private Duration bufferBefore = Duration.ZERO;
        private Duration bufferAfter = Duration.ZERO;
        private Duration technicalBreak = Duration.ZERO;
        private Schedule hours = Schedule.always();
        private boolean requiresStaff = true;
        private int maxConcurrentBookings = 1;
        private StaffSource staffSource = StaffSource.location();
        private Set<ResourceId> requiredResources = Set.of();
        private BookingWindow bookingWindow = BookingWindow.UNLIMITED;

        private Builder(ServiceId id, Duration duration) {
            this.id = id;
            this.duration = duration;
        }

        public Builder bufferBefore(Duration buffer) {
            this.bufferBefore = buffer;
            return this;
        }

        public Builder bufferAfter(Duration buffer) {
            this.bufferAfter = buffer;
            return this;
        }

        /** Altegio's technical break: added to the buffer after the service. */
        public Builder technicalBreak(Duration pause) {
            this.technicalBreak = pause;
            return this;
        }

        public Builder hours(Schedule serviceHours) {
            this.hours = serviceHours;
            return this;
        }

        /** A service without staff, of which {@code maxConcurrent} bookings may overlap. */
        public Builder withoutStaff(int maxConcurrent) {
            this.requiresStaff = false;
            this.maxConcurrentBookings = maxConcurrent;
            return this;
        }

        public Builder staffSource(StaffSource source) {
            this.staffSource = source;
            return this;
        }

        public Builder requires(ResourceId... resources) {
            this.requiredResources = Set.of(resources);
            return this;
        }

        public Builder bookingWindow(BookingWindow window) {
            this.bookingWindow = window;
            return this;
        }

        public ServiceSpec build() {
            requireNotNegative(technicalBreak, "technicalBreak");
            return new ServiceSpec(
                    id,
                    duration,
                    bufferBefore,
                    bufferAfter.plus(technicalBreak),
                    hours,
                    requiresStaff,
                    maxConcurrentBookings,
                    staffSource,
                    requiredResources,
                    bookingWindow);
        }
    }
}
