package dev.kairos.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decides, start by start, what a {@link PreparedRequest} can offer. */
final class SlotFinder {

    private final PreparedRequest prepared;

    SlotFinder(PreparedRequest prepared) {
        this.prepared = prepared;
    }

    /** True if something is bookable at {@code start}; allocates nothing. */
    boolean hasSlot(long start) {
        for (int plan = 0; plan < prepared.staff.planCount(); plan++) {
            if (capacity(start, plan, null) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Adds the slots at {@code start} to {@code out}, one per distinct length. */
    void collect(long start, List<Slot> out) {
        for (int plan = 0; plan < prepared.staff.planCount(); plan++) {
            // Count first so that starts with nothing free allocate nothing.
            if (capacity(start, plan, null) > 0) {
                List<TeamMemberId> members = new ArrayList<>();
                int capacity = capacity(start, plan, members);
                out.add(slot(start, prepared.staff.plan(plan), capacity, members));
            }
        }
    }

    /**
     * The bookings that still fit at {@code start} for one duration plan, 0 if none.
     *
     * @param membersOut receives the free members, or null when only the count matters
     */
    private int capacity(long start, int planIndex, List<TeamMemberId> membersOut) {
        DurationPlan plan = prepared.staff.plan(planIndex);
        if (!plan.fitsHours(start, prepared.hours)) {
            return 0;
        }
        int capacity = prepared.request.requiresStaff()
                ? freeMembers(start, planIndex, membersOut)
                : prepared.capacity.remaining(start, plan);
        for (int i = 0; i < prepared.resources.size() && capacity > 0; i++) {
            capacity = prepared.resources.get(i).countFree(start, plan, capacity);
        }
        return capacity;
    }

    private int freeMembers(long start, int planIndex, List<TeamMemberId> membersOut) {
        long from = start - prepared.bufferBefore;
        long to = start + prepared.staff.plan(planIndex).total() + prepared.bufferAfter;
        int free = 0;
        for (StaffCandidate candidate : prepared.staff.candidates(planIndex)) {
            if (candidate.free().containsSeconds(from, to)) {
                free++;
                if (membersOut != null) {
                    membersOut.add(candidate.id());
                }
            }
        }
        return free;
    }

    private Slot slot(long start, DurationPlan plan, int capacity, List<TeamMemberId> members) {
        Map<ResourceId, List<ResourceInstanceId>> resources = new HashMap<>();
        for (ResourceNeed need : prepared.resources) {
            resources.put(need.resource(), need.freeInstances(start, plan));
        }
        return new Slot(
                Instant.ofEpochSecond(start),
                Instant.ofEpochSecond(start + plan.total()),
                prepared.zoneTime.toLocal(start),
                Duration.ofSeconds(plan.total()),
                capacity,
                members,
                resources);
    }
}
