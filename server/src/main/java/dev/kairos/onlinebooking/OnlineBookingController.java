package dev.kairos.onlinebooking;

import dev.kairos.appointments.UserRecords;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.booking.BookingWire;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.web.Envelope;
import dev.kairos.web.NoData;
import dev.kairos.web.RefusalResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The write side of Altegio's online booking and the client cabinet (partner token). */
@RestController
@RequestMapping("/api/v1")
class OnlineBookingController {

    /** A book_record's answer, as stored for a retry with its key and read back for it. */
    private static final TypeReference<Envelope<List<OnlineBooking.BookedAppointment>>> BOOKED =
            new TypeReference<>() {};

    private final OnlineBooking booking;
    private final ClientChanges changes;
    private final UserRecords records;
    private final Access access;
    private final JsonMapper json;

    OnlineBookingController(
            OnlineBooking booking, ClientChanges changes, UserRecords records, Access access, JsonMapper json) {
        this.booking = booking;
        this.changes = changes;
        this.records = records;
        this.access = access;
        this.json = json;
    }

    /** Accepts the documented wrapper {@code {"appointments":[...]}} or the bare array PHP clients send. */
    @PostMapping("/book_check/{locationId}")
    @Operation(
            summary = "Check that every appointment could be booked now, booking none",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "The wrapper, or the bare array of appointments",
                            content = @Content(schema = @Schema(implementation = BookingWire.Check.class))),
            responses =
                    @ApiResponse(
                            responseCode = "201",
                            description = "Every appointment could be booked: no data, meta.message \"Created\""))
    ResponseEntity<Envelope<NoData>> check(Caller caller, @PathVariable long locationId, @RequestBody JsonNode body) {
        access.requirePartner(caller, locationId);
        JsonNode list = body.isArray() ? body : body.get("appointments");
        if (list == null || !list.isArray()) {
            return RefusalResponses.of(Refusal.malformed(Fault.of(
                    "refusal.booking-body",
                    "Send {\"appointments\": [...]} or an array of appointments",
                    "{\"appointments\": [...]}")));
        }
        List<BookingWire.Appointment> appointments = List.of(json.treeToValue(list, BookingWire.Appointment[].class));
        return booking.check(locationId, appointments)
                .<ResponseEntity<Envelope<NoData>>>map(RefusalResponses::of)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CREATED).body(Envelope.created()));
    }

    @PostMapping("/book_record/{locationId}")
    @Operation(
            summary = "Book online: the client and one or more appointments, all or none",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = BookingWire.Record.class),
                                            examples = @ExampleObject("""
                                    {"phone": "+4915112345678", "fullname": "Jonas Weber", "email": "jonas@example.com",
                                     "comment": "", "notify_by_sms": 1, "notify_by_email": 1,
                                     "appointments": [{"id": 1, "services": [12], "staff_id": 5,
                                     "datetime": "2026-03-02T10:00:00+01:00"}]}"""))),
            responses =
                    @ApiResponse(
                            responseCode = "201",
                            description = "Each appointment of the request (its id) with the record made for it"))
    ResponseEntity<Envelope<List<OnlineBooking.BookedAppointment>>> record(
            Caller caller,
            @PathVariable long locationId,
            @RequestBody BookingWire.Record body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        OnlineBooking.Result result = booking.book(caller, locationId, body, blankToNull(idempotencyKey), this::answer);
        if (result instanceof OnlineBooking.Result.Refused refused) {
            return RefusalResponses.of(refused.refusal());
        }
        if (result instanceof OnlineBooking.Result.Replayed replayed) {
            return ResponseEntity.status(replayed.status()).body(json.readValue(replayed.body(), BOOKED));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Envelope.of(((OnlineBooking.Result.Booked) result).appointments()));
    }

    /** The answer to a book_record that booked: the same for the first request and a retry with its key. */
    private String answer(List<OnlineBooking.BookedAppointment> appointments) {
        return json.writeValueAsString(Envelope.of(appointments));
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
    Envelope<NoData> cancel(Caller caller, @PathVariable long recordId, @PathVariable(required = false) String hash) {
        changes.cancel(caller, recordId, hash);
        return Envelope.empty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
