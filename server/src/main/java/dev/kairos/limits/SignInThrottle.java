package dev.kairos.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows a password guesser down, on the API and on the sign-in page alike: after
 * {@code signInFailures} failed sign-ins for one login, or from one address, within the window,
 * every sign-in for that login or from that address is refused until the oldest of those failures
 * leaves the window. Logins that do not exist count the same, so the refusal says nothing about
 * which logins exist. Failures live in PostgreSQL, so all nodes count together.
 */
@Component
public class SignInThrottle {

    private final JdbcClient db;
    private final Clock clock;
    private final RateLimitProperties limits;

    SignInThrottle(JdbcClient db, Clock clock, RateLimitProperties limits) {
        this.db = db;
        this.clock = clock;
        this.limits = limits;
    }

    /** How long this login, or this address, must wait before it may try again; empty when it may now. */
    public Optional<Duration> lockedFor(String login, String client) {
        if (limits.signInFailures() <= 0) {
            return Optional.empty();
        }
        return locked(login, client, clock.instant());
    }

    private Optional<Duration> locked(String login, String client, Instant now) {
        return Stream.of(loginKey(login), addressKey(client))
                .map(key -> unlocksAt(key, now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo)
                .map(at -> Duration.between(now, at));
    }

    /** When the key's lock ends: the failure that makes the count reach the limit, plus the window. */
    private Optional<Instant> unlocksAt(String key, Instant now) {
        return db.sql("""
                        select failed_at from sign_in_failures
                         where key = :key and failed_at > :since
                         order by failed_at desc offset :skip limit 1
                        """)
                .param("key", key)
                .param("since", OffsetDateTime.ofInstant(now.minus(limits.signInWindow()), ZoneOffset.UTC))
                .param("skip", limits.signInFailures() - 1)
                .query(OffsetDateTime.class)
                .optional()
                .map(at -> at.toInstant().plus(limits.signInWindow()))
                .filter(at -> at.isAfter(now));
    }

    /** Counts a failed sign-in against the login and the address, and forgets failures out of the window. */
    public void failed(String login, String client) {
        if (limits.signInFailures() <= 0) {
            return;
        }
        Instant now = clock.instant();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        db.sql("insert into sign_in_failures (key, failed_at) values (:login, :at), (:address, :at)")
                .param("login", loginKey(login))
                .param("address", addressKey(client))
                .param("at", at)
                .update();
        db.sql("delete from sign_in_failures where failed_at <= :since")
                .param("since", OffsetDateTime.ofInstant(now.minus(limits.signInWindow()), ZoneOffset.UTC))
                .update();
    }

    /** A correct password clears the login's failures (not the address's: one good account must not reset a guesser). */
    public void succeeded(String login) {
        db.sql("delete from sign_in_failures where key = :key")
                .param("key", loginKey(login))
                .update();
    }

    private static String loginKey(String login) {
        return "login:" + (login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String client) {
        return "address:" + client;
    }
}
