package dev.kairos.events;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.booking.BookingWire;
import dev.kairos.web.Envelope;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Altegio's online booking of a group event seat (partner token). */
@RestController
@RequestMapping("/api/v1")
class EventBookingController {

    private final EventBooking events;
    private final Access access;

    EventBookingController(EventBooking events, Access access) {
        this.events = events;
        this.access = access;
    }

    /** A group event seat; 200 with {@code {id, hash}} as the wire documents. */
    @PostMapping("/activity/{locationId}/{eventId}/book")
    Envelope<EventBooking.Seated> bookEvent(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long eventId,
            @RequestBody BookingWire.EventBooking body) {
        access.requirePartner(caller, locationId);
        return Envelope.of(events.book(caller, locationId, eventId, body));
    }
}
