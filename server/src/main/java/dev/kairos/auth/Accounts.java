package dev.kairos.auth;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, roles and tokens: creating them, signing in, and issuing API tokens. */
@Service
public class Accounts {

    private final JdbcClient db;

    Accounts(JdbcClient db) {
        this.db = db;
    }

    /** A user with their new API token, shown once. */
    public record SignedIn(long userId, String login, String name, String email, String phone, String userToken) {}

    /** The display names (the name, or the login without one) of the chain's users among {@code ids}; others are left out. */
    public Map<Long, String> names(long chainId, Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        db.sql(
                        "select id, case when name = '' then login else name end from users where chain_id = :chain and id in (:ids)")
                .param("chain", chainId)
                .param("ids", ids)
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }

    @Transactional
    public SignedIn createOwner(long chainId, String login, String password, String name) {
        return createUser(chainId, login, password, name, true, Map.of());
    }

    /**
     * Creates a user with a role at each given location.
     *
     * @param roleByLocation role id per location id
     */
    @Transactional
    public SignedIn createUser(
            long chainId, String login, String password, String name, boolean owner, Map<Long, Long> roleByLocation) {
        long id = db.sql("""
                        insert into users (chain_id, login, name, email, password_hash, is_owner)
                        values (:chain, :login, :name, :email, :hash, :owner) returning id
                        """)
                .param("chain", chainId)
                .param("login", login)
                .param("name", name)
                .param("email", login.contains("@") ? login : "")
                .param("hash", Passwords.hash(password))
                .param("owner", owner)
                .query(Long.class)
                .single();
        roleByLocation.forEach((location, role) -> db.sql(
                        "insert into user_locations (user_id, location_id, role_id) values (:user, :location, :role)")
                .param("user", id)
                .param("location", location)
                .param("role", role)
                .update());
        return new SignedIn(id, login, name, login.contains("@") ? login : "", "", issueToken(id));
    }

    @Transactional
    public long createRole(long chainId, String title, Collection<Right> rights) {
        return db.sql("insert into roles (chain_id, title, rights) values (:chain, :title, :rights) returning id")
                .param("chain", chainId)
                .param("title", title)
                .param("rights", rights.stream().map(Right::name).toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    /** Creates a partner token; {@code chainId} null means it may be used with any chain. */
    @Transactional
    public String createPartnerToken(Long chainId, String title) {
        String token = Tokens.generate();
        db.sql("insert into partner_tokens (chain_id, title, token_hash) values (:chain, :title, :hash)")
                .param("chain", chainId)
                .param("title", title)
                .param("hash", Tokens.hash(token))
                .update();
        return token;
    }

    /** Checks the password and issues a new user token; empty when login or password is wrong. */
    @Transactional
    public Optional<SignedIn> signIn(String login, String password) {
        var user = db.sql(
                        "select id, login, name, email, phone, password_hash from users where lower(login) = lower(:login) and active")
                .param("login", login == null ? "" : login.strip())
                .query((rs, n) -> new Object[] {
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)
                })
                .optional();
        if (!Passwords.matches(password, user.map(u -> (String) u[5]).orElse(null)) || user.isEmpty()) {
            return Optional.empty();
        }
        Object[] u = user.get();
        long id = (Long) u[0];
        return Optional.of(
                new SignedIn(id, (String) u[1], (String) u[2], (String) u[3], (String) u[4], issueToken(id)));
    }

    /** Sets a new password and revokes every token the user had. */
    @Transactional
    public void changePassword(long userId, String password) {
        db.sql("update users set password_hash = :hash where id = :id")
                .param("hash", Passwords.hash(password))
                .param("id", userId)
                .update();
        db.sql("delete from user_tokens where user_id = :id")
                .param("id", userId)
                .update();
    }

    public boolean anyUserExists() {
        return db.sql("select exists (select 1 from users)")
                .query(Boolean.class)
                .single();
    }

    private String issueToken(long userId) {
        String token = Tokens.generate();
        db.sql("insert into user_tokens (token_hash, user_id) values (:hash, :user)")
                .param("hash", Tokens.hash(token))
                .param("user", userId)
                .update();
        return token;
    }
}
