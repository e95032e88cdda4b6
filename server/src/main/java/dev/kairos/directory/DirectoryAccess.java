package dev.kairos.directory;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.refusal.Refusal;
import org.springframework.stereotype.Component;

/** Who may read and change the directory of a location, and lookups that answer 404 across locations. */
@Component
class DirectoryAccess {

    private final Access access;
    private final Locations locations;
    private final TeamMembers members;

    DirectoryAccess(Access access, Locations locations, TeamMembers members) {
        this.access = access;
        this.locations = locations;
        this.members = members;
    }

    /** A B2B read: a user token of someone who may see the location (any role there, or the owner). */
    Location read(Caller caller, long locationId) {
        if (caller.user() == null) {
            throw Refusal.unauthenticated().exception();
        }
        if (!maySee(caller, locationId)) {
            throw Refusal.forbidden().exception();
        }
        return location(locationId);
    }

    /** Whether the caller's user may see the location; 404 when it does not exist, 403 for a foreign partner. */
    boolean maySee(Caller caller, long locationId) {
        access.requirePartner(caller, locationId);
        return caller.user() != null && access.visibleLocations(caller).contains(locationId);
    }

    /** A B2B write: the user holds {@code right} at the location. */
    Location write(Caller caller, long locationId, Right right) {
        access.require(caller, locationId, right);
        return location(locationId);
    }

    /** The member if it works at the location, else 404 (also for another location's member). */
    TeamMember member(long locationId, long memberId) {
        return members.findAt(locationId, memberId)
                .orElseThrow(() -> Refusal.notFound("Staff").exception());
    }

    /** Like {@link #member} but a deleted member is not found either. */
    TeamMember activeMember(long locationId, long memberId) {
        TeamMember member = member(locationId, memberId);
        if (member.deleted()) {
            throw Refusal.notFound("Staff").exception();
        }
        return member;
    }

    private Location location(long id) {
        return locations.find(id).orElseThrow(() -> Refusal.notFound("Location").exception());
    }
}
