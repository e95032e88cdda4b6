package dev.kairos.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The team members who may take a booking, each with their free time over the requested dates,
 * grouped by how long the services take them.
 */
final class StaffPool {

    private final List<DurationPlan> plans = new ArrayList<>();
    private final List<List<StaffCandidate>> byPlan = new ArrayList<>();

    private StaffPool() {}

    /** Members admitted by the staff choice and by every service's staff source. */
    static StaffPool of(AvailabilityRequest request, ZoneTime zoneTime, LocalDate from, LocalDate to) {
        StaffPool pool = new StaffPool();
        if (!request.requiresStaff()) {
            pool.planIndex(DurationPlan.defaults(request.services()));
            return pool;
        }
        for (TeamMember member : request.teamMembers()) {
            if (isEligible(member, request)) {
                pool.add(member, request.services(), zoneTime.resolve(member.workingHours(), from, to));
            }
        }
        return pool;
    }

    private static boolean isEligible(TeamMember member, AvailabilityRequest request) {
        return request.staff().admits(member.id())
                && request.services().stream().allMatch(s -> s.staffSource().admits(member, s.id()));
    }

    private void add(TeamMember member, List<ServiceSpec> services, IntervalSet working) {
        int plan = planIndex(DurationPlan.forMember(member, services));
        byPlan.get(plan).add(new StaffCandidate(member.id(), working, working.minus(member.busy()), plan));
    }

    private int planIndex(DurationPlan plan) {
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).sameLengths(plan)) {
                return i;
            }
        }
        plans.add(plan);
        byPlan.add(new ArrayList<>());
        return plans.size() - 1;
    }

    int planCount() {
        return plans.size();
    }

    DurationPlan plan(int index) {
        return plans.get(index);
    }

    List<StaffCandidate> candidates(int plan) {
        return byPlan.get(plan);
    }

    /** True if some eligible member works at some time in {@code range}. */
    boolean anyoneWorksDuring(IntervalSet range) {
        return byPlan.stream()
                .flatMap(List::stream)
                .anyMatch(candidate -> !candidate.working().intersect(range).isEmpty());
    }

    boolean hasCandidates() {
        return byPlan.stream().anyMatch(candidates -> !candidates.isEmpty());
    }
}
