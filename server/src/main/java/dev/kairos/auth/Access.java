package dev.kairos.auth;

import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides, on every request, whether the caller may act on a location: the location must exist
 * (404), the partner token must cover its chain, and for B2B calls the user must hold the right
 * at that location (403). Owners hold every right at every location of their chain.
 */
@Component
public class Access {

    private final JdbcClient db;

    Access(JdbcClient db) {
        this.db = db;
    }

    /** A B2B call: partner and user token, and the user holds {@code right} at the location. */
    public void require(Caller caller, long locationId, Right right) {
        if (caller.user() == null) {
            throw Refusal.unauthenticated().exception();
        }
        Scope scope = scope(caller, locationId);
        Caller.User user = caller.user();
        boolean allowed = user.chainId() == scope.chainId()
                && (user.owner() || scope.rights().contains(right.name()));
        if (!allowed) {
            throw Refusal.forbidden().exception();
        }
    }

    /** Whether the signed-in user holds {@code right} at the location (no exception). */
    public boolean holds(Caller caller, long locationId, Right right) {
        try {
            require(caller, locationId, right);
            return true;
        } catch (Refused e) {
            return false;
        }
    }

    /** An online-booking call: a partner token is enough, if it covers the location's chain. */
    public void requirePartner(Caller caller, long locationId) {
        scope(caller, locationId);
    }

    /**
     * An online-booking call on a location its caller has already read (it exists and is not
     * removed): the partner token must cover the location's chain.
     */
    public void requirePartnerOfChain(Caller caller, long chainId) {
        if (!caller.partner().mayAccessChain(chainId)) {
            throw Refusal.forbidden().exception();
        }
    }

    /** A chain-level B2B call (positions, chain catalog): the user must belong to the chain. */
    public void requireChain(Caller caller, long chainId, Right right) {
        if (caller.user() == null) {
            throw Refusal.unauthenticated().exception();
        }
        if (!caller.partner().mayAccessChain(chainId) || caller.user().chainId() != chainId) {
            throw Refusal.forbidden().exception();
        }
        if (!caller.user().owner() && !anyLocationGrants(caller.user().id(), right)) {
            throw Refusal.forbidden().exception();
        }
    }

    /**
     * Whether the signed-in user holds {@code right} somewhere in the chain (an owner holds every
     * right): what a chain-wide grant, such as a role's rights, may not exceed.
     */
    public boolean holdsInChain(Caller caller, long chainId, Right right) {
        Caller.User user = caller.user();
        return user != null && user.chainId() == chainId && (user.owner() || anyLocationGrants(user.id(), right));
    }

    /** The locations the signed-in user may see, for {@code GET /companies?my=1}. */
    public List<Long> visibleLocations(Caller caller) {
        if (caller.user() == null) {
            return List.of();
        }
        if (caller.user().owner()) {
            return db.sql("select id from locations where chain_id = :chain and not deleted order by id")
                    .param("chain", caller.user().chainId())
                    .query(Long.class)
                    .list();
        }
        return db.sql("select location_id from user_locations where user_id = :user order by location_id")
                .param("user", caller.user().id())
                .query(Long.class)
                .list();
    }

    private boolean anyLocationGrants(long userId, Right right) {
        return db.sql("""
                        select exists (select 1 from user_locations ul join roles r on r.id = ul.role_id
                                        where ul.user_id = :user and :right = any (r.rights))
                        """)
                .param("user", userId)
                .param("right", right.name())
                .query(Boolean.class)
                .single();
    }

    private Scope scope(Caller caller, long locationId) {
        Scope scope = db.sql("""
                        select l.chain_id,
                               (select r.rights from user_locations ul join roles r on r.id = ul.role_id
                                 where ul.user_id = :user and ul.location_id = l.id) as rights
                          from locations l
                         where l.id = :location and not l.deleted
                        """)
                .param("user", caller.userId() == null ? -1L : caller.userId())
                .param("location", locationId)
                .query((rs, n) -> new Scope(rs.getLong("chain_id"), rights(rs.getArray("rights"))))
                .optional()
                .orElseThrow(() -> Refusal.notFound("Location").exception());
        requirePartnerOfChain(caller, scope.chainId());
        return scope;
    }

    private static Set<String> rights(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }

    private record Scope(long chainId, Set<String> rights) {}
}
