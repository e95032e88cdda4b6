package dev.kairos.directory;

import dev.kairos.platform.SqlParams;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The team_members table, with the locations each member works at. */
@Repository
public class TeamMembers {

    /** The columns a new team member is written with, here and by {@link DirectoryWriter}. */
    static final String COLUMNS = """
            location_id, position_id, name, specialization, information, avatar, api_id, weight, hidden, fired,
            user_id, phone, email""";

    static final String VALUES = """
            :location, :positionId, :name, :specialization, :information, :avatar, :apiId, :weight, :hidden, :fired,
            :userId, coalesce(:phone, ''), coalesce(:email, '')""";

    /** A new member works at the location they were made at. */
    static final String AT_LOCATION =
            "insert into team_member_locations (team_member_id, location_id) values (:id, :location)";

    private static final String SELECT = """
            select tm.id, tm.location_id, tm.position_id, tm.name, tm.specialization, tm.information, tm.avatar,
                   tm.api_id, tm.weight, tm.rating, tm.votes_count, tm.hidden, tm.fired, tm.deleted, tm.user_id,
                   p.chain_id as position_chain_id, p.title as position_title, p.api_id as position_api_id,
                   array(select distinct tml.location_id from team_member_locations tml
                          where tml.team_member_id = tm.id and tml.location_id <> tm.location_id
                          order by tml.location_id) as other_locations
              from team_members tm left join positions p on p.id = tm.position_id
            """;

    private static final String WORKS_AT = """
            (tm.location_id = :location or exists (select 1 from team_member_locations tml
                                                    where tml.team_member_id = tm.id and tml.location_id = :location))
            """;

    private static final String ORDER = " order by tm.weight desc, tm.id";

    private final JdbcClient db;

    TeamMembers(JdbcClient db) {
        this.db = db;
    }

    /** The member, deleted or not, if it works at the location (home or additional). */
    public Optional<TeamMember> findAt(long locationId, long id) {
        return db.sql(SELECT + " where tm.id = :id and " + WORKS_AT)
                .param("id", id)
                .param("location", locationId)
                .query(TeamMembers::map)
                .optional();
    }

    /** The members working at the location that are not deleted (fired and hidden ones included), heaviest first. */
    public List<TeamMember> atLocation(long locationId) {
        return db.sql(SELECT + " where not tm.deleted and " + WORKS_AT + ORDER)
                .param("location", locationId)
                .query(TeamMembers::map)
                .list();
    }

    /** The members clients may book online at the location: not fired, deleted or hidden, heaviest first. */
    public List<TeamMember> bookable(long locationId) {
        return db.sql(SELECT + " where not tm.deleted and not tm.fired and not tm.hidden and " + WORKS_AT + ORDER)
                .param("location", locationId)
                .query(TeamMembers::map)
                .list();
    }

    /** The members with these ids, deleted or not, in the order of {@code ids}; unknown ids are left out. */
    public List<TeamMember> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, TeamMember> byId = new java.util.HashMap<>();
        db.sql(SELECT + " where tm.id in (:ids)")
                .param("ids", ids)
                .query(TeamMembers::map)
                .list()
                .forEach(m -> byId.put(m.id(), m));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** Of the given ids, those that work at the location and are not deleted. */
    public List<Long> workingAt(long locationId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("select tm.id from team_members tm where tm.id in (:ids) and not tm.deleted and " + WORKS_AT)
                .param("ids", ids)
                .param("location", locationId)
                .query(Long.class)
                .list();
    }

    long insert(long locationId, TeamMemberFields f) {
        long id = db.sql("insert into team_members (" + COLUMNS + ") values (" + VALUES + ") returning id")
                .paramSource(SqlParams.of(f).addValue("location", locationId))
                .query(Long.class)
                .single();
        db.sql(AT_LOCATION).param("id", id).param("location", locationId).update();
        return id;
    }

    void update(long id, TeamMemberFields f) {
        db.sql("""
                        update team_members set position_id = :positionId, name = :name, specialization = :specialization,
                            information = :information, avatar = :avatar, api_id = :apiId, weight = :weight,
                            hidden = :hidden, fired = :fired, user_id = :userId, phone = coalesce(:phone, phone), email = coalesce(:email, email),
                            updated_at = now()
                         where id = :id
                        """).paramSource(SqlParams.of(f).addValue("id", id)).update();
    }

    void delete(long id) {
        db.sql("update team_members set deleted = true, updated_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    /** How to reach a team member: her phone and email as stored (empty when none). */
    record Contact(String phone, String email) {}

    Contact contact(long id) {
        return db.sql("select phone, email from team_members where id = :id")
                .param("id", id)
                .query((rs, n) -> new Contact(rs.getString("phone"), rs.getString("email")))
                .optional()
                .orElse(new Contact("", ""));
    }

    /** Whether the user exists in the chain, for linking a member to an account. */
    boolean userInChain(long chainId, long userId) {
        return db.sql("select exists (select 1 from users where id = :user and chain_id = :chain)")
                .param("user", userId)
                .param("chain", chainId)
                .query(Boolean.class)
                .single();
    }

    private static TeamMember map(ResultSet rs, int row) throws SQLException {
        long home = rs.getLong("location_id");
        List<Long> locations = new ArrayList<>(List.of(home));
        for (Long other : (Long[]) rs.getArray("other_locations").getArray()) {
            locations.add(other);
        }
        long positionId = rs.getLong("position_id");
        Position position = rs.wasNull()
                ? null
                : new Position(
                        positionId,
                        rs.getLong("position_chain_id"),
                        rs.getString("position_title"),
                        rs.getString("position_api_id"));
        return new TeamMember(
                rs.getLong("id"),
                home,
                locations,
                position,
                rs.getString("name"),
                rs.getString("specialization"),
                rs.getString("information"),
                rs.getString("avatar"),
                rs.getString("api_id"),
                rs.getInt("weight"),
                rs.getBigDecimal("rating"),
                rs.getInt("votes_count"),
                rs.getBoolean("hidden"),
                rs.getBoolean("fired"),
                rs.getBoolean("deleted"),
                (Long) rs.getObject("user_id"));
    }
}
