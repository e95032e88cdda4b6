package dev.kairos.engine;

/**
 * An eligible team member prepared for stepping through slots.
 *
 * @param working the member's working time over the requested dates
 * @param free working time minus busy time
 * @param plan index of the member's {@link DurationPlan}
 */
record StaffCandidate(TeamMemberId id, IntervalSet working, IntervalSet free, int plan) {}
