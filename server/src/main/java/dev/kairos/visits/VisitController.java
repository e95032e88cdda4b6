package dev.kairos.visits;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.directory.Locations;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import java.time.ZoneId;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Altegio's visits: {@code GET /visits/{visit_id}}, {@code GET /visit/details/{location_id}/{record_id}/{visit_id}}
 * and {@code PUT /visits/{visit_id}/{record_id}}. The visit names its location, and the caller's
 * rights are checked there: reading needs {@code VIEW_RECORDS}, settling {@code EDIT_RECORDS}.
 */
@RestController
@RequestMapping("/api/v1")
class VisitController {

    private final Visits visits;
    private final BookedAppointments appointments;
    private final VisitViews views;
    private final VisitEditor editor;
    private final Locations locations;
    private final Access access;

    VisitController(
            Visits visits,
            BookedAppointments appointments,
            VisitViews views,
            VisitEditor editor,
            Locations locations,
            Access access) {
        this.visits = visits;
        this.appointments = appointments;
        this.views = views;
        this.editor = editor;
        this.locations = locations;
        this.access = access;
    }

    @GetMapping("/visits/{vid}")
    @Transactional(readOnly = true)
    Envelope<VisitViews.VisitObject> get(Caller caller, @PathVariable long vid) {
        Visit visit = visit(caller, vid, Right.VIEW_RECORDS);
        return Envelope.of(views.visit(visit, zone(visit)));
    }

    @GetMapping("/visit/details/{cid}/{rid}/{vid}")
    @Transactional(readOnly = true)
    Envelope<VisitViews.VisitDetails> details(
            Caller caller, @PathVariable long cid, @PathVariable long rid, @PathVariable long vid) {
        access.require(caller, cid, Right.VIEW_RECORDS);
        Visit visit =
                visits.find(vid).filter(v -> v.locationId() == cid).orElseThrow(() -> ApiException.notFound("Visit"));
        record(visit, rid);
        return Envelope.of(views.details(visit, zone(visit)));
    }

    @PutMapping("/visits/{vid}/{rid}")
    @Transactional
    Envelope<VisitViews.VisitObject> update(
            Caller caller, @PathVariable long vid, @PathVariable long rid, @RequestBody VisitChange change) {
        Visit visit = visit(caller, vid, Right.EDIT_RECORDS);
        editor.update(caller, visit, record(visit, rid), change);
        Visit changed = visits.find(vid).orElseThrow();
        return Envelope.of(views.visit(changed, zone(changed)));
    }

    /** The visit, once the caller is known to hold {@code right} at its location; 404 for an unknown visit. */
    private Visit visit(Caller caller, long vid, Right right) {
        if (caller.user() == null) {
            throw ApiException.unauthorized();
        }
        Visit visit = visits.find(vid).orElseThrow(() -> ApiException.notFound("Visit"));
        access.require(caller, visit.locationId(), right);
        return visit;
    }

    /** The record {@code rid} if it is in the visit, else 404. */
    private BookedAppointment record(Visit visit, long rid) {
        return appointments
                .find(visit.locationId(), rid)
                .filter(a -> a.visitId() != null && a.visitId() == visit.id())
                .orElseThrow(() -> ApiException.notFound("Record"));
    }

    private ZoneId zone(Visit visit) {
        return locations
                .find(visit.locationId())
                .orElseThrow(() -> ApiException.notFound("Location"))
                .zone();
    }
}
