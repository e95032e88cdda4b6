package dev.kairos.webhooks;

import dev.kairos.appointments.RecordViews;
import dev.kairos.catalog.Service;
import dev.kairos.catalog.ServiceCategories;
import dev.kairos.catalog.ServiceCategory;
import dev.kairos.catalog.ServiceCategoryView;
import dev.kairos.catalog.ServiceView;
import dev.kairos.catalog.Services;
import dev.kairos.clients.Client;
import dev.kairos.clients.ClientView;
import dev.kairos.clients.Clients;
import dev.kairos.directory.Location;
import dev.kairos.directory.LocationView;
import dev.kairos.directory.Locations;
import dev.kairos.directory.TeamMemberView;
import dev.kairos.directory.TeamMembers;
import dev.kairos.visits.PaymentViews;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * A delivery's {@code data}: the object the GET API returns for the resource, built by the module
 * that owns it, as it is when the delivery is prepared. A resource the API no longer shows (a
 * deleted client, service or category) is {@code {"id": ..., "deleted": true}}; a schedule change
 * has empty data, as in Altegio.
 */
@Component
class Payloads {

    private final RecordViews records;
    private final Clients clients;
    private final Services services;
    private final ServiceCategories categories;
    private final TeamMembers teamMembers;
    private final Locations locations;
    private final PaymentViews payments;
    private final Clock clock;

    Payloads(
            RecordViews records,
            Clients clients,
            Services services,
            ServiceCategories categories,
            TeamMembers teamMembers,
            Locations locations,
            PaymentViews payments,
            Clock clock) {
        this.records = records;
        this.clients = clients;
        this.services = services;
        this.categories = categories;
        this.teamMembers = teamMembers;
        this.locations = locations;
        this.payments = payments;
        this.clock = clock;
    }

    /** The data of each of the location's resources of one kind, by id. */
    Map<Long, Object> render(long locationId, Resource resource, List<Long> ids) {
        Map<Long, Object> data = new HashMap<>(found(locationId, resource, ids));
        for (Long id : ids) {
            data.computeIfAbsent(id, gone -> resource == Resource.SCHEDULE ? Map.of() : deleted(gone));
        }
        return data;
    }

    private Map<Long, ?> found(long locationId, Resource resource, List<Long> ids) {
        Optional<Location> location = locations.find(locationId);
        return switch (resource) {
            case RECORD ->
                records.render(ids, RecordViews.Include.NONE).stream()
                        .filter(r -> r.companyId() == locationId)
                        .collect(java.util.stream.Collectors.toMap(
                                RecordViews.RecordView::id, r -> r, (a, b) -> a, LinkedHashMap::new));
            case CLIENT ->
                location.map(l -> byId(clients.findAll(locationId, ids), Client::id, c -> ClientView.of(c, l.zone())))
                        .orElse(Map.of());
            case SERVICE -> byId(services.findAll(locationId, ids), Service::id, ServiceView::of);
            case SERVICE_CATEGORY ->
                byId(
                        ids.stream()
                                .flatMap(id -> categories.find(locationId, id).stream())
                                .toList(),
                        ServiceCategory::id,
                        ServiceCategoryView::of);
            case STAFF -> {
                Map<Long, TeamMemberView.Full> staff = new LinkedHashMap<>();
                teamMembers.findAll(ids).forEach(m -> staff.put(m.id(), TeamMemberView.full(m)));
                yield staff;
            }
            case COMPANY ->
                location.map(l -> Map.of(l.id(), LocationView.of(l, clock.instant())))
                        .orElse(Map.of());
            case FINANCES_OPERATION -> payments.byId(locationId, ids);
            case SCHEDULE -> Map.of();
        };
    }

    /** Each found resource's view by the resource's id. */
    private static <T> Map<Long, Object> byId(List<T> found, Function<T, Long> id, Function<T, ?> view) {
        Map<Long, Object> byId = new LinkedHashMap<>();
        found.forEach(o -> byId.put(id.apply(o), view.apply(o)));
        return byId;
    }

    /** The data of a resource the API no longer shows. */
    record Gone(long id, boolean deleted) {}

    private static Gone deleted(long id) {
        return new Gone(id, true);
    }
}
