package dev.kairos.directory;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a team member works besides her home location: assignments to other locations of her
 * chain, each for a span of dates or always. Availability and booking offer her at a location only
 * on dates an assignment covers; her home location is always hers. Changes need the right to manage
 * staff at the location concerned and are written to the activity log.
 */
@Service
public class Assignments {

    private static final String SELECT = """
            select tml.id, tm.id as staff_id, tm.name, tm.location_id as home_id, tml.location_id, l.title,
                   tml.starts_on, tml.ends_on
              from team_member_locations tml
              join team_members tm on tm.id = tml.team_member_id
              join locations home on home.id = tm.location_id
              join locations l on l.id = tml.location_id
             where tml.location_id <> tm.location_id and not tm.deleted and not l.deleted
            """;
    private static final String ORDER = " order by tm.name, tm.id, l.title, tml.starts_on nulls first, tml.id";

    private final JdbcClient db;
    private final Access access;
    private final ActivityLog activity;

    Assignments(JdbcClient db, Access access, ActivityLog activity) {
        this.db = db;
        this.access = access;
        this.activity = activity;
    }

    /** What a request came to: the assignments asked for, the one stored or removed, or why it was refused. */
    public sealed interface Outcome {
        record Listed(List<Assignment> assignments) implements Outcome {}

        record Saved(Assignment assignment) implements Outcome {}

        record Refused(Refusal refusal) implements Outcome {}
    }

    /** A team member of the chain, with her home location, someone an assignment may name. */
    public record Member(long id, String name, long homeLocationId) {}

    /** The member's assignments (404 for a member not of the chain or deleted). */
    public Outcome ofMember(Caller caller, long chainId, long memberId) {
        access.requireChain(caller, chainId, Right.MANAGE_STAFF);
        if (member(chainId, memberId).isEmpty()) {
            return new Outcome.Refused(Refusal.notFound("Staff"));
        }
        return new Outcome.Listed(db.sql(SELECT + " and tm.id = :member and home.chain_id = :chain" + ORDER)
                .param("member", memberId)
                .param("chain", chainId)
                .query(Assignments::map)
                .list());
    }

    /** Refuses (403) a caller who may not manage the location's staff. */
    public void requireManager(Caller caller, long locationId) {
        access.require(caller, locationId, Right.MANAGE_STAFF);
    }

    /** The assignments that bring members of other locations here and send this location's members elsewhere. */
    public List<Assignment> atLocation(Caller caller, long locationId) {
        access.require(caller, locationId, Right.MANAGE_STAFF);
        return db.sql(SELECT + " and (tml.location_id = :location or tm.location_id = :location)" + ORDER)
                .param("location", locationId)
                .query(Assignments::map)
                .list();
    }

    /** The chain's team members who are not deleted, by name: whom an assignment may name. */
    public List<Member> members(Caller caller, long locationId, long chainId) {
        access.require(caller, locationId, Right.MANAGE_STAFF);
        return db.sql("""
                        select tm.id, tm.name, tm.location_id from team_members tm
                          join locations l on l.id = tm.location_id
                         where l.chain_id = :chain and not tm.deleted and not l.deleted
                         order by tm.name, tm.id
                        """)
                .param("chain", chainId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Assigns the member to a location of her chain for the body's dates. */
    @Transactional
    public Outcome add(Caller caller, long chainId, long memberId, AssignmentBody body) {
        access.requireChain(caller, chainId, Right.MANAGE_STAFF);
        Optional<Member> member = member(chainId, memberId);
        if (member.isEmpty()) {
            return new Outcome.Refused(Refusal.notFound("Staff"));
        }
        Map<String, List<Fault>> problems = body.problems();
        if (!problems.isEmpty()) {
            return new Outcome.Refused(Refusal.invalidFaults(problems));
        }
        long locationId = body.locationId();
        Optional<Refusal> refused = placeProblem(chainId, member.get(), locationId, body.start(), body.end());
        if (refused.isPresent()) {
            return new Outcome.Refused(refused.get());
        }
        access.require(caller, locationId, Right.MANAGE_STAFF);
        long id = db.sql("""
                        insert into team_member_locations (team_member_id, location_id, starts_on, ends_on)
                        values (:member, :location, :from, :until) returning id
                        """)
                .param("member", memberId)
                .param("location", locationId)
                .param("from", body.start(), java.sql.Types.DATE)
                .param("until", body.end(), java.sql.Types.DATE)
                .query(Long.class)
                .single();
        Assignment stored = find(chainId, memberId, id).orElseThrow();
        activity.record(locationId, caller, "created", "staff_assignment", id, details(stored));
        return new Outcome.Saved(stored);
    }

    /** Ends the member's assignment {@code id}: she no longer works at that location on its dates. */
    @Transactional
    public Outcome remove(Caller caller, long chainId, long memberId, long id) {
        access.requireChain(caller, chainId, Right.MANAGE_STAFF);
        Optional<Assignment> stored = find(chainId, memberId, id);
        if (stored.isEmpty()) {
            return new Outcome.Refused(Refusal.notFound("Assignment"));
        }
        access.require(caller, stored.get().locationId(), Right.MANAGE_STAFF);
        db.sql("delete from team_member_locations where id = :id")
                .param("id", id)
                .update();
        activity.record(stored.get().locationId(), caller, "deleted", "staff_assignment", id, details(stored.get()));
        return new Outcome.Saved(stored.get());
    }

    /** Why the member cannot be assigned there on those dates, if she cannot. */
    private Optional<Refusal> placeProblem(
            long chainId, Member member, long locationId, LocalDate from, LocalDate until) {
        boolean inChain = db.sql(
                        "select exists (select 1 from locations where id = :id and chain_id = :chain and not deleted)")
                .param("id", locationId)
                .param("chain", chainId)
                .query(Boolean.class)
                .single();
        if (!inChain) {
            return Optional.of(Refusal.invalid(
                    "location_id",
                    Fault.of(
                            "fault.assignment.location-unknown",
                            "location " + locationId + " is not a location of this chain",
                            locationId)));
        }
        if (locationId == member.homeLocationId()) {
            return Optional.of(Refusal.invalid(
                    "location_id",
                    Fault.of(
                            "fault.assignment.home",
                            "location " + locationId + " is the team member's home location: she always works there",
                            locationId)));
        }
        return db.sql("""
                        select id from team_member_locations
                         where team_member_id = :member and location_id = :location
                           and daterange(starts_on, ends_on, '[]') && daterange(:from, :until, '[]')
                         order by id limit 1
                        """)
                .param("member", member.id())
                .param("location", locationId)
                .param("from", from, java.sql.Types.DATE)
                .param("until", until, java.sql.Types.DATE)
                .query(Long.class)
                .optional()
                .map(other -> Refusal.invalid(
                        "start_date",
                        Fault.of(
                                "fault.assignment.overlap",
                                "overlaps assignment " + other + " of the team member at this location",
                                other)));
    }

    private Optional<Member> member(long chainId, long memberId) {
        return db.sql("""
                        select tm.id, tm.name, tm.location_id from team_members tm
                          join locations l on l.id = tm.location_id
                         where tm.id = :id and l.chain_id = :chain and not tm.deleted
                        """)
                .param("id", memberId)
                .param("chain", chainId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .optional();
    }

    private Optional<Assignment> find(long chainId, long memberId, long id) {
        return db.sql(SELECT + " and tml.id = :id and tm.id = :member and home.chain_id = :chain")
                .param("id", id)
                .param("member", memberId)
                .param("chain", chainId)
                .query(Assignments::map)
                .optional();
    }

    private static Map<String, Object> details(Assignment a) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("staff_id", a.staffId());
        details.put("staff_name", a.staffName());
        details.put("start_date", a.startDate() == null ? null : a.startDate().toString());
        details.put("end_date", a.endDate() == null ? null : a.endDate().toString());
        return details;
    }

    private static Assignment map(ResultSet rs, int row) throws SQLException {
        return new Assignment(
                rs.getLong("id"),
                rs.getLong("staff_id"),
                rs.getString("name"),
                rs.getLong("home_id"),
                rs.getLong("location_id"),
                rs.getString("title"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class));
    }
}
