package dev.kairos.directory;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import dev.kairos.web.RefusalResponses;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
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
    Envelope<List<Assignment>> list(Caller caller, @PathVariable long chainId, @PathVariable long staffId) {
        List<Assignment> all = listed(assignments.ofMember(caller, chainId, staffId));
        return Envelope.counted(all, all.size());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<Assignment> add(
            Caller caller,
            @PathVariable long chainId,
            @PathVariable long staffId,
            @RequestBody(required = false) AssignmentBody body) {
        AssignmentBody sent = body == null ? new AssignmentBody(null, null, null) : body;
        return Envelope.of(saved(assignments.add(caller, chainId, staffId, sent)));
    }

    @DeleteMapping("/{id}")
    Envelope<Assignment> remove(
            Caller caller, @PathVariable long chainId, @PathVariable long staffId, @PathVariable long id) {
        return Envelope.of(saved(assignments.remove(caller, chainId, staffId, id)));
    }

    private static List<Assignment> listed(Assignments.Outcome outcome) {
        refuseIfRefused(outcome);
        return ((Assignments.Outcome.Listed) outcome).assignments();
    }

    private static Assignment saved(Assignments.Outcome outcome) {
        refuseIfRefused(outcome);
        return ((Assignments.Outcome.Saved) outcome).assignment();
    }

    private static void refuseIfRefused(Assignments.Outcome outcome) {
        if (outcome instanceof Assignments.Outcome.Refused refused) {
            throw RefusalResponses.exception(refused.refusal());
        }
    }
}
