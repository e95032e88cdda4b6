package dev.kairos.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A service in Altegio's shape, followed by Kairos' definition fields, hours and resources.
 *
 * @param salonId the location
 * @param categoryId the service category, 0 for none
 * @param active 1 or 0
 * @param duration the default length in seconds
 * @param serviceType 1 when clients may book it online, else 0
 * @param staff the linked team members, each with the length they take
 * @param imageGroup always empty: Kairos keeps no images
 * @param technicalBreakDuration seconds of technical break, or null for none
 * @param hours the service's own week; empty means the location's opening hours
 * @param resources the ids of the resources it holds
 * @param excludedStaffIds team members who do not perform it when it takes the location's staff
 */
public record ServiceView(
        long id,
        long salonId,
        String title,
        long categoryId,
        @JsonUnwrapped ServicePrices prices,
        String comment,
        int weight,
        int active,
        String apiId,
        long duration,
        int serviceType,
        String prepaid,
        List<ServiceStaffLength> staff,
        Map<String, String> imageGroup,
        Long technicalBreakDuration,
        @JsonUnwrapped ServiceBookingRules rules,
        List<ServiceDayHours> hours,
        List<Long> resources,
        List<Long> excludedStaffIds) {

    /** The prices, as Altegio writes them. */
    public record ServicePrices(BigDecimal priceMin, BigDecimal priceMax, BigDecimal discount) {}

    /**
     * How the service is booked: Omneo's appointment-definition settings.
     *
     * @param minLeadMinutes null for the location's setting
     * @param maxAdvanceDays null for the location's setting
     * @param slotIntervalMinutes null for the location's setting
     * @param bufferBefore seconds
     * @param bufferAfter seconds
     */
    public record ServiceBookingRules(
            String bookingType,
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
            boolean allowQueue,
            long bufferBefore,
            long bufferAfter) {}

    /**
     * A linked team member.
     *
     * @param seanceLength the length they take, in seconds
     */
    public record ServiceStaffLength(long id, long seanceLength) {}

    /**
     * One entry of the service's week: open from/to, or closed all day.
     *
     * @param dayOfWeek 1 = Monday ... 7 = Sunday
     * @param isClosed true for a closed day, absent otherwise
     * @param from {@code HH:mm}, absent for a closed day
     * @param to {@code HH:mm}, absent for a closed day
     */
    public record ServiceDayHours(
            int dayOfWeek,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean isClosed,
            @JsonInclude(JsonInclude.Include.NON_NULL) String from,
            @JsonInclude(JsonInclude.Include.NON_NULL) String to) {

        static ServiceDayHours of(ServiceHours h) {
            return h.closed()
                    ? new ServiceDayHours(h.dayOfWeek(), true, null, null)
                    : new ServiceDayHours(
                            h.dayOfWeek(),
                            null,
                            h.opensAt().toString(),
                            h.closesAt().toString());
        }
    }

    public static ServiceView of(Service s) {
        ServiceDefinition d = s.definition();
        Duration pause = d.timing().technicalBreak();
        return new ServiceView(
                s.id(),
                s.locationId(),
                d.title(),
                d.categoryId() == null ? 0 : d.categoryId(),
                new ServicePrices(
                        d.pricing().min(), d.pricing().max(), d.pricing().discount()),
                d.comment(),
                d.weight(),
                d.active() ? 1 : 0,
                d.apiId(),
                d.timing().duration().toSeconds(),
                d.booking().allowCustomerBooking() ? 1 : 0,
                d.prepaid().wire(),
                s.staff().stream().map(l -> staff(s, l)).toList(),
                Map.of(),
                pause.isZero() ? null : pause.toSeconds(),
                rules(d),
                hours(s),
                s.resourceIds(),
                s.excludedStaffIds());
    }

    static List<ServiceDayHours> hours(Service s) {
        return s.hours().entries().stream().map(ServiceDayHours::of).toList();
    }

    private static ServiceStaffLength staff(Service s, StaffLink link) {
        return new ServiceStaffLength(
                link.teamMemberId(),
                s.durationFor(link.teamMemberId()).orElseThrow().toSeconds());
    }

    private static ServiceBookingRules rules(ServiceDefinition d) {
        BookingRules b = d.booking();
        return new ServiceBookingRules(
                b.bookingType().wire(),
                b.allowCustomerBooking(),
                b.allowWalkIn(),
                b.requiresStaff(),
                b.customerMustSelectStaff(),
                b.useStaffFromLocation(),
                b.maxConcurrentBookings(),
                b.minLeadMinutes(),
                b.maxAdvanceDays(),
                b.slotIntervalMinutes(),
                b.allowWaitlist(),
                b.allowQueue(),
                d.timing().bufferBefore().toSeconds(),
                d.timing().bufferAfter().toSeconds());
    }

    static List<ServiceView> all(List<Service> services) {
        return services.stream().map(ServiceView::of).toList();
    }
}
