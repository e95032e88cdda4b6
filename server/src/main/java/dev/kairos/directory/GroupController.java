package dev.kairos.directory;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Altegio's {@code GET /groups}: the chains (groups) the caller belongs to, each with the locations
 * the caller may see in it. A user sees their chain and its locations they have access to; a
 * partner token alone, its chain and all its locations; a partner of every chain without a user
 * belongs to no group.
 */
@RestController
@RequestMapping("/api/v1")
class GroupController {

    private final Locations locations;
    private final Access access;

    GroupController(Locations locations, Access access) {
        this.locations = locations;
        this.access = access;
    }

    /** A chain and its locations, as Altegio's group object. */
    record Group(long id, String title, List<Company> companies) {}

    /** A location of a group. */
    record Company(long id, String title, boolean active) {}

    @GetMapping("/groups")
    Envelope<List<Group>> groups(Caller caller) {
        Long chain = caller.user() != null
                ? Long.valueOf(caller.user().chainId())
                : caller.partner().chainId();
        if (chain == null) {
            return Envelope.of(List.of());
        }
        List<Location> visible =
                caller.user() != null ? locations.findAll(access.visibleLocations(caller)) : locations.ofChain(chain);
        List<Company> companies = visible.stream()
                .filter(l -> l.chainId() == chain)
                .map(l -> new Company(l.id(), l.title(), l.active()))
                .toList();
        return Envelope.of(locations
                .chainTitle(chain)
                .map(title -> List.of(new Group(chain, title, companies)))
                .orElse(List.of()));
    }
}
