package dev.kairos.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * One bookable start. When team members differ in how long the services take them, the same start
 * appears once per distinct length, each with the members who take that long.
 *
 * @param start the first service begins (buffers before it are not included)
 * @param end the last service ends (buffers after it are not included)
 * @param localStart {@code start} in the location's zone
 * @param length the sum of the services' lengths, Altegio's {@code sum_length}
 * @param capacityRemaining how many more bookings fit: free members (staff services) or
 *     {@code maxConcurrentBookings} minus overlapping bookings, capped by free resource instances
 * @param teamMembers members who can take it, in request order; empty for services without staff
 * @param resources per required resource, the instances free for every service that needs it
 */
public record Slot(
        Instant start,
        Instant end,
        LocalDateTime localStart,
        Duration length,
        int capacityRemaining,
        List<TeamMemberId> teamMembers,
        Map<ResourceId, List<ResourceInstanceId>> resources) {

    public Slot {
        teamMembers = List.copyOf(teamMembers);
        resources = Map.copyOf(resources);
    }

    public LocalDate localDate() {
        return localStart.toLocalDate();
    }

    public LocalTime localTime() {
        return localStart.toLocalTime();
    }

    public TimeRange range() {
        return TimeRange.of(start, end);
    }
}
