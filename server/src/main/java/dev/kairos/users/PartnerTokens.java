package dev.kairos.users;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Accounts;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Tokens;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner tokens of a chain, which integrations send as {@code Authorization: Bearer}: issued
 * (the token is shown once and kept only hashed) and revoked (the next request with it fails).
 * The caller has been authorised to manage the chain's users by the page that calls.
 */
@Service
class PartnerTokens {

    private final JdbcClient db;
    private final Accounts accounts;
    private final ActivityLog log;

    PartnerTokens(JdbcClient db, Accounts accounts, ActivityLog log) {
        this.db = db;
        this.accounts = accounts;
        this.log = log;
    }

    /** A token as listed: never the token itself. */
    record Listed(long id, String title, boolean revoked, OffsetDateTime createdAt) {}

    /** A token just issued, with the one time its secret is seen. */
    record Issued(long id, String title, String token) {}

    List<Listed> ofChain(long chainId) {
        return db.sql("""
                        select id, title, revoked, created_at from partner_tokens
                         where chain_id = :chain order by revoked, id desc
                        """)
                .param("chain", chainId)
                .query((rs, n) -> new Listed(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getBoolean("revoked"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    @Transactional
    Outcome<Issued> issue(Caller caller, long chainId, String title) {
        String shown = title == null ? "" : title.strip();
        if (shown.isEmpty() || shown.length() > 100) {
            return Outcome.refused(Refusal.invalid(
                    "title", Fault.of("fault.required-at-most", "is required, at most 100 characters", 100)));
        }
        String token = accounts.createPartnerToken(chainId, shown);
        long id = db.sql("select id from partner_tokens where token_hash = :hash")
                .param("hash", Tokens.hash(token))
                .query(Long.class)
                .single();
        log.recordInChain(chainId, caller, "issued", "partner_token", id, Map.of("title", shown));
        return Outcome.done(new Issued(id, shown, token));
    }

    @Transactional
    Outcome<Long> revoke(Caller caller, long chainId, long tokenId) {
        int changed = db.sql(
                        "update partner_tokens set revoked = true where id = :id and chain_id = :chain and not revoked")
                .param("id", tokenId)
                .param("chain", chainId)
                .update();
        if (changed == 0) {
            return Outcome.refused(Refusal.notFound("Partner token"));
        }
        log.recordInChain(chainId, caller, "revoked", "partner_token", tokenId, Map.of());
        return Outcome.done(tokenId);
    }
}
