package dev.kairos.catalog;

import dev.kairos.auth.Caller;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.wire.Paging;
import dev.kairos.wire.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Services: Altegio's {@code /company/{cid}/services} and deprecated {@code /services/{cid}}, and the
 * canonical {@code /locations/{id}/services}. A single GET answers the object, a list {@code total_count}.
 */
@RestController
@RequestMapping("/api/v1")
class ServiceController {

    private final Services services;
    private final ServiceEditor editor;
    private final CatalogAccess access;

    ServiceController(Services services, ServiceEditor editor, CatalogAccess access) {
        this.services = services;
        this.editor = editor;
        this.access = access;
    }

    /** The list; Altegio clients also ask for service 0 to list. */
    @GetMapping({
        "/company/{cid}/services",
        "/company/{cid}/services/0",
        "/locations/{cid}/services",
        "/locations/{cid}/services/0"
    })
    Envelope<List<ServiceView>> list(Caller caller, @PathVariable long cid, HttpServletRequest request) {
        access.read(caller, cid);
        QueryParams q = new QueryParams(request);
        List<Service> all = services.list(
                cid, new Services.ServiceFilter(q.longValue("category_id"), q.longValue("staff_id"), false));
        Paging paging = Paging.lenient(q, Paging.WHOLE_LIST, Paging.WHOLE_LIST);
        return Envelope.counted(ServiceView.all(paging.of(all)), all.size());
    }

    @GetMapping({"/company/{cid}/services/{sid}", "/locations/{cid}/services/{sid}"})
    Envelope<ServiceView> get(Caller caller, @PathVariable long cid, @PathVariable long sid) {
        access.read(caller, cid);
        return Envelope.of(ServiceView.of(editor.load(cid, sid)));
    }

    /** Deprecated, partner token: partner-only callers see active services only. */
    @GetMapping({"/services/{cid}", "/services/{cid}/0"})
    Envelope<List<ServiceView>> listDeprecated(Caller caller, @PathVariable long cid, HttpServletRequest request) {
        boolean everything = access.publicRead(caller, cid);
        QueryParams q = new QueryParams(request);
        List<Service> all = services.list(
                cid, new Services.ServiceFilter(q.longValue("category_id"), q.longValue("staff_id"), !everything));
        Paging paging = Paging.lenient(q, Paging.WHOLE_LIST, Paging.WHOLE_LIST);
        return Envelope.page(ServiceView.all(paging.of(all)), paging.page(), all.size());
    }

    /** Deprecated, partner token: partner-only callers see an active service only. */
    @GetMapping("/services/{cid}/{sid}")
    Envelope<ServiceView> getDeprecated(Caller caller, @PathVariable long cid, @PathVariable long sid) {
        boolean everything = access.publicRead(caller, cid);
        Service service = editor.load(cid, sid);
        if (!everything && !service.active()) {
            throw ApiException.notFound("Service");
        }
        return Envelope.of(ServiceView.of(service));
    }

    @PostMapping({"/services/{cid}", "/locations/{cid}/services"})
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<ServiceView> create(Caller caller, @PathVariable long cid, @RequestBody ServiceRequest body) {
        access.write(caller, cid);
        return Envelope.of(ServiceView.of(editor.create(caller, cid, body)));
    }

    @PutMapping({"/services/{cid}/{sid}", "/locations/{cid}/services/{sid}", "/company/{cid}/services/{sid}"})
    Envelope<ServiceView> replace(
            Caller caller, @PathVariable long cid, @PathVariable long sid, @RequestBody ServiceRequest body) {
        access.write(caller, cid);
        return Envelope.of(ServiceView.of(editor.update(caller, cid, sid, body, true)));
    }

    @PatchMapping({"/company/{cid}/services/{sid}", "/locations/{cid}/services/{sid}", "/services/{cid}/{sid}"})
    Envelope<ServiceView> patch(
            Caller caller, @PathVariable long cid, @PathVariable long sid, @RequestBody ServiceRequest body) {
        access.write(caller, cid);
        return Envelope.of(ServiceView.of(editor.update(caller, cid, sid, body, false)));
    }

    @DeleteMapping({"/services/{cid}/{sid}", "/locations/{cid}/services/{sid}", "/company/{cid}/services/{sid}"})
    ResponseEntity<Void> delete(Caller caller, @PathVariable long cid, @PathVariable long sid) {
        access.write(caller, cid);
        editor.delete(caller, cid, sid);
        return ResponseEntity.noContent().build();
    }
}
