package dev.kairos.clients;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.web.RefusalResponses;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/locations/{id}/clients/{client_id}/merge}: merges duplicates into the client. */
@RestController
class ClientMergeController {

    private final ClientMerge merge;
    private final Access access;

    ClientMergeController(ClientMerge merge, Access access) {
        this.merge = merge;
        this.access = access;
    }

    /** The clients to merge into the one in the path. */
    record MergeRequest(List<Long> clientIds) {}

    /**
     * What a merge did.
     *
     * @param mergedIds the clients now merged into {@code id} and marked deleted
     * @param appointments how many appointments moved to {@code id}
     */
    record MergeResult(long id, List<Long> mergedIds, long appointments) {}

    @PostMapping("/api/v1/locations/{locationId}/clients/{clientId}/merge")
    ResponseEntity<Envelope<MergeResult>> merge(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long clientId,
            @RequestBody(required = false) MergeRequest body) {
        access.require(caller, locationId, Right.MANAGE_CLIENTS);
        if (body == null) {
            throw ApiException.invalid("client_ids", "is required");
        }
        ClientMerge.Outcome outcome = merge.merge(caller, locationId, clientId, body.clientIds());
        if (outcome instanceof ClientMerge.Outcome.Merged merged) {
            return ResponseEntity.ok(
                    Envelope.of(new MergeResult(merged.kept().id(), merged.merged(), merged.appointments())));
        }
        return RefusalResponses.of(((ClientMerge.Outcome.Refused) outcome).refusal());
    }
}
