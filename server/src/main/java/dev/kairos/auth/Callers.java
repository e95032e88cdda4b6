package dev.kairos.auth;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Looks up the parties behind tokens. */
@Repository
class Callers {

    private final JdbcClient db;

    Callers(JdbcClient db) {
        this.db = db;
    }

    Optional<Caller.Partner> partner(String token) {
        return db.sql("select id, chain_id from partner_tokens where token_hash = :hash and not revoked")
                .param("hash", Tokens.hash(token))
                .query((rs, n) -> new Caller.Partner(rs.getLong("id"), (Long) rs.getObject("chain_id")))
                .optional();
    }

    Optional<Caller.User> user(String token) {
        return db.sql("""
                        select u.id, u.chain_id, u.is_owner, u.login
                          from user_tokens t join users u on u.id = t.user_id
                         where t.token_hash = :hash and u.active
                        """)
                .param("hash", Tokens.hash(token))
                .query((rs, n) -> new Caller.User(
                        rs.getLong("id"), rs.getLong("chain_id"), rs.getBoolean("is_owner"), rs.getString("login")))
                .optional();
    }
}
