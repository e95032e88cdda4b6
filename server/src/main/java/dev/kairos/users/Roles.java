package dev.kairos.users;

import dev.kairos.auth.Right;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roles of a chain, in SQL. */
@Repository
class Roles {

    private static final String SELECT = """
            select r.id, r.chain_id, r.title, r.rights,
                   (select count(distinct ul.user_id) from user_locations ul where ul.role_id = r.id) as users
              from roles r
            """;

    private final JdbcClient db;

    Roles(JdbcClient db) {
        this.db = db;
    }

    List<Role> ofChain(long chainId) {
        return db.sql(SELECT + " where r.chain_id = :chain order by lower(r.title), r.id")
                .param("chain", chainId)
                .query(Roles::role)
                .list();
    }

    Optional<Role> find(long chainId, long id) {
        return db.sql(SELECT + " where r.chain_id = :chain and r.id = :id")
                .param("chain", chainId)
                .param("id", id)
                .query(Roles::role)
                .optional();
    }

    boolean titleTaken(long chainId, String title, long exceptId) {
        return db.sql(
                        "select exists (select 1 from roles where chain_id = :chain and lower(title) = lower(:title) and id <> :id)")
                .param("chain", chainId)
                .param("title", title)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    long insert(long chainId, String title, Collection<Right> rights) {
        return db.sql("insert into roles (chain_id, title, rights) values (:chain, :title, :rights) returning id")
                .param("chain", chainId)
                .param("title", title)
                .param("rights", names(rights))
                .query(Long.class)
                .single();
    }

    void update(long id, String title, Collection<Right> rights) {
        db.sql("update roles set title = :title, rights = :rights where id = :id")
                .param("id", id)
                .param("title", title)
                .param("rights", names(rights))
                .update();
    }

    void delete(long id) {
        db.sql("delete from roles where id = :id").param("id", id).update();
    }

    private static String[] names(Collection<Right> rights) {
        return rights.stream().sorted().map(Right::name).toArray(String[]::new);
    }

    private static Role role(ResultSet rs, int n) throws SQLException {
        Set<Right> rights = EnumSet.noneOf(Right.class);
        Arrays.stream((String[]) rs.getArray("rights").getArray())
                .filter(name ->
                        Arrays.stream(Right.values()).anyMatch(r -> r.name().equals(name)))
                .map(Right::valueOf)
                .forEach(rights::add);
        return new Role(rs.getLong("id"), rs.getLong("chain_id"), rs.getString("title"), rights, rs.getInt("users"));
    }
}
