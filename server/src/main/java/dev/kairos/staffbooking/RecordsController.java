package dev.kairos.staffbooking;

import dev.kairos.appointments.EntityTags;
import dev.kairos.appointments.RecordVersions;
import dev.kairos.appointments.RecordViews;
import dev.kairos.auth.Caller;
import dev.kairos.booking.BookingRequests;
import dev.kairos.booking.RecordWire;
import dev.kairos.booking.Transition;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.web.RefusalResponses;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The write side of Altegio's records API for staff and integrations (partner and user token):
 * create, full update and delete, in the legacy ({@code /records}, {@code /record}) and the
 * canonical ({@code /locations/{id}/appointments}) spellings; and Kairos' lifecycle moves and bulk
 * delete under the canonical path. The list and the record are read in {@code appointments}.
 */
@RestController
@RequestMapping("/api/v1")
class RecordsController {

    private final RecordViews views;
    private final RecordVersions versions;
    private final StaffBooking booking;
    private final Lifecycle lifecycle;
    private final Deletions deletions;
    private final BookingRequests requests;

    RecordsController(
            RecordViews views,
            RecordVersions versions,
            StaffBooking booking,
            Lifecycle lifecycle,
            Deletions deletions,
            BookingRequests requests) {
        this.views = views;
        this.versions = versions;
        this.booking = booking;
        this.lifecycle = lifecycle;
        this.deletions = deletions;
        this.requests = requests;
    }

    @PostMapping({"/records/{locationId}", "/locations/{locationId}/appointments"})
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<RecordViews.RecordView> create(
            Caller caller, @PathVariable long locationId, @RequestBody RecordWire.Record body) {
        long id = saved(booking.create(caller, locationId, body));
        return Envelope.of(view(locationId, id, RecordViews.Include.NONE), Map.of("message", "Created"));
    }

    /**
     * The keys the body names replace the appointment's; the others keep their value (a full body
     * replaces all). With {@code If-Match} naming the versions read ({@code "3"}, or {@code *}), a
     * record changed meanwhile is refused with 412 and left as it is.
     */
    @PutMapping({"/record/{locationId}/{recordId}", "/locations/{locationId}/appointments/{recordId}"})
    ResponseEntity<Envelope<RecordViews.RecordView>> replace(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long recordId,
            @RequestBody JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        saved(booking.update(caller, locationId, recordId, body, EntityTags.matcher(ifMatch)));
        return tagged(locationId, recordId).body(Envelope.of(view(locationId, recordId, RecordViews.Include.NONE)));
    }

    /** The saved appointment's id; a refusal answered as the error envelope. */
    private static long saved(StaffBooking.Outcome outcome) {
        if (outcome instanceof StaffBooking.Outcome.Refused refused) {
            throw RefusalResponses.exception(refused.refusal());
        }
        return ((StaffBooking.Outcome.Saved) outcome).id();
    }

    private ResponseEntity.BodyBuilder tagged(long locationId, long recordId) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        versions.entityTag(locationId, recordId).ifPresent(ok::eTag);
        return ok;
    }

    /**
     * Deleting is cancelling: the appointment stays readable with {@code with_deleted}. 204 as Altegio
     * answers, also when it was already deleted.
     */
    @DeleteMapping({"/record/{locationId}/{recordId}", "/locations/{locationId}/appointments/{recordId}"})
    ResponseEntity<Void> delete(Caller caller, @PathVariable long locationId, @PathVariable long recordId) {
        lifecycle.delete(caller, locationId, recordId).orThrow();
        return ResponseEntity.noContent().build();
    }

    /** Deletes several appointments, each on its own: the answer says, per id, deleted or refused and why. */
    @PostMapping("/locations/{locationId}/appointments/bulk_delete")
    Envelope<List<Deletions.Deletion>> bulkDelete(
            Caller caller, @PathVariable long locationId, @RequestBody RecordWire.BulkDelete body) {
        List<Deletions.Deletion> results = deletions.deleteEach(caller, locationId, body.ids());
        long deleted = results.stream().filter(Deletions.Deletion::deleted).count();
        return Envelope.of(results, Map.of("deleted", deleted, "refused", results.size() - deleted));
    }

    /** A lifecycle move: confirm, reject, client_confirm, arrive, complete, no_show, wait or cancel. */
    @PostMapping("/locations/{locationId}/appointments/{recordId}/{transition}")
    Envelope<RecordViews.RecordView> transition(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long recordId,
            @PathVariable String transition) {
        Transition move = Transition.ofWireName(transition)
                .orElseThrow(() -> ApiException.notFound("Transition '" + transition + "'"));
        lifecycle.apply(caller, locationId, recordId, move).orThrow();
        return Envelope.of(view(locationId, recordId, RecordViews.Include.NONE));
    }

    private RecordViews.RecordView view(long locationId, long recordId, RecordViews.Include include) {
        return views.find(locationId, recordId)
                .orElseThrow(() -> ApiException.notFound("Record"))
                .record(include);
    }
}
