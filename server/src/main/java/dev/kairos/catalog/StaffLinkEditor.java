package dev.kairos.catalog;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.web.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Links team members to a service and unlinks them, in the activity log. */
@Component
class StaffLinkEditor {

    private final ServiceEditor services;
    private final ServiceLinks links;
    private final CatalogReferences references;
    private final ActivityLog activity;

    StaffLinkEditor(ServiceEditor services, ServiceLinks links, CatalogReferences references, ActivityLog activity) {
        this.services = services;
        this.links = links;
        this.references = references;
        this.activity = activity;
    }

    /** Links a team member of the chain: 422 if they are not one, 409 if already linked. */
    @Transactional
    Service link(Caller caller, long locationId, long serviceId, Long memberId, Integer seanceLength) {
        Service service = services.load(locationId, serviceId);
        new ServiceRuleViolation.Rules()
                .check(memberId != null, "master_id", "master_id is required")
                .orThrow();
        StaffLink link = ServiceParts.link(memberId, seanceLength);
        new ServiceRuleViolation.Rules()
                .check(
                        references
                                .missingTeamMembers(locationId, List.of(memberId))
                                .isEmpty(),
                        "master_id",
                        "team member " + memberId + " is not a team member of this chain")
                .orThrow();
        if (service.link(memberId).isPresent()) {
            throw ApiException.conflict(
                    "Team member " + memberId + " is already linked to this service; PUT changes seance_length");
        }
        links.link(serviceId, link);
        record(caller, locationId, serviceId, "created", link);
        return services.load(locationId, serviceId);
    }

    /** Changes a linked member's duration: 404 if they are not linked. */
    @Transactional
    Service relink(Caller caller, long locationId, long serviceId, long memberId, Integer seanceLength) {
        services.load(locationId, serviceId);
        StaffLink link = ServiceParts.link(memberId, seanceLength);
        if (!links.relink(serviceId, link)) {
            throw ApiException.notFound("Staff link");
        }
        record(caller, locationId, serviceId, "updated", link);
        return services.load(locationId, serviceId);
    }

    /** Unlinks a member: 404 if they are not linked. */
    @Transactional
    void unlink(Caller caller, long locationId, long serviceId, long memberId) {
        services.load(locationId, serviceId);
        if (!links.unlink(serviceId, memberId)) {
            throw ApiException.notFound("Staff link");
        }
        record(caller, locationId, serviceId, "deleted", new StaffLink(memberId, null));
    }

    private void record(Caller caller, long locationId, long serviceId, String action, StaffLink link) {
        Map<String, Object> details = link.duration() == null
                ? Map.of("master_id", link.teamMemberId())
                : Map.of(
                        "master_id",
                        link.teamMemberId(),
                        "seance_length",
                        link.duration().toSeconds());
        activity.record(locationId, caller, action, "service_staff", serviceId, details);
    }
}
