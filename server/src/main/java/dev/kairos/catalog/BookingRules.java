package dev.kairos.catalog;

import dev.kairos.refusal.Fault;
import java.util.Objects;

/**
 * Who may book a service, how, and when (Omneo's appointment-definition settings).
 *
 * @param requiresStaff a team member performs the service; false for resource-only services
 * @param customerMustSelectStaff online customers pick the team member; needs {@code requiresStaff}
 * @param useStaffFromLocation any team member of the location may perform it, not only linked ones
 * @param maxConcurrentBookings bookings per slot when no team member is required; 1 to 10000
 * @param minLeadMinutes earliest booking before the start, or null for the location's setting
 * @param maxAdvanceDays latest booking ahead, or null for the location's setting
 * @param slotIntervalMinutes slot step, or null for the location's setting
 */
public record BookingRules(
        BookingType bookingType,
        boolean allowCustomerBooking,
        boolean allowWalkIn,
        boolean requiresStaff,
        boolean customerMustSelectStaff,
        boolean useStaffFromLocation,
        int maxConcurrentBookings,
        Integer minLeadMinutes,
        Integer maxAdvanceDays,
        Integer slotIntervalMinutes,
        boolean allowWaitlist,
        boolean allowQueue) {

    /** @throws ServiceRuleViolation if the settings contradict each other or a number is out of range */
    public BookingRules {
        Objects.requireNonNull(bookingType, "bookingType");
        new ServiceRuleViolation.Rules()
                .check(
                        !customerMustSelectStaff || requiresStaff,
                        "customer_must_select_staff",
                        Fault.of("fault.service.choice-needs-staff", "customer_must_select_staff needs requires_staff"))
                .check(
                        bookingType != BookingType.WALK_IN_ONLY || allowWalkIn,
                        "allow_walk_in",
                        Fault.of(
                                "fault.service.walk-in-needs-walk-ins",
                                "booking_type walk_in_only needs allow_walk_in"))
                .check(
                        bookingType != BookingType.WALK_IN_ONLY || !allowCustomerBooking,
                        "allow_customer_booking",
                        Fault.of(
                                "fault.service.walk-in-not-online",
                                "booking_type walk_in_only needs allow_customer_booking false: customers join the walk-in queue"))
                .check(
                        maxConcurrentBookings >= 1 && maxConcurrentBookings <= 10_000,
                        "max_concurrent_bookings",
                        Fault.between(1, 10_000).saying("max_concurrent_bookings must be between 1 and 10000"))
                .check(
                        within(minLeadMinutes, 0, 525_600),
                        "min_lead_minutes",
                        Fault.between(0, 525_600).saying("min_lead_minutes must be null or between 0 and 525600"))
                .check(
                        within(maxAdvanceDays, 0, 730),
                        "max_advance_days",
                        Fault.between(0, 730).saying("max_advance_days must be null or between 0 and 730"))
                .check(
                        within(slotIntervalMinutes, 5, 240),
                        "slot_interval_minutes",
                        Fault.between(5, 240).saying("slot_interval_minutes must be null or between 5 and 240"))
                .orThrow();
    }

    /** Instant online booking by staff, the location's windows, one booking per slot. */
    public static BookingRules defaults() {
        return new BookingRules(BookingType.INSTANT, true, true, true, false, false, 1, null, null, null, false, false);
    }

    private static boolean within(Integer value, int min, int max) {
        return value == null || (value >= min && value <= max);
    }
}
