package dev.kairos.engine;

import java.util.Set;

/**
 * Where a staff-required service takes its team members from (Omneo's
 * {@code use_staff_from_location}): the location's team, minus members who exclude the service,
 * or an explicit allow-list of members who may also travel in from elsewhere. Either way the
 * member's own working hours and the location's opening hours still apply.
 */
public sealed interface StaffSource {

    /** True if {@code member} may perform {@code service}. */
    boolean admits(TeamMember member, ServiceId service);

    static StaffSource location() {
        return new Location();
    }

    static StaffSource allowList(Set<TeamMemberId> members) {
        return new AllowList(Set.copyOf(members));
    }

    /** All team members of the location that do not exclude the service. */
    record Location() implements StaffSource {
        @Override
        public boolean admits(TeamMember member, ServiceId service) {
            return !member.excludedServices().contains(service);
        }
    }

    /** Only the listed members. */
    record AllowList(Set<TeamMemberId> members) implements StaffSource {
        @Override
        public boolean admits(TeamMember member, ServiceId service) {
            return members.contains(member.id());
        }
    }
}
