package dev.kairos.catalog;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
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
                .check(memberId != null, "master_id", Fault.required().saying("master_id is required"))
                .orThrow();
        StaffLink link = ServiceParts.link(memberId, seanceLength);
        new ServiceRuleViolation.Rules()
                .check(
                        references
                                .missingTeamMembers(locationId, List.of(memberId))
                                .isEmpty(),
                        "master_id",
                        Fault.of(
                                "fault.member-not-in-chain",
                                "team member " + memberId + " is not a team member of this chain",
                                String.valueOf(memberId)))
                .orThrow();
        if (service.link(memberId).isPresent()) {
            throw Refusal.conflict(Fault.of(
                            "refusal.service.member-linked",
                            "Team member " + memberId + " is already linked to this service; PUT changes seance_length",
                            String.valueOf(memberId)))
                    .exception();
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
            throw Refusal.notFound("Staff link").exception();
        }
        record(caller, locationId, serviceId, "updated", link);
        return services.load(locationId, serviceId);
    }

    /** Unlinks a member: 404 if they are not linked. */
    @Transactional
    void unlink(Caller caller, long locationId, long serviceId, long memberId) {
        services.load(locationId, serviceId);
        if (!links.unlink(serviceId, memberId)) {
            throw Refusal.notFound("Staff link").exception();
        }
        record(caller, locationId, serviceId, "deleted", new StaffLink(memberId, null));
    }

    /**
     * Sets which of the location's services a member performs, with her own durations: ticked
     * services are linked (or their duration changed), the others unlinked. Every duration is
     * checked before anything is written, by the same rule as a single link.
     *
     * @param wanted each service she is to perform, with her own duration in seconds (null: the service's)
     * @throws ServiceRuleViolation naming {@code seance_length.<service id>} for each bad duration
     */
    @Transactional
    void setServicesOf(
            Caller caller, long locationId, long memberId, List<Service> services, Map<Long, Integer> wanted) {
        ServiceRuleViolation.Rules rules = new ServiceRuleViolation.Rules();
        rules.check(
                references.missingTeamMembers(locationId, List.of(memberId)).isEmpty(),
                "master_id",
                Fault.of(
                        "fault.member-not-here",
                        "team member " + memberId + " does not work at this location",
                        String.valueOf(memberId)));
        java.util.Map<Long, StaffLink> links = new java.util.HashMap<>();
        wanted.forEach((serviceId, seconds) -> {
            try {
                links.put(serviceId, ServiceParts.link(memberId, seconds));
            } catch (ServiceRuleViolation e) {
                e.refusal()
                        .faults()
                        .values()
                        .forEach(faults ->
                                faults.forEach(fault -> rules.check(false, "seance_length." + serviceId, fault)));
            }
        });
        rules.orThrow();
        for (Service service : services) {
            StaffLink link = links.get(service.id());
            java.util.Optional<StaffLink> had = service.link(memberId);
            if (link != null && had.isEmpty()) {
                link(caller, locationId, service.id(), memberId, seconds(link));
            } else if (link != null && !java.util.Objects.equals(had.get().duration(), link.duration())) {
                relink(caller, locationId, service.id(), memberId, seconds(link));
            } else if (link == null && had.isPresent()) {
                unlink(caller, locationId, service.id(), memberId);
            }
        }
    }

    private static Integer seconds(StaffLink link) {
        return link.duration() == null ? null : (int) link.duration().toSeconds();
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
