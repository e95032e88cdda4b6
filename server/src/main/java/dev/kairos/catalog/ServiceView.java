package dev.kairos.catalog;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A service in Altegio's shape, followed by Kairos' definition fields, hours and resources. */
public final class ServiceView {

    private ServiceView() {}

    public static Map<String, Object> of(Service s) {
        ServiceDefinition d = s.definition();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("salon_id", s.locationId());
        m.put("title", d.title());
        m.put("category_id", d.categoryId() == null ? 0 : d.categoryId());
        m.put("price_min", d.pricing().min());
        m.put("price_max", d.pricing().max());
        m.put("discount", d.pricing().discount());
        m.put("comment", d.comment());
        m.put("weight", d.weight());
        m.put("active", d.active() ? 1 : 0);
        m.put("api_id", d.apiId());
        m.put("duration", d.timing().duration().toSeconds());
        m.put("service_type", d.booking().allowCustomerBooking() ? 1 : 0);
        m.put("prepaid", d.prepaid().wire());
        m.put("staff", s.staff().stream().map(l -> staff(s, l)).toList());
        m.put("image_group", Map.of());
        Duration pause = d.timing().technicalBreak();
        m.put("technical_break_duration", pause.isZero() ? null : pause.toSeconds());
        definition(m, d);
        m.put("hours", s.hours().entries().stream().map(ServiceView::hours).toList());
        m.put("resources", s.resourceIds());
        m.put("excluded_staff_ids", s.excludedStaffIds());
        return m;
    }

    static Map<String, Object> staff(Service s, StaffLink link) {
        return Map.of(
                "id",
                link.teamMemberId(),
                "seance_length",
                s.durationFor(link.teamMemberId()).orElseThrow().toSeconds());
    }

    static Map<String, Object> hours(ServiceHours h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day_of_week", h.dayOfWeek());
        if (h.closed()) {
            m.put("is_closed", true);
        } else {
            m.put("from", h.opensAt().toString());
            m.put("to", h.closesAt().toString());
        }
        return m;
    }

    private static void definition(Map<String, Object> m, ServiceDefinition d) {
        BookingRules b = d.booking();
        m.put("booking_type", b.bookingType().wire());
        m.put("allow_customer_booking", b.allowCustomerBooking());
        m.put("allow_walk_in", b.allowWalkIn());
        m.put("requires_staff", b.requiresStaff());
        m.put("customer_must_select_staff", b.customerMustSelectStaff());
        m.put("use_staff_from_location", b.useStaffFromLocation());
        m.put("max_concurrent_bookings", b.maxConcurrentBookings());
        m.put("min_lead_minutes", b.minLeadMinutes());
        m.put("max_advance_days", b.maxAdvanceDays());
        m.put("slot_interval_minutes", b.slotIntervalMinutes());
        m.put("allow_waitlist", b.allowWaitlist());
        m.put("allow_queue", b.allowQueue());
        m.put("buffer_before", d.timing().bufferBefore().toSeconds());
        m.put("buffer_after", d.timing().bufferAfter().toSeconds());
    }

    static List<Map<String, Object>> all(List<Service> services) {
        return services.stream().map(ServiceView::of).toList();
    }
}
