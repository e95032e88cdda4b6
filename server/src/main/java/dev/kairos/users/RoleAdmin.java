package dev.kairos.users;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles of a chain: listed, created, changed and removed by someone who may manage the chain's
 * users. A role still held by a user is not removed, and no change leaves the chain without a
 * user who can manage users.
 */
@Service
public class RoleAdmin {

    private static final Fault TITLE_TAKEN = Fault.of("fault.role.title-taken", "another role has this title");

    private final Access access;
    private final Roles roles;
    private final Managers managers;
    private final ActivityLog log;

    RoleAdmin(Access access, Roles roles, Managers managers, ActivityLog log) {
        this.access = access;
        this.roles = roles;
        this.managers = managers;
        this.log = log;
    }

    /** @throws dev.kairos.refusal.Refused 403 unless the caller manages users in the chain */
    public void authorize(Caller caller, long chainId) {
        access.requireChain(caller, chainId, Right.MANAGE_USERS);
    }

    /** @throws dev.kairos.refusal.Refused 403 unless the caller manages users in the chain */
    public List<RoleView> list(Caller caller, long chainId) {
        access.requireChain(caller, chainId, Right.MANAGE_USERS);
        return roles.ofChain(chainId).stream().map(RoleView::of).toList();
    }

    @Transactional
    public Outcome<RoleView> create(Caller caller, long chainId, RoleRequest request) {
        access.requireChain(caller, chainId, Right.MANAGE_USERS);
        RoleRequest.Read read = request.read();
        if (!read.problems().isEmpty()) {
            return Outcome.refused(read.refusal());
        }
        Refusal beyond = beyondCaller(caller, chainId, read.rights());
        if (beyond != null) {
            return Outcome.refused(beyond);
        }
        managers.lockChain(chainId);
        if (roles.titleTaken(chainId, read.title(), -1)) {
            return Outcome.refused(Refusal.invalid("title", TITLE_TAKEN));
        }
        long id = roles.insert(chainId, read.title(), read.rights());
        log.recordInChain(chainId, caller, "created", "role", id, Map.of("title", read.title(), "rights", wire(read)));
        return Outcome.done(RoleView.of(roles.find(chainId, id).orElseThrow()));
    }

    @Transactional
    public Outcome<RoleView> update(Caller caller, long chainId, long roleId, RoleRequest request) {
        access.requireChain(caller, chainId, Right.MANAGE_USERS);
        managers.lockChain(chainId);
        Role role = roles.find(chainId, roleId).orElse(null);
        if (role == null) {
            return Outcome.refused(Refusal.notFound("Role"));
        }
        RoleRequest.Read read = request.read();
        if (!read.problems().isEmpty()) {
            return Outcome.refused(read.refusal());
        }
        Refusal beyond = beyondCaller(caller, chainId, read.rights());
        if (beyond != null) {
            return Outcome.refused(beyond);
        }
        if (roles.titleTaken(chainId, read.title(), roleId)) {
            return Outcome.refused(Refusal.invalid("title", TITLE_TAKEN));
        }
        if (role.rights().contains(Right.MANAGE_USERS)
                && !read.rights().contains(Right.MANAGE_USERS)
                && !managers.remainsWithout(chainId, -1, roleId)) {
            return Outcome.refused(Refusal.conflict(Managers.LAST_MANAGER));
        }
        roles.update(roleId, read.title(), read.rights());
        log.recordInChain(
                chainId,
                caller,
                "updated",
                "role",
                roleId,
                Map.of(
                        "title",
                        read.title(),
                        "rights",
                        wire(read),
                        "was",
                        RoleView.of(role).rights()));
        return Outcome.done(RoleView.of(roles.find(chainId, roleId).orElseThrow()));
    }

    @Transactional
    public Outcome<RoleView> delete(Caller caller, long chainId, long roleId) {
        access.requireChain(caller, chainId, Right.MANAGE_USERS);
        managers.lockChain(chainId);
        Role role = roles.find(chainId, roleId).orElse(null);
        if (role == null) {
            return Outcome.refused(Refusal.notFound("Role"));
        }
        if (role.users() > 0) {
            return Outcome.refused(Refusal.conflict(Fault.of(
                    "refusal.role.held",
                    "The role is held by " + role.users() + (role.users() == 1 ? " user" : " users")
                            + "; give them another role first",
                    role.users())));
        }
        roles.delete(roleId);
        log.recordInChain(chainId, caller, "deleted", "role", roleId, Map.of("title", role.title()));
        return Outcome.done(RoleView.of(role));
    }

    /**
     * A role may carry only rights its author holds: whoever may manage users but not, say, delete
     * paid appointments cannot hand that right to anyone, themselves included (403).
     */
    private Refusal beyondCaller(Caller caller, long chainId, Collection<Right> rights) {
        List<String> beyond = rights.stream()
                .filter(right -> !access.holdsInChain(caller, chainId, right))
                .map(RightNames::wire)
                .toList();
        return beyond.isEmpty()
                ? null
                : Refusal.of(
                        RefusalCode.FORBIDDEN,
                        Fault.of(
                                "refusal.role.rights-beyond",
                                "You may give only rights you hold yourself; not " + String.join(", ", beyond),
                                String.join(", ", beyond)));
    }

    private static List<String> wire(RoleRequest.Read read) {
        return read.rights().stream().map(RightNames::wire).toList();
    }
}
