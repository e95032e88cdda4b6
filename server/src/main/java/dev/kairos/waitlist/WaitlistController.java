package dev.kairos.waitlist;

import dev.kairos.auth.Caller;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.web.Envelope;
import dev.kairos.web.RefusalResponses;
import dev.kairos.wire.WireTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The waitlist API under {@code /api/v1/locations/{id}/waitlist}: list and join, and per entry
 * accept (the offer), book (staff, by hand) and cancel.
 */
@RestController
@RequestMapping("/api/v1/locations/{locationId}/waitlist")
class WaitlistController {

    private final Waitlist waitlist;

    WaitlistController(Waitlist waitlist) {
        this.waitlist = waitlist;
    }

    /** {@code accept} and {@code cancel}: the client's key (from their link); staff send none. */
    record KeyBody(String key) {}

    /** {@code book}: when, and with whom when the entry asks for any team member. */
    record BookBody(Object datetime, Long teamMemberId) {}

    @GetMapping
    ResponseEntity<Envelope<List<EntryView>>> list(
            Caller caller,
            @PathVariable long locationId,
            @RequestParam(name = "status", required = false) List<String> status) {
        List<EntryStatus> statuses = new ArrayList<>();
        for (String s : status == null ? List.<String>of() : status) {
            try {
                statuses.add(EntryStatus.fromDb(s));
            } catch (IllegalArgumentException e) {
                return RefusalResponses.of(
                        Refusal.invalid("status", "must be active, offered, fulfilled, cancelled or expired"));
            }
        }
        var zone = waitlist.location(locationId).zone();
        List<EntryView> views = waitlist.list(caller, locationId, statuses).stream()
                .map(e -> EntryView.of(e, zone))
                .toList();
        return ResponseEntity.ok(Envelope.counted(views, views.size()));
    }

    @PostMapping
    ResponseEntity<Envelope<EntryView>> join(
            Caller caller, @PathVariable long locationId, @RequestBody(required = false) WishBody body) {
        if (body == null) {
            return RefusalResponses.of(Refusal.malformed(Fault.of("refusal.json-body", "A JSON body is required")));
        }
        return answer(locationId, waitlist.join(caller, locationId, body), HttpStatus.CREATED);
    }

    @GetMapping("/{entryId}")
    ResponseEntity<Envelope<EntryView>> get(Caller caller, @PathVariable long locationId, @PathVariable long entryId) {
        var zone = waitlist.location(locationId).zone();
        return waitlist.find(caller, locationId, entryId)
                .<ResponseEntity<Envelope<EntryView>>>map(e -> ResponseEntity.ok(Envelope.of(EntryView.of(e, zone))))
                .orElseGet(() -> RefusalResponses.of(Refusal.notFound("Waitlist entry")));
    }

    @PostMapping("/{entryId}/accept")
    ResponseEntity<Envelope<EntryView>> accept(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long entryId,
            @RequestBody(required = false) KeyBody body) {
        return answer(
                locationId,
                waitlist.accept(caller, locationId, entryId, body == null ? null : body.key()),
                HttpStatus.OK);
    }

    @PostMapping("/{entryId}/book")
    ResponseEntity<Envelope<EntryView>> book(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long entryId,
            @RequestBody(required = false) BookBody body) {
        var zone = waitlist.location(locationId).zone();
        Instant start = body == null || body.datetime() == null
                ? null
                : WireTime.parseInstant("datetime", String.valueOf(body.datetime()), zone);
        return answer(
                locationId,
                waitlist.book(caller, locationId, entryId, start, body == null ? null : body.teamMemberId()),
                HttpStatus.OK);
    }

    @PostMapping("/{entryId}/cancel")
    ResponseEntity<Envelope<EntryView>> cancel(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long entryId,
            @RequestBody(required = false) KeyBody body) {
        String key = body == null || body.key() == null || body.key().isBlank() ? null : body.key();
        if (key == null && caller.user() == null) {
            return RefusalResponses.of(Refusal.invalid("key", Waitlist.KEY_REQUIRED));
        }
        return answer(locationId, waitlist.cancel(caller, locationId, entryId, key), HttpStatus.OK);
    }

    private ResponseEntity<Envelope<EntryView>> answer(long locationId, Waitlist.Result result, HttpStatus success) {
        if (result instanceof Waitlist.Result.Done done) {
            return ResponseEntity.status(success)
                    .body(Envelope.of(EntryView.of(
                            done.entry(), waitlist.location(locationId).zone())));
        }
        return RefusalResponses.of(((Waitlist.Result.Refused) result).refusal());
    }
}
