package dev.kairos.availability;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.directory.TeamMemberView;
import dev.kairos.engine.Slot;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.wire.WireTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Omneo-style availability of one service (appointment definition): the slots of a date, of a
 * range of at most 31 days, and the team members who can take it.
 */
@RestController
@RequestMapping("/api/v1/locations/{locationId}/services/{serviceId}")
class DefinitionAvailabilityController {

    private final Access access;
    private final Availability availability;
    private final OnlineCatalog catalog;
    private final Clock clock;

    DefinitionAvailabilityController(Access access, Availability availability, OnlineCatalog catalog, Clock clock) {
        this.access = access;
        this.availability = availability;
        this.catalog = catalog;
        this.clock = clock;
    }

    record SlotsRequest(String date, String startDate, String endDate, Long staffId) {}

    @PostMapping("/available-slots")
    Envelope<Map<String, Object>> slots(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long serviceId,
            @RequestBody SlotsRequest body) {
        access.requirePartner(caller, locationId);
        LocalDate date = required(body.date(), "date");
        if (walkInOnly(locationId, serviceId)) {
            return Envelope.of(Map.of("date", date.toString(), "booking_type", "walk_in_only", "slots", List.of()));
        }
        Offer offer = prepare(locationId, serviceId, body.staffId(), date, date);
        List<Slot> slots = availability.slots(offer, date);
        Map<String, Object> data = header(offer, locationId, serviceId, body.staffId());
        data.put("date", date.toString());
        data.put(
                "slots",
                SlotView.distinctStarts(slots).stream()
                        .map(s -> WireTime.iso(s.start(), offer.zone()))
                        .toList());
        data.put(
                "slot_details",
                slots.stream().map(s -> SlotView.detailed(s, offer.zone())).toList());
        return Envelope.of(data, meta(offer));
    }

    @PostMapping("/available-slots-range")
    Envelope<Map<String, Object>> range(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long serviceId,
            @RequestBody SlotsRequest body) {
        access.requirePartner(caller, locationId);
        LocalDate from = required(body.startDate(), "start_date");
        LocalDate to = required(body.endDate(), "end_date");
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 30) {
            throw ApiException.invalid("end_date", "must be on or after start_date and at most 31 days in all");
        }
        Offer offer = prepare(locationId, serviceId, body.staffId(), from, to);
        Map<String, List<String>> byDate = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDate.put(
                    d.toString(),
                    SlotView.distinctStarts(availability.slots(offer, d)).stream()
                            .map(s -> WireTime.iso(s.start(), offer.zone()))
                            .toList());
        }
        Map<String, Object> data = header(offer, locationId, serviceId, body.staffId());
        data.put("start_date", from.toString());
        data.put("end_date", to.toString());
        data.put("dates", byDate);
        return Envelope.of(data, meta(offer));
    }

    /** A team member who performs the service, and whether the member has a free slot on the date. */
    record AvailableStaff(@JsonUnwrapped TeamMemberView.ForBooking staff, boolean available) {}

    @PostMapping("/available-staff")
    Envelope<List<AvailableStaff>> staff(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long serviceId,
            @RequestBody SlotsRequest body) {
        access.requirePartner(caller, locationId);
        LocalDate date = body.date() == null ? null : WireTime.parseDate("date", body.date());
        LocalDate from = date != null ? date : LocalDate.now(clock);
        Offer offer = prepare(locationId, serviceId, null, from, from);
        List<AvailableStaff> out = new ArrayList<>();
        catalog.staff(offer.teamMembers()).forEach((id, view) -> {
            if (offer.performs(id)) {
                out.add(new AvailableStaff(
                        view, !availability.slots(offer.withMember(id), from).isEmpty()));
            }
        });
        return Envelope.of(out);
    }

    /** Omneo offers a walk-in-only definition no slots; clients join the walk-in queue instead. */
    private boolean walkInOnly(long locationId, long serviceId) {
        return availability.serviceRules(locationId, List.of(serviceId)).stream()
                .anyMatch(s -> "walk_in_only".equals(s.bookingType()));
    }

    private Offer prepare(long locationId, long serviceId, Long staffId, LocalDate from, LocalDate to) {
        return availability.prepare(
                AvailabilityQuery.online(locationId, List.of(serviceId), staffId == null ? 0 : staffId, from, to),
                clock.instant());
    }

    private static LocalDate required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "is required");
        }
        return WireTime.parseDate(field, value);
    }

    private static Map<String, Object> header(Offer offer, long locationId, long serviceId, Long staffId) {
        ServiceRules s = offer.services().get(0);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("timezone", offer.zone().getId());
        data.put("appointment_definition_id", serviceId);
        data.put("location_id", locationId);
        data.put("requires_staff", s.requiresStaff());
        data.put("customer_must_select_staff", s.customerMustSelectStaff());
        data.put("assigned_staff_required", s.customerMustSelectStaff());
        data.put("staff", staffId == null || staffId == 0 ? null : Map.of("id", staffId));
        return data;
    }

    private static Map<String, Object> meta(Offer offer) {
        ServiceRules s = offer.services().get(0);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("slot_interval_minutes", offer.request().slotStep().toMinutes());
        meta.put("duration_minutes", s.durationSeconds() / 60);
        meta.put("buffer_before_minutes", s.bufferBeforeSeconds() / 60);
        meta.put("buffer_after_minutes", s.bufferAfterSeconds() / 60);
        meta.put(
                "min_lead_minutes",
                s.minLeadMinutes() != null
                        ? s.minLeadMinutes()
                        : offer.location().minLeadMinutes());
        meta.put(
                "max_advance_days",
                s.maxAdvanceDays() != null
                        ? s.maxAdvanceDays()
                        : offer.location().maxAdvanceDays());
        meta.put("max_concurrent_bookings", s.maxConcurrentBookings());
        return meta;
    }
}
