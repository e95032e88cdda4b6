package dev.kairos.directory;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.web.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resources and their instances, {@code /locations/{id}/resources}, read also as Altegio's
 * {@code /resources/{id}}. A new resource sent without {@code instances} gets one instance named
 * like it.
 */
@RestController
@RequestMapping("/api/v1")
class ResourceController {

    private final Resources resources;
    private final DirectoryAccess access;
    private final ActivityLog activity;

    ResourceController(Resources resources, DirectoryAccess access, ActivityLog activity) {
        this.resources = resources;
        this.access = access;
        this.activity = activity;
    }

    /** {@code {title, description, instances:[{id?, title}]}}; instances absent on update keep theirs. */
    record ResourceBody(String title, String description, List<Resources.InstanceTitle> instances) {}

    @GetMapping({"/locations/{cid}/resources", "/resources/{cid}"})
    Envelope<List<Map<String, Object>>> list(Caller caller, @PathVariable long cid) {
        access.read(caller, cid);
        List<Map<String, Object>> all =
                resources.atLocation(cid).stream().map(ResourceController::wire).toList();
        return Envelope.counted(all, all.size());
    }

    @GetMapping({"/locations/{cid}/resources/{rid}", "/resources/{cid}/{rid}"})
    Envelope<Map<String, Object>> get(Caller caller, @PathVariable long cid, @PathVariable long rid) {
        access.read(caller, cid);
        return Envelope.of(wire(find(cid, rid)));
    }

    @PostMapping("/locations/{cid}/resources")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Envelope<Map<String, Object>> create(Caller caller, @PathVariable long cid, @RequestBody ResourceBody body) {
        access.write(caller, cid, Right.MANAGE_SETTINGS);
        String title = title(body);
        List<Resources.InstanceTitle> instances = instances(body, null, title);
        long id = resources.insert(cid, title, body.description() == null ? "" : body.description());
        resources.replaceInstances(id, cid, instances);
        activity.record(cid, caller, "created", "resource", id, Map.of("title", title));
        return Envelope.of(wire(find(cid, id)));
    }

    @PutMapping("/locations/{cid}/resources/{rid}")
    @Transactional
    Envelope<Map<String, Object>> update(
            Caller caller, @PathVariable long cid, @PathVariable long rid, @RequestBody ResourceBody body) {
        access.write(caller, cid, Right.MANAGE_SETTINGS);
        Resource current = find(cid, rid);
        String title = body == null || body.title() == null ? current.title() : title(body);
        List<Resources.InstanceTitle> instances = instances(body, current, title);
        resources.update(rid, title, body.description() == null ? current.description() : body.description());
        resources.replaceInstances(rid, cid, instances);
        activity.record(cid, caller, "updated", "resource", rid, Map.of("title", title));
        return Envelope.of(wire(find(cid, rid)));
    }

    @DeleteMapping("/locations/{cid}/resources/{rid}")
    @Transactional
    ResponseEntity<Void> delete(Caller caller, @PathVariable long cid, @PathVariable long rid) {
        access.write(caller, cid, Right.MANAGE_SETTINGS);
        Resource current = find(cid, rid);
        resources.delete(rid);
        activity.record(cid, caller, "deleted", "resource", rid, Map.of("title", current.title()));
        return ResponseEntity.noContent().build();
    }

    private Resource find(long cid, long rid) {
        return resources.find(cid, rid).orElseThrow(() -> ApiException.notFound("Resource"));
    }

    private static String title(ResourceBody body) {
        if (body == null) {
            throw ApiException.badRequest("A JSON body is required");
        }
        String title = body.title() == null ? null : body.title().strip();
        new Validation()
                .required(title, "title")
                .check(title == null || title.length() <= 200, "title", "is longer than 200 characters")
                .orThrow();
        return title;
    }

    /** The wanted instances: given ones validated, else the current ones, else one named like the resource. */
    private static List<Resources.InstanceTitle> instances(ResourceBody body, Resource current, String title) {
        if (body.instances() == null) {
            return current == null
                    ? List.of(new Resources.InstanceTitle(null, title))
                    : current.instances().stream()
                            .map(i -> new Resources.InstanceTitle(i.id(), i.title()))
                            .toList();
        }
        Set<Long> known = new HashSet<>();
        if (current != null) {
            current.instances().forEach(i -> known.add(i.id()));
        }
        Validation v = new Validation();
        List<Resources.InstanceTitle> wanted = new ArrayList<>();
        for (int i = 0; i < body.instances().size(); i++) {
            Resources.InstanceTitle instance = body.instances().get(i);
            String field = "instances[" + i + "]";
            String name = instance == null || instance.title() == null
                    ? null
                    : instance.title().strip();
            v.required(name, field + ".title")
                    .check(name == null || name.length() <= 200, field + ".title", "is longer than 200 characters");
            v.check(
                    instance == null || instance.id() == null || known.remove(instance.id()),
                    field + ".id",
                    "is not an instance of this resource");
            wanted.add(new Resources.InstanceTitle(instance == null ? null : instance.id(), name));
        }
        v.orThrow();
        return wanted;
    }

    private static Map<String, Object> wire(Resource r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", r.id());
        view.put("title", r.title());
        view.put("description", r.description());
        view.put(
                "instances",
                r.instances().stream()
                        .map(i -> Map.of("id", i.id(), "title", i.title()))
                        .toList());
        return view;
    }
}
