package dev.kairos.availability;

import dev.kairos.engine.BookingWindow;
import dev.kairos.engine.ResourceId;
import dev.kairos.engine.Schedule;
import dev.kairos.engine.ServiceId;
import dev.kairos.engine.ServiceSpec;
import dev.kairos.engine.StaffSource;
import dev.kairos.engine.TeamMemberId;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A service as availability and booking need it: the bookable definition, the team members linked
 * to it with their own lengths, and its resources. The hot-path projection of the catalog's service.
 *
 * @param staffDurations linked team members, each with their own length in seconds or null for the default
 * @param excludedStaff team members of the location who do not perform it when it takes the location's staff
 */
public record ServiceRules(
        long id,
        long locationId,
        Long categoryId,
        String title,
        int durationSeconds,
        BigDecimal priceMin,
        BigDecimal priceMax,
        BigDecimal discount,
        String bookingType,
        boolean active,
        boolean allowCustomerBooking,
        boolean requiresStaff,
        boolean customerMustSelectStaff,
        boolean useStaffFromLocation,
        int maxConcurrentBookings,
        Integer minLeadMinutes,
        Integer maxAdvanceDays,
        Integer slotIntervalMinutes,
        int bufferBeforeSeconds,
        int bufferAfterSeconds,
        int technicalBreakSeconds,
        String prepaid,
        Schedule hours,
        Map<Long, Integer> staffDurations,
        Set<Long> resourceIds,
        Set<Long> excludedStaff) {

    /** Whether clients may book it online: active, customer-bookable and not walk-in only. */
    public boolean onlineBookable() {
        return active && allowCustomerBooking && !"walk_in_only".equals(bookingType);
    }

    public boolean needsApproval() {
        return "approval_required".equals(bookingType);
    }

    /**
     * Whether the team member performs it: with the location's staff, a member on the location's
     * staff whom it does not exclude; otherwise a member of its allow-list.
     */
    public boolean takes(long teamMemberId, boolean onLocationStaff) {
        return useStaffFromLocation
                ? onLocationStaff && !excludedStaff.contains(teamMemberId)
                : staffDurations.containsKey(teamMemberId);
    }

    /** The length for {@code teamMemberId}, or the default. */
    public int durationFor(Long teamMemberId) {
        Integer own = teamMemberId == null ? null : staffDurations.get(teamMemberId);
        return own != null ? own : durationSeconds;
    }

    ServiceSpec spec(LocationRules location) {
        ServiceSpec.Builder builder = ServiceSpec.builder(ServiceId.of(id), Duration.ofSeconds(durationSeconds))
                .bufferBefore(Duration.ofSeconds(bufferBeforeSeconds))
                .bufferAfter(Duration.ofSeconds(bufferAfterSeconds))
                .technicalBreak(Duration.ofSeconds(technicalBreakSeconds))
                .hours(hours)
                .staffSource(
                        useStaffFromLocation
                                ? StaffSource.location()
                                : StaffSource.allowList(staffDurations.keySet().stream()
                                        .map(TeamMemberId::of)
                                        .collect(Collectors.toSet())))
                .requires(resourceIds.stream().map(ResourceId::of).toArray(ResourceId[]::new))
                .bookingWindow(BookingWindow.of(
                        minLeadMinutes != null ? minLeadMinutes : location.minLeadMinutes(),
                        maxAdvanceDays != null ? maxAdvanceDays : location.maxAdvanceDays()));
        if (!requiresStaff) {
            builder.withoutStaff(maxConcurrentBookings);
        }
        return builder.build();
    }
}
