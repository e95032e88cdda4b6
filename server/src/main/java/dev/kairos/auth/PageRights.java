package dev.kairos.auth;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the person signed in to the pages may do, for templates to offer only those actions
 * ({@code ${@pageRights.holds(location.id, 'EXPORT')}}). The server checks the right again when the
 * action is taken; this only keeps a button from being shown to someone who would be refused.
 */
@Component("pageRights")
public class PageRights {

    private final Access access;

    PageRights(Access access) {
        this.access = access;
    }

    /** Whether the signed-in person holds the right (named as {@link Right}) at the location. */
    public boolean holds(long locationId, String right) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SessionUser user)) {
            return false;
        }
        return access.holds(user.caller(), locationId, Right.valueOf(right));
    }
}
