package dev.kairos.auth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads the people who sign in to the admin pages, by login (case-insensitive), with their bcrypt hash; a deactivated user is unknown. */
@Component
class SessionUsers implements UserDetailsService {

    private final JdbcClient db;

    SessionUsers(JdbcClient db) {
        this.db = db;
    }

    @Override
    public SessionUser loadUserByUsername(String login) {
        return db.sql(
                        "select id, chain_id, is_owner, login, name, password_hash from users where lower(login) = lower(:login) and active")
                .param("login", login == null ? "" : login.strip())
                .query((rs, n) -> new SessionUser(
                        rs.getLong("id"),
                        rs.getLong("chain_id"),
                        rs.getBoolean("is_owner"),
                        rs.getString("login"),
                        rs.getString("name"),
                        rs.getString("password_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown login"));
    }
}
