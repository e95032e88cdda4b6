package dev.kairos.catalog;

import dev.kairos.auth.Caller;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service is linked to: Altegio's {@code /company/{cid}/services/{sid}/staff[/{master_id}]},
 * and Kairos' own {@code /locations/{id}/services/{sid}/hours} and {@code .../resources}.
 */
@RestController
@RequestMapping("/api/v1")
class ServiceLinkController {

    private final ServiceEditor editor;
    private final StaffLinkEditor staff;
    private final CatalogAccess access;
    private final JsonMapper json;

    ServiceLinkController(ServiceEditor editor, StaffLinkEditor staff, CatalogAccess access, JsonMapper json) {
        this.editor = editor;
        this.staff = staff;
        this.access = access;
        this.json = json;
    }

    /** {@code master_id} (or {@code staff_id}, {@code id}) and the member's own duration in seconds. */
    record LinkRequest(Long masterId, Long staffId, Long id, Integer seanceLength) {
        Long member() {
            return masterId != null ? masterId : staffId != null ? staffId : id;
        }
    }

    record ResourcesRequest(List<Long> resourceIds) {}

    /** The resources a service holds. */
    record ServiceResourceIds(List<Long> resourceIds) {}

    @PostMapping({"/company/{cid}/services/{sid}/staff", "/locations/{cid}/services/{sid}/staff"})
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<ServiceView> link(
            Caller caller, @PathVariable long cid, @PathVariable long sid, @RequestBody LinkRequest body) {
        access.write(caller, cid);
        return Envelope.of(ServiceView.of(staff.link(caller, cid, sid, body.member(), body.seanceLength())));
    }

    @PutMapping({"/company/{cid}/services/{sid}/staff/{mid}", "/locations/{cid}/services/{sid}/staff/{mid}"})
    Envelope<ServiceView> relink(
            Caller caller,
            @PathVariable long cid,
            @PathVariable long sid,
            @PathVariable long mid,
            @RequestBody LinkRequest body) {
        access.write(caller, cid);
        return Envelope.of(ServiceView.of(staff.relink(caller, cid, sid, mid, body.seanceLength())));
    }

    @DeleteMapping({"/company/{cid}/services/{sid}/staff/{mid}", "/locations/{cid}/services/{sid}/staff/{mid}"})
    ResponseEntity<Void> unlink(Caller caller, @PathVariable long cid, @PathVariable long sid, @PathVariable long mid) {
        access.write(caller, cid);
        staff.unlink(caller, cid, sid, mid);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/locations/{cid}/services/{sid}/hours")
    Envelope<List<ServiceView.ServiceDayHours>> hours(Caller caller, @PathVariable long cid, @PathVariable long sid) {
        access.read(caller, cid);
        return Envelope.of(ServiceView.hours(editor.load(cid, sid)));
    }

    /** The whole week at once, as a bare array or {@code {"hours": [...]}}; an empty week follows the location. */
    @PutMapping("/locations/{cid}/services/{sid}/hours")
    Envelope<List<ServiceView.ServiceDayHours>> setHours(
            Caller caller, @PathVariable long cid, @PathVariable long sid, @RequestBody JsonNode body) {
        access.write(caller, cid);
        JsonNode entries = body.isObject() ? body.get("hours") : body;
        if (entries == null || !entries.isArray()) {
            throw ApiException.badRequest("Send the hours as an array, or as {\"hours\": [...]}");
        }
        return Envelope.of(ServiceView.hours(editor.setHours(caller, cid, sid, Arrays.asList(entries(entries)))));
    }

    @GetMapping("/locations/{cid}/services/{sid}/resources")
    Envelope<ServiceResourceIds> resources(Caller caller, @PathVariable long cid, @PathVariable long sid) {
        access.read(caller, cid);
        return Envelope.of(new ServiceResourceIds(editor.load(cid, sid).resourceIds()));
    }

    @PutMapping("/locations/{cid}/services/{sid}/resources")
    Envelope<ServiceResourceIds> setResources(
            Caller caller, @PathVariable long cid, @PathVariable long sid, @RequestBody ResourcesRequest body) {
        access.write(caller, cid);
        Service service = editor.setResources(caller, cid, sid, body.resourceIds());
        return Envelope.of(new ServiceResourceIds(service.resourceIds()));
    }

    private ServiceRequest.HoursEntry[] entries(JsonNode array) {
        try {
            return json.treeToValue(array, ServiceRequest.HoursEntry[].class);
        } catch (JacksonException e) {
            throw ApiException.badRequest("Malformed hours: " + e.getOriginalMessage());
        }
    }
}
