package dev.kairos.catalog;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.refusal.Refusal;
import org.springframework.stereotype.Component;

/** Who may read and change a location's catalog. */
@Component
class CatalogAccess {

    private final Access access;

    CatalogAccess(Access access) {
        this.access = access;
    }

    /** Changing services and categories: the MANAGE_SERVICES right at the location. */
    void write(Caller caller, long locationId) {
        access.require(caller, locationId, Right.MANAGE_SERVICES);
    }

    /** A B2B read: a user token, and the user works at (or owns) the location. */
    void read(Caller caller, long locationId) {
        if (caller.user() == null) {
            throw Refusal.unauthenticated().exception();
        }
        publicRead(caller, locationId);
    }

    /**
     * A read on a partner-token path. Partner-only callers see what online booking offers; a caller
     * who also sends a user token must work at the location and sees everything.
     *
     * @return whether the caller sees inactive services too
     */
    boolean publicRead(Caller caller, long locationId) {
        access.requirePartner(caller, locationId);
        if (caller.user() == null) {
            return false;
        }
        if (!access.visibleLocations(caller).contains(locationId)) {
            throw Refusal.forbidden().exception();
        }
        return true;
    }
}
