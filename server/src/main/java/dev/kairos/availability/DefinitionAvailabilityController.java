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
    Envelope<DaySlots> slots(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long serviceId,
            @RequestBody SlotsRequest body) {
        access.requirePartner(caller, locationId);
        LocalDate date = required(body.date(), "date");
        if (walkInOnly(locationId, serviceId)) {
            return Envelope.of(new DaySlots.WalkInOnly(date.toString()));
        }
        Offer offer = prepare(locationId, serviceId, body.staffId(), date, date);
        List<Slot> slots = availability.slots(offer, date);
        List<SlotDetail> details = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            details.add(SlotDetail.of(slot, offer.zone()));
        }
        DaySlots open = new DaySlots.Open(
                DefinitionHeader.of(offer, locationId, serviceId, body.staffId()),
                date.toString(),
                isoStarts(offer, slots),
                details);
        return Envelope.of(open, SlotRules.of(offer));
    }

    @PostMapping("/available-slots-range")
    Envelope<RangeSlots> range(
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
            byDate.put(d.toString(), isoStarts(offer, availability.slots(offer, d)));
        }
        RangeSlots range = new RangeSlots(
                DefinitionHeader.of(offer, locationId, serviceId, body.staffId()),
                from.toString(),
                to.toString(),
                byDate);
        return Envelope.of(range, SlotRules.of(offer));
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

    /** Each start once, with its offset. */
    private static List<String> isoStarts(Offer offer, List<Slot> slots) {
        List<Slot> starts = SlotView.distinctStarts(slots);
        List<String> iso = new ArrayList<>(starts.size());
        for (Slot slot : starts) {
            iso.add(WireTime.iso(slot.start(), offer.zone()));
        }
        return iso;
    }
}
