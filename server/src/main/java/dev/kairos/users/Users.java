package dev.kairos.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users of a chain and the locations they may work at, in SQL. */
@Repository
class Users {

    private static final String SELECT = """
            select u.id, u.chain_id, u.login, u.name, u.email, u.phone, u.is_owner, u.active,
                   exists (select 1 from user_invitations i where i.user_id = u.id and i.used_at is null) as invited,
                   r.id as role_id, r.title as role_title,
                   coalesce((select array_agg(ul.location_id order by ul.location_id)
                               from user_locations ul where ul.user_id = u.id), '{}') as location_ids
              from users u
              left join lateral (
                    select ro.id, ro.title from user_locations ul join roles ro on ro.id = ul.role_id
                     where ul.user_id = u.id
                     order by ul.location_id = :location desc, ul.location_id limit 1) r on true
            """;

    private final JdbcClient db;

    Users(JdbcClient db) {
        this.db = db;
    }

    /** The chain's owners and the users who may work at the location, owners first. */
    List<Account> atLocation(long chainId, long locationId) {
        return db.sql(SELECT + """
                         where u.chain_id = :chain
                           and (u.is_owner or exists (select 1 from user_locations ul
                                                       where ul.user_id = u.id and ul.location_id = :location))
                         order by u.is_owner desc, u.active desc, lower(case when u.name = '' then u.login else u.name end), u.id
                        """)
                .param("chain", chainId)
                .param("location", locationId)
                .query(Users::account)
                .list();
    }

    /** A user of the chain, with the role they hold at the location. */
    Optional<Account> find(long chainId, long userId, long locationId) {
        return db.sql(SELECT + " where u.chain_id = :chain and u.id = :id")
                .param("chain", chainId)
                .param("id", userId)
                .param("location", locationId)
                .query(Users::account)
                .optional();
    }

    boolean loginTaken(String login) {
        return db.sql("select exists (select 1 from users where lower(login) = lower(:login))")
                .param("login", login)
                .query(Boolean.class)
                .single();
    }

    long insert(long chainId, String email, String name, String phone, String unusableHash) {
        return db.sql("""
                        insert into users (chain_id, login, name, email, phone, password_hash)
                        values (:chain, :login, :name, :login, :phone, :hash) returning id
                        """)
                .param("chain", chainId)
                .param("login", email)
                .param("name", name)
                .param("phone", phone)
                .param("hash", unusableHash)
                .query(Long.class)
                .single();
    }

    void rename(long userId, String name, String phone) {
        db.sql("update users set name = :name, phone = :phone where id = :id")
                .param("id", userId)
                .param("name", name)
                .param("phone", phone)
                .update();
    }

    /** Gives the user exactly these locations, with one role at each. */
    void place(long userId, long roleId, Collection<Long> locationIds) {
        db.sql("delete from user_locations where user_id = :user and not (location_id = any (:locations))")
                .param("user", userId)
                .param("locations", locationIds.toArray(Long[]::new))
                .update();
        db.sql("""
                        insert into user_locations (user_id, location_id, role_id)
                        select :user, l, :role from unnest(cast(:locations as bigint[])) l
                        on conflict (user_id, location_id) do update set role_id = excluded.role_id
                        """)
                .param("user", userId)
                .param("role", roleId)
                .param("locations", locationIds.toArray(Long[]::new))
                .update();
    }

    /** Deactivates the user and ends their API tokens and open invitations at once. */
    void deactivate(long userId, Instant at) {
        db.sql("update users set active = false, deactivated_at = :at where id = :id")
                .param("id", userId)
                .param("at", java.sql.Timestamp.from(at))
                .update();
        db.sql("delete from user_tokens where user_id = :id")
                .param("id", userId)
                .update();
        db.sql("delete from user_invitations where user_id = :id and used_at is null")
                .param("id", userId)
                .update();
    }

    void reactivate(long userId) {
        db.sql("update users set active = true, deactivated_at = null where id = :id")
                .param("id", userId)
                .update();
    }

    /** The chain's live locations among {@code ids}. */
    List<Long> locationsOfChain(long chainId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("select id from locations where chain_id = :chain and not deleted and id in (:ids) order by id")
                .param("chain", chainId)
                .param("ids", ids)
                .query(Long.class)
                .list();
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getLong("chain_id"),
                rs.getString("login"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getBoolean("is_owner"),
                rs.getBoolean("active"),
                rs.getBoolean("invited"),
                (Long) rs.getObject("role_id"),
                rs.getString("role_title"),
                Arrays.asList((Long[]) rs.getArray("location_ids").getArray()));
    }
}
