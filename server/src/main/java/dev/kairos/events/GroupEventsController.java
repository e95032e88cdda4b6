package dev.kairos.events;

import dev.kairos.auth.Caller;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.web.Envelope;
import dev.kairos.web.RefusalResponses;
import dev.kairos.wire.WireTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Group events under Altegio's {@code /activity/{location_id}} and Kairos's
 * {@code /locations/{location_id}/events}: list by date range, read, create, change (what is not
 * sent stays) and cancel. Seats are booked with {@code POST /activity/{location_id}/{id}/book}.
 */
@RestController
@RequestMapping("/api/v1")
class GroupEventsController {

    /** The longest range one list covers. */
    private static final int MAX_DAYS = 366;

    private final GroupEvents events;
    private final Clock clock;

    GroupEventsController(GroupEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @GetMapping({"/activity/{locationId}/search", "/locations/{locationId}/events"})
    ResponseEntity<Envelope<List<EventWire.View>>> list(
            Caller caller,
            @PathVariable long locationId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String till,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate) {
        LocalDate first = from != null
                ? WireTime.parseDate("from", from)
                : startDate != null ? WireTime.parseDate("start_date", startDate) : LocalDate.now(clock);
        LocalDate last = till != null
                ? WireTime.parseDate("till", till)
                : endDate != null ? WireTime.parseDate("end_date", endDate) : first.plusDays(30);
        if (last.isBefore(first) || last.isAfter(first.plusDays(MAX_DAYS))) {
            return RefusalResponses.of(Refusal.invalid(
                    "till",
                    Fault.of(
                            "fault.till-range",
                            "must be on or after from, and at most " + MAX_DAYS + " days later",
                            MAX_DAYS)));
        }
        List<EventWire.View> all = events.list(caller, locationId, first, last);
        return ResponseEntity.ok(Envelope.counted(all, all.size()));
    }

    @GetMapping({"/activity/{locationId}/{eventId}", "/locations/{locationId}/events/{eventId}"})
    ResponseEntity<Envelope<EventWire.View>> one(
            Caller caller, @PathVariable long locationId, @PathVariable long eventId) {
        return events.find(caller, locationId, eventId)
                .map(e -> ResponseEntity.ok(Envelope.of(e)))
                .orElseGet(() -> RefusalResponses.of(Refusal.notFound("Event")));
    }

    @GetMapping("/locations/{locationId}/events/{eventId}/attendees")
    ResponseEntity<Envelope<List<EventWire.Attendee>>> attendees(
            Caller caller, @PathVariable long locationId, @PathVariable long eventId) {
        if (events.find(caller, locationId, eventId).isEmpty()) {
            return RefusalResponses.of(Refusal.notFound("Event"));
        }
        List<EventWire.Attendee> all = events.attendees(caller, locationId, eventId);
        return ResponseEntity.ok(Envelope.counted(all, all.size()));
    }

    @PostMapping({"/activity/{locationId}", "/locations/{locationId}/events"})
    ResponseEntity<Envelope<EventWire.View>> create(
            Caller caller, @PathVariable long locationId, @RequestBody(required = false) EventWire.Body body) {
        return answer(events.create(caller, locationId, orEmpty(body)), HttpStatus.CREATED);
    }

    @PutMapping({"/activity/{locationId}/{eventId}", "/locations/{locationId}/events/{eventId}"})
    ResponseEntity<Envelope<EventWire.View>> update(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long eventId,
            @RequestBody(required = false) EventWire.Body body) {
        return answer(events.update(caller, locationId, eventId, orEmpty(body)), HttpStatus.OK);
    }

    @DeleteMapping({"/activity/{locationId}/{eventId}", "/locations/{locationId}/events/{eventId}"})
    ResponseEntity<Envelope<EventWire.View>> cancel(
            Caller caller, @PathVariable long locationId, @PathVariable long eventId) {
        return answer(events.cancel(caller, locationId, eventId), HttpStatus.OK);
    }

    private static ResponseEntity<Envelope<EventWire.View>> answer(GroupEvents.Outcome outcome, HttpStatus success) {
        if (outcome instanceof GroupEvents.Outcome.Saved saved) {
            return ResponseEntity.status(success).body(Envelope.of(saved.event()));
        }
        return RefusalResponses.of(((GroupEvents.Outcome.Refused) outcome).refusal());
    }

    private static EventWire.Body orEmpty(EventWire.Body body) {
        return body == null ? EventWire.Body.empty() : body;
    }
}
