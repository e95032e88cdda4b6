package dev.kairos.availability;

import dev.kairos.engine.AvailabilityRequest;
import java.time.ZoneId;
import java.util.List;

/**
 * A prepared availability question: the loaded location and services, and the engine request
 * built from them, ready to ask for slots, dates or one exact start.
 */
public record Offer(
        LocationRules location, List<ServiceRules> services, List<Long> teamMembers, AvailabilityRequest request) {

    /** The same offer asking for one team member's slots. */
    public Offer withMember(long teamMemberId) {
        return new Offer(
                location,
                services,
                teamMembers,
                request.withStaff(dev.kairos.engine.StaffChoice.fromAltegio(teamMemberId)));
    }

    /** Whether the team member may perform every service asked about (linked, or taken from the location). */
    public boolean performs(long teamMemberId) {
        return services.stream()
                .allMatch(s -> s.useStaffFromLocation() || s.staffDurations().containsKey(teamMemberId));
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
