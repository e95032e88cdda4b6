package dev.kairos.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Re-checks one exact start, naming the first rule it breaks. */
final class BookingChecker {

    private final PreparedRequest prepared;
    private final long start;
    private final boolean any;

    private BookingChecker(PreparedRequest prepared, long start) {
        this.prepared = prepared;
        this.start = start;
        this.any = prepared.request.staff().isAny();
    }

    static BookingDecision check(AvailabilityRequest request, Instant startInstant) {
        LocalDate date = new ZoneTime(request.location().zone()).dateOf(startInstant);
        PreparedRequest prepared = PreparedRequest.of(request, DateRange.day(date));
        if (startInstant.getNano() != 0) {
            return new BookingDecision.Rejected(RejectionReason.NOT_A_SLOT_START);
        }
        return new BookingChecker(prepared, startInstant.getEpochSecond()).decide(date);
    }

    private BookingDecision decide(LocalDate date) {
        if (start < prepared.earliestStart || !prepared.isBookableDate(date)) {
            return reject(RejectionReason.OUTSIDE_BOOKING_WINDOW);
        }
        if (!isGridStart(date)) {
            return reject(RejectionReason.NOT_A_SLOT_START);
        }
        RejectionReason reason = prepared.request.requiresStaff() ? staffReason() : capacityReason();
        if (reason != null) {
            return reject(reason);
        }
        List<Slot> slots = new ArrayList<>();
        new SlotFinder(prepared).collect(start, slots);
        return slots.isEmpty()
                ? reject(RejectionReason.RESOURCE_UNAVAILABLE)
                : new BookingDecision.Bookable(slots.get(0));
    }

    private boolean isGridStart(LocalDate date) {
        prepared.grid.fill(date);
        for (int i = 0; i < prepared.grid.size(); i++) {
            if (prepared.grid.start(i) == start) {
                return true;
            }
        }
        return false;
    }

    /** Null when some eligible member can take the start, resources aside. */
    private RejectionReason staffReason() {
        StaffPool staff = prepared.staff;
        if (!staff.hasCandidates()) {
            return any ? RejectionReason.NO_STAFF_AVAILABLE : RejectionReason.STAFF_NOT_AVAILABLE;
        }
        Availability best = Availability.OUTSIDE_HOURS;
        for (int plan = 0; plan < staff.planCount(); plan++) {
            best = best.max(availability(plan));
        }
        return switch (best) {
            case FREE -> null;
            case OUTSIDE_HOURS -> RejectionReason.OUTSIDE_OPENING_HOURS;
            case WORKING_BUT_BUSY -> any ? RejectionReason.NO_STAFF_AVAILABLE : RejectionReason.SLOT_TAKEN;
            case NOT_WORKING -> any ? RejectionReason.NO_STAFF_AVAILABLE : RejectionReason.STAFF_NOT_AVAILABLE;
        };
    }

    /** How close the members of one duration plan come to taking the start. */
    private Availability availability(int planIndex) {
        DurationPlan plan = prepared.staff.plan(planIndex);
        List<StaffCandidate> candidates = prepared.staff.candidates(planIndex);
        if (candidates.isEmpty() || !plan.fitsHours(start, prepared.hours)) {
            return Availability.OUTSIDE_HOURS;
        }
        long from = start - prepared.bufferBefore;
        long to = start + plan.total() + prepared.bufferAfter;
        Availability best = Availability.NOT_WORKING;
        for (StaffCandidate candidate : candidates) {
            if (candidate.free().containsSeconds(from, to)) {
                return Availability.FREE;
            }
            if (candidate.working().containsSeconds(from, to)) {
                best = Availability.WORKING_BUT_BUSY;
            }
        }
        return best;
    }

    /** Ordered from worst to best. */
    private enum Availability {
        OUTSIDE_HOURS,
        NOT_WORKING,
        WORKING_BUT_BUSY,
        FREE;

        Availability max(Availability other) {
            return other.ordinal() > ordinal() ? other : this;
        }
    }

    private RejectionReason capacityReason() {
        DurationPlan plan = prepared.staff.plan(0);
        if (!plan.fitsHours(start, prepared.hours)) {
            return RejectionReason.OUTSIDE_OPENING_HOURS;
        }
        return prepared.capacity.remaining(start, plan) > 0 ? null : RejectionReason.SLOT_TAKEN;
    }

    private static BookingDecision reject(RejectionReason reason) {
        return new BookingDecision.Rejected(reason);
    }
}
