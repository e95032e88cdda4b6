package dev.kairos.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A service as clients send it to POST, PUT and PATCH: Altegio's fields (both spellings where
 * Altegio has two) and Kairos' definition fields. Absent fields keep their value (defaults on create).
 * {@code excluded_staff_ids} lists team members of the chain who do not perform the service when it
 * takes the location's staff ({@code use_staff_from_location}); a given list replaces the stored one.
 */
record ServiceRequest(
        String title,
        Long categoryId,
        BigDecimal priceMin,
        BigDecimal priceMax,
        BigDecimal discount,
        String comment,
        Integer weight,
        Boolean active,
        Boolean serviceType,
        String apiId,
        String apiServiceId,
        Integer duration,
        String prepaid,
        Integer technicalBreakDuration,
        List<StaffEntry> staff,
        String bookingType,
        Boolean allowCustomerBooking,
        Boolean allowWalkIn,
        Boolean requiresStaff,
        Boolean customerMustSelectStaff,
        Boolean useStaffFromLocation,
        Integer maxConcurrentBookings,
        Integer minLeadMinutes,
        Integer maxAdvanceDays,
        Integer slotIntervalMinutes,
        Boolean allowWaitlist,
        Boolean allowQueue,
        Integer bufferBefore,
        Integer bufferAfter,
        List<HoursEntry> hours,
        List<Long> resourceIds,
        List<Long> excludedStaffIds) {

    /** A linked team member: {@code id} (Altegio) or {@code master_id}, and their duration in seconds. */
    record StaffEntry(Long id, Long masterId, Long staffId, Integer seanceLength) {

        Long memberId() {
            return id != null ? id : masterId != null ? masterId : staffId;
        }
    }

    /** One entry of the service's week: {@code from}/{@code to} as "HH:mm", or {@code is_closed}. */
    record HoursEntry(Integer dayOfWeek, String from, String to, Boolean isClosed) {}
}
