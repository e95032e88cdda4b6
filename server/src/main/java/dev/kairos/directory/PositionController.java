package dev.kairos.directory;

import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Positions of the location's chain: {@code /company/{cid}/staff/positions},
 * {@code /locations/{id}/positions} and Altegio's {@code /positions/{cid}[/{id}]}.
 */
@RestController
@RequestMapping("/api/v1")
class PositionController {

    private final Positions positions;
    private final DirectoryAccess access;
    private final TeamAdmin team;

    PositionController(Positions positions, DirectoryAccess access, TeamAdmin team) {
        this.positions = positions;
        this.access = access;
        this.team = team;
    }

    record PositionRequest(String title, String apiId) {}

    /** A position on the wire: {@code {id, title, api_id}}. */
    record PositionView(long id, String title, String apiId) {

        static PositionView of(Position p) {
            return new PositionView(p.id(), p.title(), p.apiId());
        }
    }

    /** The chain's positions; an id of 0 in the one-position paths is Altegio's way to ask for all of them. */
    @GetMapping({
        "/company/{cid}/staff/positions",
        "/locations/{cid}/positions",
        "/positions/{cid}",
        "/positions/{cid}/0",
        "/locations/{cid}/positions/0"
    })
    Envelope<List<PositionView>> list(Caller caller, @PathVariable long cid) {
        Location location = access.read(caller, cid);
        List<PositionView> all = positions.ofChain(location.chainId()).stream()
                .map(PositionView::of)
                .toList();
        return Envelope.counted(all, all.size());
    }

    @GetMapping({"/positions/{cid}/{id}", "/locations/{cid}/positions/{id}"})
    Envelope<PositionView> get(Caller caller, @PathVariable long cid, @PathVariable long id) {
        Location location = access.read(caller, cid);
        return Envelope.of(PositionView.of(
                positions.find(location.chainId(), id).orElseThrow(() -> ApiException.notFound("Position"))));
    }

    @PostMapping({"/company/{cid}/staff/positions", "/locations/{cid}/positions"})
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<PositionView> create(Caller caller, @PathVariable long cid, @RequestBody PositionRequest request) {
        if (request == null) {
            access.write(caller, cid, Right.MANAGE_STAFF);
            throw ApiException.badRequest("A JSON body is required");
        }
        return Envelope.of(PositionView.of(team.addPosition(caller, cid, request.title(), request.apiId())));
    }
}
