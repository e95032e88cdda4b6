package dev.kairos.setup;

import dev.kairos.auth.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first chain, its owner and a partner token limited to that chain. It only ever runs
 * on a database without users: Kairos has no default password, and this is how the first one is set.
 */
@Service
public class FirstRunSetup {

    private final JdbcClient db;
    private final Accounts accounts;

    FirstRunSetup(JdbcClient db, Accounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    /** Creates the chain and owner, or refuses (exit code 1) when any user already exists. */
    @Transactional
    public SetupOutcome run(SetupRequest request) {
        // Two setups started at once must not both see an empty users table.
        db.sql("select pg_advisory_xact_lock(hashtext('kairos-setup'))")
                .query(Object.class)
                .single();
        if (accounts.anyUserExists()) {
            return SetupOutcome.refused("""
                    Kairos is already set up: users exist in this database, so --setup changed nothing.
                    Sign in with an existing owner (POST /api/v1/auth), or point KAIROS_DATA_DIR / KAIROS_DB_URL at a new database.""");
        }
        long chain = db.sql("insert into chains (title) values (:title) returning id")
                .param("title", request.chain())
                .query(Long.class)
                .single();
        Accounts.SignedIn owner = accounts.createOwner(chain, request.login(), request.password(), "Owner");
        String partner = accounts.createPartnerToken(chain, request.chain());
        return new SetupOutcome(
                0,
                """
                Kairos is set up for "%s" (chain %d).
                Owner login   : %s
                Partner token : %s
                User token    : %s
                Send them as  : Authorization: Bearer %s, User %s
                Keep the tokens safe: they are stored hashed and cannot be shown again. Sign in again with
                POST /api/v1/auth for a new user token. Next: create a location with POST /api/v1/companies.""".formatted(
                        request.chain(), chain, owner.login(), partner, owner.userToken(), partner, owner.userToken()),
                chain,
                partner,
                owner.userToken());
    }
}
