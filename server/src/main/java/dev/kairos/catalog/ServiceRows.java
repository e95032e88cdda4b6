package dev.kairos.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The services table's columns, read into a {@link ServiceDefinition} and written from one. */
final class ServiceRows {

    static final String COLUMNS = """
            id, location_id, category_id, title, comment, api_id, weight, active, duration_seconds, price_min,
            price_max, discount, buffer_before_seconds, buffer_after_seconds, technical_break_seconds,
            booking_type, allow_customer_booking, allow_walk_in, requires_staff, customer_must_select_staff,
            use_staff_from_location, max_concurrent_bookings, min_lead_minutes, max_advance_days,
            slot_interval_minutes, allow_waitlist, allow_queue, prepaid
            """;

    /** The columns {@link #params} writes, in the order of {@link #VALUES}. */
    static final String WRITTEN = """
            category_id, title, comment, api_id, weight, active, duration_seconds, price_min, price_max, discount,
            buffer_before_seconds, buffer_after_seconds, technical_break_seconds, booking_type, allow_customer_booking,
            allow_walk_in, requires_staff, customer_must_select_staff, use_staff_from_location, max_concurrent_bookings,
            min_lead_minutes, max_advance_days, slot_interval_minutes, allow_waitlist, allow_queue, prepaid""";

    static final String VALUES = """
            :categoryId, :title, :comment, :apiId, :weight, :active, :duration, :priceMin, :priceMax, :discount,
            :bufferBefore, :bufferAfter, :technicalBreak, :bookingType, :allowCustomerBooking, :allowWalkIn,
            :requiresStaff, :customerMustSelectStaff, :useStaffFromLocation, :maxConcurrentBookings, :minLeadMinutes,
            :maxAdvanceDays, :slotIntervalMinutes, :allowWaitlist, :allowQueue, :prepaid""";

    static final String ASSIGNMENTS = """
            category_id = :categoryId, title = :title, comment = :comment, api_id = :apiId, weight = :weight,
            active = :active, duration_seconds = :duration, price_min = :priceMin, price_max = :priceMax,
            discount = :discount, buffer_before_seconds = :bufferBefore, buffer_after_seconds = :bufferAfter,
            technical_break_seconds = :technicalBreak, booking_type = :bookingType,
            allow_customer_booking = :allowCustomerBooking, allow_walk_in = :allowWalkIn,
            requires_staff = :requiresStaff, customer_must_select_staff = :customerMustSelectStaff,
            use_staff_from_location = :useStaffFromLocation, max_concurrent_bookings = :maxConcurrentBookings,
            min_lead_minutes = :minLeadMinutes, max_advance_days = :maxAdvanceDays,
            slot_interval_minutes = :slotIntervalMinutes, allow_waitlist = :allowWaitlist,
            allow_queue = :allowQueue, prepaid = :prepaid
            """;

    private ServiceRows() {}

    static ServiceDefinition definition(ResultSet rs) throws SQLException {
        Timing timing = new Timing(
                seconds(rs, "duration_seconds"),
                seconds(rs, "buffer_before_seconds"),
                seconds(rs, "buffer_after_seconds"),
                seconds(rs, "technical_break_seconds"));
        Pricing pricing =
                new Pricing(rs.getBigDecimal("price_min"), rs.getBigDecimal("price_max"), rs.getBigDecimal("discount"));
        BookingRules booking = new BookingRules(
                BookingType.valueOf(rs.getString("booking_type").toUpperCase(Locale.ROOT)),
                rs.getBoolean("allow_customer_booking"),
                rs.getBoolean("allow_walk_in"),
                rs.getBoolean("requires_staff"),
                rs.getBoolean("customer_must_select_staff"),
                rs.getBoolean("use_staff_from_location"),
                rs.getInt("max_concurrent_bookings"),
                (Integer) rs.getObject("min_lead_minutes"),
                (Integer) rs.getObject("max_advance_days"),
                (Integer) rs.getObject("slot_interval_minutes"),
                rs.getBoolean("allow_waitlist"),
                rs.getBoolean("allow_queue"));
        return new ServiceDefinition(
                (Long) rs.getObject("category_id"),
                rs.getString("title"),
                rs.getString("comment"),
                rs.getString("api_id"),
                rs.getInt("weight"),
                rs.getBoolean("active"),
                timing,
                pricing,
                booking,
                Prepaid.valueOf(rs.getString("prepaid").toUpperCase(Locale.ROOT)));
    }

    static MapSqlParameterSource params(ServiceDefinition d) {
        Timing t = d.timing();
        BookingRules b = d.booking();
        return new MapSqlParameterSource()
                .addValue("categoryId", d.categoryId())
                .addValue("title", d.title())
                .addValue("comment", d.comment())
                .addValue("apiId", d.apiId())
                .addValue("weight", d.weight())
                .addValue("active", d.active())
                .addValue("duration", t.duration().toSeconds())
                .addValue("bufferBefore", t.bufferBefore().toSeconds())
                .addValue("bufferAfter", t.bufferAfter().toSeconds())
                .addValue("technicalBreak", t.technicalBreak().toSeconds())
                .addValue("priceMin", d.pricing().min())
                .addValue("priceMax", d.pricing().max())
                .addValue("discount", d.pricing().discount())
                .addValue("bookingType", b.bookingType().wire())
                .addValue("allowCustomerBooking", b.allowCustomerBooking())
                .addValue("allowWalkIn", b.allowWalkIn())
                .addValue("requiresStaff", b.requiresStaff())
                .addValue("customerMustSelectStaff", b.customerMustSelectStaff())
                .addValue("useStaffFromLocation", b.useStaffFromLocation())
                .addValue("maxConcurrentBookings", b.maxConcurrentBookings())
                .addValue("minLeadMinutes", b.minLeadMinutes())
                .addValue("maxAdvanceDays", b.maxAdvanceDays())
                .addValue("slotIntervalMinutes", b.slotIntervalMinutes())
                .addValue("allowWaitlist", b.allowWaitlist())
                .addValue("allowQueue", b.allowQueue())
                .addValue("prepaid", d.prepaid().wire());
    }

    private static Duration seconds(ResultSet rs, String column) throws SQLException {
        return Duration.ofSeconds(rs.getLong(column));
    }
}
