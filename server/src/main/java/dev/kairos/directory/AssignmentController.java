package dev.kairos.directory;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import dev.kairos.web.RefusalResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A team member's assignments to the locations of her chain, under
 * {@code /api/v1/groups/{chain_id}/staff/{staff_id}/assignments} (Altegio calls a chain a group):
 * list, add ({@code location_id}, {@code start_date}, {@code end_date}) and remove.
 */
@RestController
@RequestMapping("/api/v1/groups/{chainId}/staff/{staffId}/assignments")
class AssignmentController {

    private final Assignments assignments;

    AssignmentController(Assignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping
    ResponseEntity<?> list(Caller caller, @PathVariable long chainId, @PathVariable long staffId) {
        return answer(assignments.ofMember(caller, chainId, staffId), HttpStatus.OK);
    }

    @PostMapping
    ResponseEntity<?> add(
            Caller caller,
            @PathVariable long chainId,
            @PathVariable long staffId,
            @RequestBody(required = false) AssignmentBody body) {
        AssignmentBody sent = body == null ? new AssignmentBody(null, null, null) : body;
        return answer(assignments.add(caller, chainId, staffId, sent), HttpStatus.CREATED);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<?> remove(
            Caller caller, @PathVariable long chainId, @PathVariable long staffId, @PathVariable long id) {
        return answer(assignments.remove(caller, chainId, staffId, id), HttpStatus.OK);
    }

    private static ResponseEntity<?> answer(Assignments.Outcome outcome, HttpStatus success) {
        if (outcome instanceof Assignments.Outcome.Listed listed) {
            return ResponseEntity.ok(
                    Envelope.counted(listed.assignments(), listed.assignments().size()));
        }
        if (outcome instanceof Assignments.Outcome.Saved saved) {
            return ResponseEntity.status(success).body(Envelope.of(saved.assignment()));
        }
        return RefusalResponses.of(((Assignments.Outcome.Refused) outcome).refusal());
    }
}
