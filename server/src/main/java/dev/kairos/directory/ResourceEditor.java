package dev.kairos.directory;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes a location's resources and their instances, for the API and the
 * pages alike: the caller needs MANAGE_SETTINGS there, every change is in the activity log, and a
 * change that breaks a rule is refused as a value naming the fields at fault.
 */
@Component
class ResourceEditor {

    private static final int LONGEST_TITLE = 200;

    private final Resources resources;
    private final DirectoryAccess access;
    private final ActivityLog activity;

    ResourceEditor(Resources resources, DirectoryAccess access, ActivityLog activity) {
        this.resources = resources;
        this.access = access;
        this.activity = activity;
    }

    /** {@code {title, description, instances:[{id?, title}]}}; instances absent on update keep theirs. */
    record ResourceBody(String title, String description, List<Resources.InstanceTitle> instances) {}

    /** What a change came to: the resource as stored (as it was, for a delete), or why it was refused. */
    sealed interface Outcome {
        record Saved(Resource resource) implements Outcome {}

        record Refused(Refusal refusal) implements Outcome {}
    }

    /** A new resource; sent without instances it gets one named like it. */
    @Transactional
    Outcome create(Caller caller, long locationId, ResourceBody body) {
        access.write(caller, locationId, Right.MANAGE_SETTINGS);
        if (body == null) {
            return refused(Refusal.malformed(Fault.of("refusal.json-body", "A JSON body is required")));
        }
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        String title = title(body.title(), "title", problems);
        List<Resources.InstanceTitle> instances = instances(body.instances(), null, title, problems);
        if (!problems.isEmpty()) {
            return refused(Refusal.invalidFaults(problems));
        }
        long id = resources.insert(locationId, title, description(body.description(), ""));
        resources.replaceInstances(id, locationId, instances);
        activity.record(locationId, caller, "created", "resource", id, Map.of("title", title));
        return saved(locationId, id);
    }

    /** Changes what the body names; a given instance list replaces the instances. */
    @Transactional
    Outcome update(Caller caller, long locationId, long resourceId, ResourceBody body) {
        access.write(caller, locationId, Right.MANAGE_SETTINGS);
        Optional<Resource> stored = resources.find(locationId, resourceId);
        if (stored.isEmpty()) {
            return refused(Refusal.notFound("Resource"));
        }
        if (body == null) {
            return refused(Refusal.malformed(Fault.of("refusal.json-body", "A JSON body is required")));
        }
        Resource current = stored.get();
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        String title = body.title() == null ? current.title() : title(body.title(), "title", problems);
        List<Resources.InstanceTitle> instances = instances(body.instances(), current, title, problems);
        if (!problems.isEmpty()) {
            return refused(Refusal.invalidFaults(problems));
        }
        resources.update(resourceId, title, description(body.description(), current.description()));
        resources.replaceInstances(resourceId, locationId, instances);
        activity.record(locationId, caller, "updated", "resource", resourceId, Map.of("title", title));
        return saved(locationId, resourceId);
    }

    /** Deletes the resource and its instances; the outcome holds it as it was. */
    @Transactional
    Outcome delete(Caller caller, long locationId, long resourceId) {
        access.write(caller, locationId, Right.MANAGE_SETTINGS);
        Optional<Resource> stored = resources.find(locationId, resourceId);
        if (stored.isEmpty()) {
            return refused(Refusal.notFound("Resource"));
        }
        resources.delete(resourceId);
        activity.record(
                locationId,
                caller,
                "deleted",
                "resource",
                resourceId,
                Map.of("title", stored.get().title()));
        return new Outcome.Saved(stored.get());
    }

    /** Adds one instance (e.g. "Room 3") to the resource. */
    @Transactional
    Outcome addInstance(Caller caller, long locationId, long resourceId, String title) {
        access.write(caller, locationId, Right.MANAGE_SETTINGS);
        if (resources.find(locationId, resourceId).isEmpty()) {
            return refused(Refusal.notFound("Resource"));
        }
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        String name = title(title, "title", problems);
        if (!problems.isEmpty()) {
            return refused(Refusal.invalidFaults(problems));
        }
        long id = resources.insertInstance(resourceId, locationId, name);
        activity.record(
                locationId,
                caller,
                "created",
                "resource_instance",
                id,
                Map.of("title", name, "resource_id", resourceId));
        return saved(locationId, resourceId);
    }

    /** Renames one instance of the resource. */
    @Transactional
    Outcome renameInstance(Caller caller, long locationId, long resourceId, long instanceId, String title) {
        access.write(caller, locationId, Right.MANAGE_SETTINGS);
        Optional<ResourceInstance> instance = instance(locationId, resourceId, instanceId);
        if (instance.isEmpty()) {
            return refused(Refusal.notFound("Resource instance"));
        }
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        String name = title(title, "title", problems);
        if (!problems.isEmpty()) {
            return refused(Refusal.invalidFaults(problems));
        }
        resources.renameInstance(resourceId, instanceId, name);
        activity.record(
                locationId,
                caller,
                "updated",
                "resource_instance",
                instanceId,
                Map.of("title", name, "was", instance.get().title(), "resource_id", resourceId));
        return saved(locationId, resourceId);
    }

    /**
     * Deletes one instance; appointments that held it keep their history. The outcome is the
     * resource without it.
     */
    @Transactional
    Outcome deleteInstance(Caller caller, long locationId, long resourceId, long instanceId) {
        access.write(caller, locationId, Right.MANAGE_SETTINGS);
        Optional<ResourceInstance> instance = instance(locationId, resourceId, instanceId);
        if (instance.isEmpty()) {
            return refused(Refusal.notFound("Resource instance"));
        }
        resources.deleteInstance(resourceId, instanceId);
        activity.record(
                locationId,
                caller,
                "deleted",
                "resource_instance",
                instanceId,
                Map.of("title", instance.get().title(), "resource_id", resourceId));
        return saved(locationId, resourceId);
    }

    private Optional<ResourceInstance> instance(long locationId, long resourceId, long instanceId) {
        return resources.find(locationId, resourceId).stream()
                .flatMap(r -> r.instances().stream())
                .filter(i -> i.id() == instanceId)
                .findFirst();
    }

    private Outcome saved(long locationId, long resourceId) {
        return new Outcome.Saved(resources.find(locationId, resourceId).orElseThrow());
    }

    private static Outcome refused(Refusal refusal) {
        return new Outcome.Refused(refusal);
    }

    private static String description(String given, String fallback) {
        return given == null ? fallback : given;
    }

    private static String title(String given, String field, Map<String, List<Fault>> problems) {
        String title = given == null ? null : given.strip();
        if (title == null || title.isEmpty()) {
            problems.computeIfAbsent(field, f -> new ArrayList<>()).add(Fault.required());
        } else if (title.length() > LONGEST_TITLE) {
            problems.computeIfAbsent(field, f -> new ArrayList<>()).add(Fault.tooLong(LONGEST_TITLE));
        }
        return title;
    }

    /** The wanted instances: given ones checked, else the current ones, else one named like the resource. */
    private static List<Resources.InstanceTitle> instances(
            List<Resources.InstanceTitle> given, Resource current, String title, Map<String, List<Fault>> problems) {
        if (given == null) {
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
        List<Resources.InstanceTitle> wanted = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Resources.InstanceTitle instance = given.get(i);
            String field = "instances[" + i + "]";
            String name = title(instance == null ? null : instance.title(), field + ".title", problems);
            Long id = instance == null ? null : instance.id();
            if (id != null && !known.remove(id)) {
                problems.computeIfAbsent(field + ".id", f -> new ArrayList<>())
                        .add(Fault.of("fault.resource.instance-unknown", "is not an instance of this resource"));
            }
            wanted.add(new Resources.InstanceTitle(id, name));
        }
        return wanted;
    }
}
