package dev.kairos.directory;

import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @GetMapping({"/company/{cid}/staff/positions", "/locations/{cid}/positions", "/positions/{cid}"})
    Envelope<List<Map<String, Object>>> list(Caller caller, @PathVariable long cid) {
        Location location = access.read(caller, cid);
        List<Map<String, Object>> all = positions.ofChain(location.chainId()).stream()
                .map(PositionController::view)
                .toList();
        return Envelope.counted(all, all.size());
    }

    @GetMapping({"/positions/{cid}/{id}", "/locations/{cid}/positions/{id}"})
    Envelope<?> get(Caller caller, @PathVariable long cid, @PathVariable long id) {
        if (id == 0) {
            return list(caller, cid);
        }
        Location location = access.read(caller, cid);
        return Envelope.of(
                view(positions.find(location.chainId(), id).orElseThrow(() -> ApiException.notFound("Position"))));
    }

    @PostMapping({"/company/{cid}/staff/positions", "/locations/{cid}/positions"})
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<Map<String, Object>> create(Caller caller, @PathVariable long cid, @RequestBody PositionRequest request) {
        if (request == null) {
            access.write(caller, cid, Right.MANAGE_STAFF);
            throw ApiException.badRequest("A JSON body is required");
        }
        return Envelope.of(view(team.addPosition(caller, cid, request.title(), request.apiId())));
    }

    private static Map<String, Object> view(Position p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", p.id());
        view.put("title", p.title());
        view.put("api_id", p.apiId());
        return view;
    }
}
