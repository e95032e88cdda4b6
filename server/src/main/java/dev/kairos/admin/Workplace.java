package dev.kairos.admin;

import dev.kairos.auth.Access;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.directory.Resource;
import dev.kairos.directory.ResourceInstance;
import dev.kairos.directory.Resources;
import dev.kairos.directory.TeamMember;
import dev.kairos.directory.TeamMembers;
import dev.kairos.refusal.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The location a page works at: checked for the signed-in person's right on every request, and named in the page's bar and nav. */
@Component
class Workplace {

    private final Access access;
    private final Locations locations;
    private final TeamMembers teamMembers;
    private final Resources resources;

    Workplace(Access access, Locations locations, TeamMembers teamMembers, Resources resources) {
        this.access = access;
        this.locations = locations;
        this.teamMembers = teamMembers;
        this.resources = resources;
    }

    /** Every room and device of the location by instance id, named "Resource · Instance", in the resources' order. */
    java.util.Map<Long, String> rooms(long locationId) {
        java.util.Map<Long, String> titles = new java.util.LinkedHashMap<>();
        for (Resource resource : resources.atLocation(locationId)) {
            for (ResourceInstance i : resource.instances()) {
                titles.put(i.id(), resource.title() + " · " + i.title());
            }
        }
        return titles;
    }

    /** The team members the calendar has a column for: those working at the location, not fired. */
    java.util.List<TeamMember> team(long locationId) {
        return teamMembers.atLocation(locationId).stream()
                .filter(m -> !m.fired())
                .toList();
    }

    /**
     * The location, once the user holds {@code right} there.
     *
     * @throws dev.kairos.refusal.Refused 404 for an unknown location, 403 without the right (shown as the error page)
     */
    Location open(SessionUser user, long locationId, Right right) {
        access.require(user.caller(), locationId, right);
        return locations.find(locationId).orElseThrow(() -> Refusal.notFound("Location")
                .exception());
    }

    /** As {@link #open}, and puts the user, the location and the active nav entry on the page. */
    Location open(SessionUser user, long locationId, Right right, Model model, String section) {
        Location location = open(user, locationId, right);
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", section);
        return location;
    }

    boolean holds(SessionUser user, long locationId, Right right) {
        return access.holds(user.caller(), locationId, right);
    }
}
