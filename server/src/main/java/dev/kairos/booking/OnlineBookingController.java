package dev.kairos.booking;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The write side of Altegio's online booking and the client cabinet (partner token). */
@RestController
@RequestMapping("/api/v1")
class OnlineBookingController {

    private final OnlineBooking booking;
    private final EventBooking events;
    private final ClientChanges changes;
    private final UserRecords records;
    private final Access access;
    private final JsonMapper json;

    OnlineBookingController(
            OnlineBooking booking,
            EventBooking events,
            ClientChanges changes,
            UserRecords records,
            Access access,
            JsonMapper json) {
        this.booking = booking;
        this.events = events;
        this.changes = changes;
        this.records = records;
        this.access = access;
        this.json = json;
    }

    /** Accepts the documented wrapper {@code {"appointments":[...]}} or the bare array PHP clients send. */
    @PostMapping("/book_check/{locationId}")
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<Object> check(Caller caller, @PathVariable long locationId, @RequestBody JsonNode body) {
        access.requirePartner(caller, locationId);
        JsonNode list = body.isArray() ? body : body.get("appointments");
        if (list == null || !list.isArray()) {
            throw ApiException.badRequest("Send {\"appointments\": [...]} or an array of appointments");
        }
        List<BookingWire.Appointment> appointments = List.of(json.treeToValue(list, BookingWire.Appointment[].class));
        booking.check(locationId, appointments);
        return Envelope.created();
    }

    @PostMapping("/book_record/{locationId}")
    ResponseEntity<String> record(
            Caller caller,
            @PathVariable long locationId,
            @RequestBody BookingWire.Record body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        OnlineBooking.Outcome outcome = booking.book(caller, locationId, body, blankToNull(idempotencyKey));
        return ResponseEntity.status(outcome.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(outcome.body());
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

    @GetMapping("/book_record/{locationId}/{recordId}/{hash}")
    Envelope<UserRecords.UserRecord> view(
            Caller caller, @PathVariable long locationId, @PathVariable long recordId, @PathVariable String hash) {
        changes.authorised(caller, recordId, hash, locationId);
        return Envelope.of(records.find(recordId).orElseThrow());
    }

    @PutMapping({"/book_record/{locationId}/{recordId}", "/book_record/{locationId}/{recordId}/{hash}"})
    Envelope<UserRecords.UserRecord> reschedule(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long recordId,
            @PathVariable(required = false) String hash,
            @RequestParam(name = "record_hash", required = false) String queryHash,
            @RequestBody BookingWire.Reschedule body) {
        String proof = hash != null ? hash : queryHash != null ? queryHash : body.recordHash();
        changes.reschedule(caller, locationId, recordId, body, proof);
        return Envelope.of(records.find(recordId).orElseThrow());
    }

    @GetMapping({"/user/records/{recordId}/{hash}", "/user/records/{recordId}"})
    Envelope<List<UserRecords.UserRecord>> cabinet(
            Caller caller, @PathVariable long recordId, @PathVariable(required = false) String hash) {
        changes.authorised(caller, recordId, hash, null);
        return Envelope.of(List.of(records.find(recordId).orElseThrow()));
    }

    @DeleteMapping({"/user/records/{recordId}/{hash}", "/user/records/{recordId}"})
    Envelope<Object> cancel(Caller caller, @PathVariable long recordId, @PathVariable(required = false) String hash) {
        changes.cancel(caller, recordId, hash);
        return Envelope.of(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
