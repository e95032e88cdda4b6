package dev.kairos.availability;

import dev.kairos.engine.AvailabilityRequest;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A prepared availability question: the loaded location and services, and the engine request
 * built from them, ready to ask for slots, dates or one exact start.
 *
 * @param travelling the team members among {@code teamMembers} who are not on the location's staff
 *     (brought in by a service's allow-list)
 */
public record Offer(
        LocationRules location,
        List<ServiceRules> services,
        List<Long> teamMembers,
        Set<Long> travelling,
        AvailabilityRequest request) {

    /** The same offer asking for one team member's slots. */
    public Offer withMember(long teamMemberId) {
        return new Offer(
                location,
                services,
                teamMembers,
                travelling,
                request.withStaff(dev.kairos.engine.StaffChoice.fromAltegio(teamMemberId)));
    }

    /**
     * Whether the team member may perform every service asked about: on an allow-list, or on the
     * location's staff and not excluded.
     */
    public boolean performs(long teamMemberId) {
        boolean onStaff = !travelling.contains(teamMemberId);
        return services.stream().allMatch(s -> s.takes(teamMemberId, onStaff));
    }

    public ZoneId zone() {
        return location.zone();
    }

    public boolean requiresStaff() {
        return services.isEmpty() || services.get(0).requiresStaff();
    }

    /** Total length in seconds for a team member (null: the services' defaults). */
    public int lengthFor(Long teamMemberId) {
        if (services.isEmpty()) {
            return location.slotStepMinutes() * 60;
        }
        return services.stream().mapToInt(s -> s.durationFor(teamMemberId)).sum();
    }
}
