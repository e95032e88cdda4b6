package dev.kairos.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A bookable service of one location (Altegio's service, Omneo's appointment definition) with
 * everything the booking engine needs: its definition, the team members who perform it, its own
 * weekly hours and the resources it holds.
 *
 * @param staff the linked team members, in id order
 * @param hours the service's own week; empty means the location's opening hours
 * @param resourceIds the resources (at the same location) the service holds, in id order
 * @param excludedStaffIds team members who do not perform it when it takes the location's staff, in id order
 */
public record Service(
        long id,
        long locationId,
        ServiceDefinition definition,
        List<StaffLink> staff,
        WeeklyHours hours,
        List<Long> resourceIds,
        List<Long> excludedStaffIds) {

    public Service {
        staff = List.copyOf(staff);
        resourceIds = List.copyOf(resourceIds);
        excludedStaffIds = List.copyOf(excludedStaffIds);
    }

    public String title() {
        return definition.title();
    }

    public boolean active() {
        return definition.active();
    }

    public Timing timing() {
        return definition.timing();
    }

    public BookingRules booking() {
        return definition.booking();
    }

    public Pricing pricing() {
        return definition.pricing();
    }

    /** The link of a team member, if they perform this service. */
    public Optional<StaffLink> link(long teamMemberId) {
        return staff.stream().filter(l -> l.teamMemberId() == teamMemberId).findFirst();
    }

    /**
     * Whether {@code teamMemberId} may perform it: anyone when it needs no team member, anyone not
     * excluded when it takes the location's staff, otherwise a linked member only.
     */
    public boolean performedBy(long teamMemberId) {
        return !booking().requiresStaff()
                || (booking().useStaffFromLocation() && !excludedStaffIds.contains(teamMemberId))
                || link(teamMemberId).isPresent();
    }

    /**
     * How long this service takes when {@code teamMemberId} performs it: their own duration if set,
     * otherwise the service's. Empty if the member is not linked.
     */
    public Optional<Duration> durationFor(long teamMemberId) {
        return link(teamMemberId).map(l -> l.ownDuration().orElse(timing().duration()));
    }

    public List<Long> staffIds() {
        return staff.stream().map(StaffLink::teamMemberId).toList();
    }
}
