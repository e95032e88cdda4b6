package dev.kairos.directory;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.wire.Paging;
import dev.kairos.wire.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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

/** Locations: Altegio's {@code /companies} and {@code /company/{id}}, and the canonical {@code /locations}. */
@RestController
@RequestMapping("/api/v1")
class LocationController {

    private final Locations locations;
    private final Access access;
    private final ActivityLog activity;
    private final LocationSettings settings;
    private final Clock clock;

    LocationController(
            Locations locations, Access access, ActivityLog activity, LocationSettings settings, Clock clock) {
        this.locations = locations;
        this.access = access;
        this.activity = activity;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * With a user token, the locations the user may see; with a partner token alone (a booking
     * widget's location picker), the locations of the partner's chain. Filtered by {@code group_id}
     * (the chain), {@code active} (1 or 0) and {@code forBooking} (1: only those open to booking).
     */
    @GetMapping({"/companies", "/locations"})
    Envelope<List<LocationView>> list(Caller caller, HttpServletRequest request) {
        QueryParams q = new QueryParams(request);
        Long group = q.longValue("group_id");
        Boolean active = q.string("active") == null ? null : q.flag("active");
        boolean forBooking = q.flag("forBooking") || q.flag("for_booking");
        List<Location> found =
                caller.user() != null ? locations.findAll(access.visibleLocations(caller)) : ofPartner(caller, group);
        List<LocationView> all = found.stream()
                .filter(l -> group == null || l.chainId() == group)
                .filter(l -> active == null || l.active() == active)
                .filter(l -> !forBooking || l.active())
                .map(l -> LocationView.of(l, clock.instant()))
                .toList();
        Paging paging = Paging.lenient(q, 100, 1000);
        return Envelope.page(paging.of(all), paging.page(), all.size());
    }

    @GetMapping({"/company/{id}", "/locations/{id}"})
    Envelope<LocationView> get(Caller caller, @PathVariable long id) {
        access.requirePartner(caller, id);
        return Envelope.of(LocationView.of(find(id), clock.instant()));
    }

    @PostMapping({"/companies", "/locations"})
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<LocationView> create(Caller caller, @RequestBody LocationRequest request) {
        return Envelope.of(LocationView.of(settings.open(caller, request), clock.instant()));
    }

    @PutMapping({"/company/{id}", "/locations/{id}"})
    Envelope<LocationView> update(Caller caller, @PathVariable long id, @RequestBody LocationRequest request) {
        return Envelope.of(LocationView.of(settings.update(caller, id, request), clock.instant()));
    }

    @DeleteMapping({"/company/{id}", "/locations/{id}"})
    @Transactional
    ResponseEntity<Void> delete(Caller caller, @PathVariable long id) {
        access.require(caller, id, Right.MANAGE_SETTINGS);
        if (!caller.user().owner()) {
            throw ApiException.forbidden();
        }
        locations.delete(id);
        activity.record(id, caller, "deleted", "location", id, Map.of());
        return ResponseEntity.noContent().build();
    }

    /** The locations of the partner's chain; a partner of every chain names one with {@code group_id}. */
    private List<Location> ofPartner(Caller caller, Long group) {
        Long chain = caller.partner().chainId() != null ? caller.partner().chainId() : group;
        if (chain == null) {
            throw ApiException.invalid("group_id", "is required with a partner token that is not limited to one chain");
        }
        return locations.ofChain(chain);
    }

    private Location find(long id) {
        return locations.find(id).orElseThrow(() -> ApiException.notFound("Location"));
    }
}
