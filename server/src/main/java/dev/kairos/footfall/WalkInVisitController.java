package dev.kairos.footfall;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import dev.kairos.web.RefusalResponses;
import dev.kairos.wire.WireTime;
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

/** Walk-in visits under {@code /api/v1/locations/{id}/visits}: a day's list, and recording one. */
@RestController
@RequestMapping("/api/v1/locations/{locationId}/visits")
class WalkInVisitController {

    private final WalkInVisits visits;

    WalkInVisitController(WalkInVisits visits) {
        this.visits = visits;
    }

    @GetMapping
    Envelope<List<WalkInVisits.VisitView>> list(
            Caller caller, @PathVariable long locationId, @RequestParam(name = "date", required = false) String date) {
        List<WalkInVisits.VisitView> day =
                visits.day(caller, locationId, date == null ? null : WireTime.parseDate("date", date));
        return Envelope.counted(day, day.size());
    }

    @PostMapping
    ResponseEntity<Envelope<WalkInVisits.VisitView>> record(
            Caller caller, @PathVariable long locationId, @RequestBody(required = false) WalkInVisits.VisitBody body) {
        WalkInVisits.VisitBody given = body == null ? new WalkInVisits.VisitBody(null, null, null, null, null) : body;
        try {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(Envelope.of(visits.record(caller, locationId, given)));
        } catch (dev.kairos.refusal.Refused refused) {
            return RefusalResponses.of(refused.refusal());
        }
    }
}
