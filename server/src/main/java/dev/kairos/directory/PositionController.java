package dev.kairos.directory;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.web.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
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
    private final ActivityLog activity;

    PositionController(Positions positions, DirectoryAccess access, ActivityLog activity) {
        this.positions = positions;
        this.access = access;
        this.activity = activity;
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
    @Transactional
    Envelope<Map<String, Object>> create(Caller caller, @PathVariable long cid, @RequestBody PositionRequest request) {
        Location location = access.write(caller, cid, Right.MANAGE_STAFF);
        if (request == null) {
            throw ApiException.badRequest("A JSON body is required");
        }
        String title = request.title() == null ? null : request.title().strip();
        new Validation()
                .required(title, "title")
                .check(title == null || title.length() <= 200, "title", "is longer than 200 characters")
                .orThrow();
        String apiId = request.apiId() == null ? "" : request.apiId();
        long id = positions.insert(location.chainId(), title, apiId);
        activity.record(cid, caller, "created", "position", id, Map.of("title", title));
        return Envelope.of(view(new Position(id, location.chainId(), title, apiId)));
    }

    private static Map<String, Object> view(Position p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", p.id());
        view.put("title", p.title());
        view.put("api_id", p.apiId());
        return view;
    }
}
