package dev.kairos.catalog;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and deletes services with their links, each change in one transaction and in the activity log. */
@Component
class ServiceEditor {

    private final Services services;
    private final ServiceLinks links;
    private final ServiceCategories categories;
    private final CatalogReferences references;
    private final ActivityLog activity;

    ServiceEditor(
            Services services,
            ServiceLinks links,
            ServiceCategories categories,
            CatalogReferences references,
            ActivityLog activity) {
        this.services = services;
        this.links = links;
        this.categories = categories;
        this.references = references;
        this.activity = activity;
    }

    @Transactional
    Service create(Caller caller, long locationId, ServiceRequest request) {
        ServiceDefinition definition = ServiceFields.from(request, null);
        Parts parts = parts(locationId, request, definition);
        long id = services.insert(locationId, definition);
        apply(id, parts);
        activity.record(locationId, caller, "created", "service", id, Map.of("title", definition.title()));
        return load(locationId, id);
    }

    /** PUT ({@code full}: the title is required) or PATCH; a given {@code staff} list replaces the links. */
    @Transactional
    Service update(Caller caller, long locationId, long serviceId, ServiceRequest request, boolean full) {
        Service current = load(locationId, serviceId);
        new ServiceRuleViolation.Rules()
                .check(
                        !full || (request.title() != null && !request.title().isBlank()),
                        "title",
                        Fault.required().saying("title is required"))
                .orThrow();
        ServiceDefinition definition = ServiceFields.from(request, current.definition());
        Parts parts = parts(locationId, request, definition);
        services.update(locationId, serviceId, definition);
        apply(serviceId, parts);
        activity.record(locationId, caller, "updated", "service", serviceId, Map.of("title", definition.title()));
        return load(locationId, serviceId);
    }

    @Transactional
    void delete(Caller caller, long locationId, long serviceId) {
        Service current = load(locationId, serviceId);
        services.delete(locationId, serviceId);
        activity.record(locationId, caller, "deleted", "service", serviceId, Map.of("title", current.title()));
    }

    @Transactional
    Service setHours(Caller caller, long locationId, long serviceId, List<ServiceRequest.HoursEntry> entries) {
        load(locationId, serviceId);
        WeeklyHours hours = ServiceParts.hours(entries == null ? List.of() : entries);
        links.replaceHours(serviceId, hours);
        activity.record(
                locationId,
                caller,
                "updated",
                "service_hours",
                serviceId,
                Map.of("entries", hours.entries().size()));
        return load(locationId, serviceId);
    }

    @Transactional
    Service setResources(Caller caller, long locationId, long serviceId, List<Long> resourceIds) {
        load(locationId, serviceId);
        List<Long> ids = ServiceParts.resources(resourceIds == null ? List.of() : resourceIds);
        checkResources(locationId, ids);
        links.replaceResources(serviceId, ids);
        activity.record(locationId, caller, "updated", "service_resources", serviceId, Map.of("resource_ids", ids));
        return load(locationId, serviceId);
    }

    /** The service of the location, or 404. */
    Service load(long locationId, long serviceId) {
        return services.find(locationId, serviceId)
                .orElseThrow(() -> Refusal.notFound("Service").exception());
    }

    private Parts parts(long locationId, ServiceRequest request, ServiceDefinition definition) {
        Parts parts = new Parts(
                ServiceParts.staff(request.staff()),
                ServiceParts.hours(request.hours()),
                ServiceParts.resources(request.resourceIds()),
                ServiceParts.excludedStaff(request.excludedStaffIds()));
        ServiceRuleViolation.Rules rules = new ServiceRuleViolation.Rules();
        if (definition.categoryId() != null) {
            rules.check(
                    categories.find(locationId, definition.categoryId()).isPresent(),
                    "category_id",
                    Fault.of(
                            "fault.service.category-unknown",
                            "category_id " + definition.categoryId() + " is not a service category of this location",
                            String.valueOf(definition.categoryId())));
        }
        if (parts.staff() != null) {
            Set<Long> missing = references.missingTeamMembers(
                    locationId,
                    parts.staff().stream().map(StaffLink::teamMemberId).toList());
            rules.check(missing.isEmpty(), "staff", notInChain(missing));
        }
        if (parts.excluded() != null) {
            Set<Long> missing = references.missingTeamMembers(locationId, parts.excluded());
            rules.check(missing.isEmpty(), "excluded_staff_ids", notInChain(missing));
        }
        rules.orThrow();
        if (parts.resources() != null) {
            checkResources(locationId, parts.resources());
        }
        return parts;
    }

    private void checkResources(long locationId, List<Long> ids) {
        Set<Long> missing = references.missingResources(locationId, ids);
        new ServiceRuleViolation.Rules()
                .check(
                        missing.isEmpty(),
                        "resource_ids",
                        Fault.of(
                                "fault.resources-not-here",
                                "resources " + missing + " do not belong to this location",
                                ids(missing)))
                .orThrow();
    }

    private static Fault notInChain(Set<Long> missing) {
        return Fault.of(
                "fault.members-not-in-chain",
                "team members " + missing + " are not team members of this chain",
                ids(missing));
    }

    /** Ids for a page's words: without the brackets and grouping of a number. */
    private static String ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }

    private void apply(long serviceId, Parts parts) {
        if (parts.staff() != null) {
            links.replaceStaff(serviceId, parts.staff());
        }
        if (parts.hours() != null) {
            links.replaceHours(serviceId, parts.hours());
        }
        if (parts.resources() != null) {
            links.replaceResources(serviceId, parts.resources());
        }
        if (parts.excluded() != null) {
            links.replaceExcluded(serviceId, parts.excluded());
        }
    }

    private record Parts(List<StaffLink> staff, WeeklyHours hours, List<Long> resources, List<Long> excluded) {}
}
