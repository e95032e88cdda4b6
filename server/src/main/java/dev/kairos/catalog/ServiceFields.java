package dev.kairos.catalog;

import dev.kairos.refusal.Fault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Lays a {@link ServiceRequest} over a service's current definition (or the defaults) and validates the result. */
final class ServiceFields {

    private static final ServiceDefinition DEFAULTS = new ServiceDefinition(
            null,
            "-",
            "",
            "",
            0,
            true,
            Timing.of(Duration.ofHours(1)),
            Pricing.free(),
            BookingRules.defaults(),
            Prepaid.FORBIDDEN);

    private final Map<String, List<Fault>> errors = new LinkedHashMap<>();

    private ServiceFields() {}

    /** What a new service is before a request changes it (its title still to be given). */
    static ServiceDefinition defaults() {
        return DEFAULTS;
    }

    /**
     * The definition {@code r} asks for.
     *
     * @param base the current definition, or null for a new service (then {@code title} is required)
     * @throws ServiceRuleViolation with every broken rule at once
     */
    static ServiceDefinition from(ServiceRequest r, ServiceDefinition base) {
        return new ServiceFields().build(r, base);
    }

    private ServiceDefinition build(ServiceRequest r, ServiceDefinition base) {
        ServiceDefinition b = base == null ? DEFAULTS : base;
        Timing timing = attempt(() -> timing(r, b.timing()));
        Pricing pricing = attempt(() -> pricing(r, b.pricing(), base == null));
        BookingRules booking = attempt(() -> booking(r, b.booking()));
        Prepaid prepaid = r.prepaid() == null
                ? b.prepaid()
                : Prepaid.fromWire(r.prepaid())
                        .orElseGet(() -> reject(
                                "prepaid",
                                Fault.oneOf("forbidden, allowed, required")
                                        .saying("prepaid must be one of forbidden, allowed, required")));
        String title = base == null ? r.title() : pick(r.title(), base.title());
        String apiId = r.apiId() != null ? r.apiId() : pick(r.apiServiceId(), b.apiId());
        Long category = r.categoryId() == null ? b.categoryId() : r.categoryId() == 0 ? null : r.categoryId();
        ServiceDefinition result = attempt(() -> new ServiceDefinition(
                category,
                title,
                pick(r.comment(), b.comment()),
                apiId,
                pick(r.weight(), b.weight()),
                pick(r.active(), b.active()),
                pick(timing, b.timing()),
                pick(pricing, b.pricing()),
                pick(booking, b.booking()),
                pick(prepaid, b.prepaid())));
        if (!errors.isEmpty()) {
            throw new ServiceRuleViolation(errors);
        }
        return result;
    }

    private static Timing timing(ServiceRequest r, Timing b) {
        return new Timing(
                seconds(r.duration(), b.duration()),
                seconds(r.bufferBefore(), b.bufferBefore()),
                seconds(r.bufferAfter(), b.bufferAfter()),
                seconds(r.technicalBreakDuration(), b.technicalBreak()));
    }

    /** On create, a lone price_min is a fixed price. */
    private static Pricing pricing(ServiceRequest r, Pricing b, boolean creating) {
        BigDecimal max =
                r.priceMax() != null ? r.priceMax() : creating && r.priceMin() != null ? r.priceMin() : b.max();
        return new Pricing(pick(r.priceMin(), b.min()), max, pick(r.discount(), b.discount()));
    }

    private BookingRules booking(ServiceRequest r, BookingRules b) {
        BookingType type = r.bookingType() == null
                ? b.bookingType()
                : BookingType.fromWire(r.bookingType())
                        .orElseGet(
                                () -> reject(
                                        "booking_type",
                                        Fault.oneOf("instant, approval_required, walk_in_only")
                                                .saying(
                                                        "booking_type must be one of instant, approval_required, walk_in_only")));
        boolean customerBooking = r.allowCustomerBooking() != null
                ? r.allowCustomerBooking()
                : pick(r.serviceType(), b.allowCustomerBooking());
        return new BookingRules(
                type == null ? b.bookingType() : type,
                customerBooking,
                pick(r.allowWalkIn(), b.allowWalkIn()),
                pick(r.requiresStaff(), b.requiresStaff()),
                pick(r.customerMustSelectStaff(), b.customerMustSelectStaff()),
                pick(r.useStaffFromLocation(), b.useStaffFromLocation()),
                pick(r.maxConcurrentBookings(), b.maxConcurrentBookings()),
                pick(r.minLeadMinutes(), b.minLeadMinutes()),
                pick(r.maxAdvanceDays(), b.maxAdvanceDays()),
                pick(r.slotIntervalMinutes(), b.slotIntervalMinutes()),
                pick(r.allowWaitlist(), b.allowWaitlist()),
                pick(r.allowQueue(), b.allowQueue()));
    }

    private <T> T attempt(Supplier<T> build) {
        try {
            return build.get();
        } catch (ServiceRuleViolation e) {
            e.refusal().faults().forEach((field, faults) -> errors.computeIfAbsent(field, f -> new ArrayList<>())
                    .addAll(faults));
            return null;
        }
    }

    private <T> T reject(String field, Fault fault) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(fault);
        return null;
    }

    private static Duration seconds(Integer given, Duration fallback) {
        return given == null ? fallback : Duration.ofSeconds(given);
    }

    private static <T> T pick(T given, T fallback) {
        return Optional.ofNullable(given).orElse(fallback);
    }
}
