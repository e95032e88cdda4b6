package dev.kairos.availability;

import java.util.LinkedHashMap;
import java.util.Map;

/** The service object of book_services. */
final class OnlineViews {

    private OnlineViews() {}

    static Map<String, Object> service(ServiceRules s, Long staffId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("category_id", s.categoryId() == null ? 0 : s.categoryId());
        m.put("price_min", s.priceMin());
        m.put("price_max", s.priceMax());
        m.put("discount", s.discount());
        m.put("comment", "");
        m.put("weight", 0);
        m.put("active", s.active() ? 1 : 0);
        m.put("sex", 0);
        m.put("image", "");
        m.put("prepaid", s.prepaid());
        if (staffId != null) {
            m.put("seance_length", s.durationFor(staffId));
        }
        m.put("duration", s.durationSeconds());
        m.put("booking_type", s.bookingType());
        m.put("requires_staff", s.requiresStaff());
        m.put("customer_must_select_staff", s.customerMustSelectStaff());
        return m;
    }
}
