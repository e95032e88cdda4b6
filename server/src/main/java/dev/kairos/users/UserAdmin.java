package dev.kairos.users;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Passwords;
import dev.kairos.auth.Right;
import dev.kairos.auth.Tokens;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The users of a location, as someone who may manage users there sees them: inviting people,
 * changing their role and locations, deactivating them. Every change is in the activity log, and
 * none may leave the chain without a user who can manage users.
 */
@Service
public class UserAdmin {

    private static final Fault NO_SUCH_LOCATION =
            Fault.of("fault.user.location-unknown", "names a location that does not exist");

    private final Access access;
    private final Locations locations;
    private final Users users;
    private final Roles roles;
    private final Managers managers;
    private final Invitations invitations;
    private final InvitationMail mail;
    private final ActivityLog log;
    private final Clock clock;

    UserAdmin(
            Access access,
            Locations locations,
            Users users,
            Roles roles,
            Managers managers,
            Invitations invitations,
            InvitationMail mail,
            ActivityLog log,
            Clock clock) {
        this.access = access;
        this.locations = locations;
        this.users = users;
        this.roles = roles;
        this.managers = managers;
        this.invitations = invitations;
        this.mail = mail;
        this.log = log;
        this.clock = clock;
    }

    /**
     * The location, once the caller may manage users there.
     *
     * @throws dev.kairos.refusal.Refused 404 for an unknown location, 403 without the right
     */
    public Location authorize(Caller caller, long locationId) {
        access.require(caller, locationId, Right.MANAGE_USERS);
        return locations.find(locationId).orElseThrow(() -> Refusal.notFound("Location")
                .exception());
    }

    public List<UserView> list(Caller caller, long locationId) {
        Location location = authorize(caller, locationId);
        return users.atLocation(location.chainId(), locationId).stream()
                .map(UserView::of)
                .toList();
    }

    public Outcome<UserView> find(Caller caller, long locationId, long userId) {
        Location location = authorize(caller, locationId);
        return visible(location, userId)
                .map(a -> Outcome.done(UserView.of(a)))
                .orElseGet(() -> Outcome.refused(Refusal.notFound("User")));
    }

    /** Creates the user with an invitation to set a password, mailed to them or, without mail, in the answer. */
    @Transactional
    public Outcome<UserView> invite(Caller caller, long locationId, UserRequest request) {
        Location location = authorize(caller, locationId);
        Map<String, List<Fault>> problems = request.problems(true);
        List<Long> wanted = request.locationIds() == null ? List.of(locationId) : request.locationIds();
        Refusal placement = placementProblem(caller, location.chainId(), request.roleId(), wanted, problems);
        if (placement != null) {
            return Outcome.refused(placement);
        }
        managers.lockChain(location.chainId());
        String email = request.normalEmail();
        if (users.loginTaken(email)) {
            return Outcome.refused(Refusal.conflict(
                    Fault.of("refusal.user.email-taken", "A user with this email address already exists")));
        }
        String name = request.name().strip();
        long id = users.insert(
                location.chainId(), email, name, strip(request.phone()), Passwords.hash(Tokens.generate()));
        users.place(id, request.roleId(), Set.copyOf(wanted));
        String link = mail.link(invitations.open(id, caller.userId()));
        log.record(
                locationId,
                caller,
                "invited",
                "user",
                id,
                Map.of("email", email, "role_id", request.roleId(), "location_ids", wanted));
        String chain = locations.chainTitle(location.chainId()).orElse(location.title());
        boolean sent = mail.send(email, name, chain, inviter(caller, location), link);
        return Outcome.done(UserView.of(visible(location, id).orElseThrow()).invitation(sent, link));
    }

    /** Changes the fields sent: name, phone, role, locations, active (false deactivates at once). */
    @Transactional
    public Outcome<UserView> update(Caller caller, long locationId, long userId, UserRequest request) {
        Location location = authorize(caller, locationId);
        managers.lockChain(location.chainId());
        Account target = visible(location, userId).orElse(null);
        if (target == null) {
            return Outcome.refused(Refusal.notFound("User"));
        }
        if (target.owner() && !isOwner(caller)) {
            return Outcome.refused(Refusal.of(
                    dev.kairos.refusal.RefusalCode.FORBIDDEN,
                    Fault.of("refusal.user.owner-only", "Only an owner may change an owner")));
        }
        Map<String, List<Fault>> problems = request.problems(false);
        if (target.owner() && (request.roleId() != null || request.locationIds() != null)) {
            problems.put(
                    "role_id",
                    List.of(Fault.of("fault.user.owner-everywhere", "an owner holds every right at every location")));
        }
        Long role = request.roleId() == null ? target.roleId() : request.roleId();
        List<Long> wanted = request.locationIds() == null ? target.locationIds() : request.locationIds();
        if (!target.owner()) {
            Set<Long> touched = new HashSet<>(wanted);
            touched.addAll(target.locationIds());
            touched.removeIf(l -> wanted.contains(l) && target.locationIds().contains(l) && request.roleId() == null);
            Refusal placement = placementProblem(caller, location.chainId(), role, List.copyOf(touched), problems);
            if (placement != null) {
                return Outcome.refused(placement);
            }
            if (!users.locationsOfChain(location.chainId(), wanted).containsAll(wanted)) {
                return Outcome.refused(Refusal.invalid("location_ids", NO_SUCH_LOCATION));
            }
        } else if (!problems.isEmpty()) {
            return Outcome.refused(Refusal.invalidFaults(problems));
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        if (request.name() != null || request.phone() != null) {
            String name =
                    request.name() == null ? target.name() : request.name().strip();
            String phone = request.phone() == null ? target.phone() : strip(request.phone());
            users.rename(userId, name, phone);
            changed.put("name", name);
            changed.put("phone", phone);
        }
        if (!target.owner() && (request.roleId() != null || request.locationIds() != null)) {
            users.place(userId, role, Set.copyOf(wanted));
            changed.put("role_id", role);
            changed.put("location_ids", wanted);
        }
        if (request.active() != null && request.active() != target.active()) {
            if (request.active()) {
                users.reactivate(userId);
            } else {
                users.deactivate(userId, clock.instant());
            }
            changed.put("active", request.active());
        }
        if (!managers.exist(location.chainId())) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return Outcome.refused(Refusal.conflict(Managers.LAST_MANAGER));
        }
        String action = Boolean.FALSE.equals(changed.get("active"))
                ? "deactivated"
                : Boolean.TRUE.equals(changed.get("active")) ? "reactivated" : "updated";
        log.record(locationId, caller, action, "user", userId, changed);
        return Outcome.done(UserView.of(visible(location, userId).orElseThrow()));
    }

    /**
     * Takes the location from the user; a user left without a location is deactivated. An owner is
     * not removed from a location (they work at all): deactivate them instead.
     */
    @Transactional
    public Outcome<UserView> remove(Caller caller, long locationId, long userId) {
        Location location = authorize(caller, locationId);
        managers.lockChain(location.chainId());
        Account target = visible(location, userId).orElse(null);
        if (target == null) {
            return Outcome.refused(Refusal.notFound("User"));
        }
        if (target.owner()) {
            return Outcome.refused(Refusal.conflict(Fault.of(
                    "refusal.user.owner-not-removed",
                    "An owner works at every location and is not removed from one; deactivate them instead")));
        }
        List<Long> rest =
                target.locationIds().stream().filter(l -> l != locationId).toList();
        if (rest.isEmpty()) {
            users.deactivate(userId, clock.instant());
        } else {
            users.place(userId, target.roleId(), Set.copyOf(rest));
        }
        if (!managers.exist(location.chainId())) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return Outcome.refused(Refusal.conflict(Managers.LAST_MANAGER));
        }
        log.record(
                locationId,
                caller,
                rest.isEmpty() ? "deactivated" : "removed",
                "user",
                userId,
                Map.of("location_id", locationId));
        return Outcome.done(
                UserView.of(users.find(location.chainId(), userId, locationId).orElseThrow()));
    }

    /**
     * Sends a user who has not set a password yet a new invitation (mailed, or its link in the
     * answer); earlier links stop working.
     */
    @Transactional
    public Outcome<UserView> reinvite(Caller caller, long locationId, long userId) {
        Location location = authorize(caller, locationId);
        Account target = visible(location, userId).orElse(null);
        if (target == null) {
            return Outcome.refused(Refusal.notFound("User"));
        }
        if (!target.invited() || !target.active()) {
            return Outcome.refused(Refusal.conflict(Fault.of(
                    "refusal.user.invite-again",
                    "Only an active user who has not set a password yet is invited again")));
        }
        invitations.closeAll(userId);
        String link = mail.link(invitations.open(userId, caller.userId()));
        log.record(locationId, caller, "invited", "user", userId, Map.of("email", target.email(), "again", true));
        String chain = locations.chainTitle(location.chainId()).orElse(location.title());
        boolean sent = mail.send(target.email(), target.name(), chain, inviter(caller, location), link);
        return Outcome.done(UserView.of(target).invitation(sent, link));
    }

    /** The roles a user may be given at the location. */
    public List<RoleView> roles(Caller caller, long locationId) {
        Location location = authorize(caller, locationId);
        return roles.ofChain(location.chainId()).stream().map(RoleView::of).toList();
    }

    /** The chain's locations where the caller may manage users: those they may give or take. */
    public List<Location> placeable(Caller caller, long locationId) {
        Location location = authorize(caller, locationId);
        return locations.ofChain(location.chainId()).stream()
                .filter(l -> access.holds(caller, l.id(), Right.MANAGE_USERS))
                .toList();
    }

    private java.util.Optional<Account> visible(Location location, long userId) {
        return users.find(location.chainId(), userId, location.id())
                .filter(a -> a.owner() || a.locationIds().contains(location.id()));
    }

    /**
     * Why a role and locations cannot be given: field problems (422), or a location where the
     * caller may not manage users (403); null when they can.
     */
    private Refusal placementProblem(
            Caller caller, long chainId, Long roleId, List<Long> locationIds, Map<String, List<Fault>> problems) {
        if (roleId != null && roles.find(chainId, roleId).isEmpty()) {
            problems.put("role_id", List.of(Fault.of("fault.user.role-unknown", "is not a role of this chain")));
        }
        List<Long> known = users.locationsOfChain(
                chainId, locationIds.stream().filter(java.util.Objects::nonNull).toList());
        if (!problems.containsKey("location_ids") && !known.containsAll(locationIds)) {
            problems.put("location_ids", List.of(NO_SUCH_LOCATION));
        }
        if (!problems.isEmpty()) {
            return Refusal.invalidFaults(problems);
        }
        if (locationIds.stream().anyMatch(l -> !access.holds(caller, l, Right.MANAGE_USERS))) {
            return Refusal.of(
                    dev.kairos.refusal.RefusalCode.FORBIDDEN,
                    Fault.of(
                            "refusal.user.locations-beyond",
                            "You may give and take only locations where you manage users"));
        }
        Role role = roleId == null ? null : roles.find(chainId, roleId).orElseThrow();
        if (role != null
                && role.rights().stream()
                        .anyMatch(right -> locationIds.stream().anyMatch(l -> !access.holds(caller, l, right)))) {
            return Refusal.of(
                    dev.kairos.refusal.RefusalCode.FORBIDDEN,
                    Fault.of(
                            "refusal.user.role-beyond",
                            "You may give only a role whose rights you hold yourself at those locations"));
        }
        return null;
    }

    private String inviter(Caller caller, Location location) {
        if (caller.userId() == null) {
            return "Someone";
        }
        return users.find(location.chainId(), caller.userId(), location.id())
                .map(Account::displayName)
                .orElse("Someone");
    }

    private static boolean isOwner(Caller caller) {
        return caller.user() != null && caller.user().owner();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
