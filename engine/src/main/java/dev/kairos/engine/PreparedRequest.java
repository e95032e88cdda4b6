package dev.kairos.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * A request resolved once for a date range: local hours turned into instant sets, free time per
 * member, the booking window as bounds. Slots are then stepped through without further set work.
 */
final class PreparedRequest {

    final AvailabilityRequest request;
    final ZoneTime zoneTime;
    final SlotGrid grid;
    final long earliestStart;
    final LocalDate lastBookableDate;
    final IntervalSet[] hours;
    final long bufferBefore;
    final long bufferAfter;
    final StaffPool staff;
    final List<ResourceNeed> resources;
    final ServiceCapacity capacity;

    private PreparedRequest(AvailabilityRequest request, DateRange dates) {
        this.request = request;
        this.zoneTime = new ZoneTime(request.location().zone());
        this.grid = new SlotGrid(
                request.location().openingHours(), zoneTime, request.slotStep().getSeconds());
        BookingWindow window = strictestWindow(request.services());
        this.earliestStart = IntervalSet.ceilSecond(request.now().plus(window.minLead()));
        this.lastBookableDate = zoneTime.dateOf(request.now()).plusDays(window.maxAdvanceDays());
        // A day before and after: night shifts start the day before, late slots end the day after.
        LocalDate from = dates.startInclusive().minusDays(1);
        LocalDate to = dates.endInclusive().plusDays(1);
        this.hours = serviceHours(request, zoneTime, from, to);
        List<ServiceSpec> services = request.services();
        this.bufferBefore = services.get(0).bufferBefore().getSeconds();
        this.bufferAfter = services.get(services.size() - 1).bufferAfter().getSeconds();
        this.staff = StaffPool.of(request, zoneTime, from, to);
        this.resources = ResourceNeed.of(services, request.resourceInstances());
        this.capacity = ServiceCapacity.of(services, request.serviceBookings());
    }

    static PreparedRequest of(AvailabilityRequest request, DateRange dates) {
        return new PreparedRequest(request, dates);
    }

    boolean isBookableDate(LocalDate date) {
        return !date.isAfter(lastBookableDate);
    }

    private static BookingWindow strictestWindow(List<ServiceSpec> services) {
        return services.stream()
                .map(ServiceSpec::bookingWindow)
                .reduce(BookingWindow::strictest)
                .orElseThrow();
    }

    /** Per service: the location's opening hours within the service's own hours. */
    private static IntervalSet[] serviceHours(
            AvailabilityRequest request, ZoneTime zoneTime, LocalDate from, LocalDate to) {
        IntervalSet opening = zoneTime.resolve(request.location().openingHours(), from, to);
        return request.services().stream()
                .map(service -> opening.intersect(zoneTime.resolve(service.hours(), from, to)))
                .toArray(IntervalSet[]::new);
    }
}
