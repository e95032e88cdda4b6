package dev.kairos.users;

import dev.kairos.auth.Accounts;
import dev.kairos.auth.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: a random token, sent as a link and kept only as its SHA-256, that lets the invited
 * person set their password once, within {@link #VALID_FOR}.
 */
@Service
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final JdbcClient db;
    private final Clock clock;
    private final Accounts accounts;

    Invitations(JdbcClient db, Clock clock, Accounts accounts) {
        this.db = db;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** Who an open invitation is for. */
    public record Invited(long userId, String login, String name) {}

    /** Opens a new invitation for the user and returns its token, to be sent once. */
    String open(long userId, Long invitedBy) {
        String token = Tokens.generate();
        Instant now = clock.instant();
        db.sql("""
                        insert into user_invitations (token_hash, user_id, created_by, expires_at, created_at)
                        values (:hash, :user, :by, :expires, :now)
                        """)
                .param("hash", Tokens.hash(token))
                .param("user", userId)
                .param("by", invitedBy)
                .param("expires", java.sql.Timestamp.from(now.plus(VALID_FOR)))
                .param("now", java.sql.Timestamp.from(now))
                .update();
        return token;
    }

    /** Ends every open invitation of the user: their links open nothing any more. */
    void closeAll(long userId) {
        db.sql("delete from user_invitations where user_id = :user and used_at is null")
                .param("user", userId)
                .update();
    }

    /** The active user an unused, unexpired invitation is for; empty for any other token. */
    public Optional<Invited> find(String token) {
        if (token == null || !token.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return db.sql("""
                        select u.id, u.login, u.name
                          from user_invitations i join users u on u.id = i.user_id
                         where i.token_hash = :hash and i.used_at is null and i.expires_at > :now and u.active
                        """)
                .param("hash", Tokens.hash(token))
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> new Invited(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /**
     * Sets the password the invitation asked for and closes every open invitation of the user.
     *
     * @return empty when the token opens nothing (used, expired, unknown)
     */
    @Transactional
    public Optional<Invited> accept(String token, String password) {
        Optional<Invited> invited = find(token);
        invited.ifPresent(user -> {
            accounts.changePassword(user.userId(), password);
            db.sql("update user_invitations set used_at = :now where user_id = :user and used_at is null")
                    .param("now", java.sql.Timestamp.from(clock.instant()))
                    .param("user", user.userId())
                    .update();
        });
        return invited;
    }
}
