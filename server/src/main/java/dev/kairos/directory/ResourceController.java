package dev.kairos.directory;

import dev.kairos.auth.Caller;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.web.RefusalResponses;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Resources and their instances, {@code /locations/{id}/resources}, read also as Altegio's
 * {@code /resources/{id}}. A new resource sent without {@code instances} gets one instance named
 * like it; {@code .../resources/{rid}/instances[/{iid}]} adds, renames and deletes one instance.
 */
@RestController
@RequestMapping("/api/v1")
class ResourceController {

    private final Resources resources;
    private final ResourceEditor editor;
    private final DirectoryAccess access;

    ResourceController(Resources resources, ResourceEditor editor, DirectoryAccess access) {
        this.resources = resources;
        this.editor = editor;
        this.access = access;
    }

    /** A resource on the wire. */
    record ResourceView(long id, String title, String description, List<InstanceView> instances) {

        static ResourceView of(Resource r) {
            return new ResourceView(
                    r.id(),
                    r.title(),
                    r.description(),
                    r.instances().stream()
                            .map(i -> new InstanceView(i.id(), i.title()))
                            .toList());
        }
    }

    /** One instance of a resource on the wire. */
    record InstanceView(long id, String title) {}

    /** The body of an instance write. */
    record InstanceBody(String title) {}

    @GetMapping({"/locations/{cid}/resources", "/resources/{cid}"})
    Envelope<List<ResourceView>> list(Caller caller, @PathVariable long cid) {
        access.read(caller, cid);
        List<ResourceView> all =
                resources.atLocation(cid).stream().map(ResourceView::of).toList();
        return Envelope.counted(all, all.size());
    }

    @GetMapping({"/locations/{cid}/resources/{rid}", "/resources/{cid}/{rid}"})
    Envelope<ResourceView> get(Caller caller, @PathVariable long cid, @PathVariable long rid) {
        access.read(caller, cid);
        return Envelope.of(
                ResourceView.of(resources.find(cid, rid).orElseThrow(() -> ApiException.notFound("Resource"))));
    }

    @PostMapping("/locations/{cid}/resources")
    ResponseEntity<Envelope<ResourceView>> create(
            Caller caller, @PathVariable long cid, @RequestBody ResourceEditor.ResourceBody body) {
        return answer(editor.create(caller, cid, body), HttpStatus.CREATED);
    }

    @PutMapping("/locations/{cid}/resources/{rid}")
    ResponseEntity<Envelope<ResourceView>> update(
            Caller caller,
            @PathVariable long cid,
            @PathVariable long rid,
            @RequestBody ResourceEditor.ResourceBody body) {
        return answer(editor.update(caller, cid, rid, body), HttpStatus.OK);
    }

    @DeleteMapping("/locations/{cid}/resources/{rid}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable long cid, @PathVariable long rid) {
        return gone(editor.delete(caller, cid, rid));
    }

    @PostMapping("/locations/{cid}/resources/{rid}/instances")
    ResponseEntity<Envelope<ResourceView>> addInstance(
            Caller caller, @PathVariable long cid, @PathVariable long rid, @RequestBody InstanceBody body) {
        return answer(editor.addInstance(caller, cid, rid, body.title()), HttpStatus.CREATED);
    }

    @PutMapping("/locations/{cid}/resources/{rid}/instances/{iid}")
    ResponseEntity<Envelope<ResourceView>> renameInstance(
            Caller caller,
            @PathVariable long cid,
            @PathVariable long rid,
            @PathVariable long iid,
            @RequestBody InstanceBody body) {
        return answer(editor.renameInstance(caller, cid, rid, iid, body.title()), HttpStatus.OK);
    }

    @DeleteMapping("/locations/{cid}/resources/{rid}/instances/{iid}")
    ResponseEntity<Void> deleteInstance(
            Caller caller, @PathVariable long cid, @PathVariable long rid, @PathVariable long iid) {
        return gone(editor.deleteInstance(caller, cid, rid, iid));
    }

    private static ResponseEntity<Envelope<ResourceView>> answer(ResourceEditor.Outcome outcome, HttpStatus status) {
        if (outcome instanceof ResourceEditor.Outcome.Refused refused) {
            throw RefusalResponses.exception(refused.refusal());
        }
        Resource resource = ((ResourceEditor.Outcome.Saved) outcome).resource();
        return ResponseEntity.status(status).body(Envelope.of(ResourceView.of(resource)));
    }

    private static ResponseEntity<Void> gone(ResourceEditor.Outcome outcome) {
        if (outcome instanceof ResourceEditor.Outcome.Refused refused) {
            throw RefusalResponses.exception(refused.refusal());
        }
        return ResponseEntity.noContent().build();
    }
}
