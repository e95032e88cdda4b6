package dev.kairos.onlinebooking;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys for create requests. The key is claimed inside the creating transaction: a
 * concurrent retry waits on the key's row until the first commits, then gets its stored answer;
 * if the first fails, its claim rolls back with it and the retry runs afresh.
 */
@Component
public class Idempotency {

    private final JdbcClient db;

    Idempotency(JdbcClient db) {
        this.db = db;
    }

    /** The answer given the first time. */
    public record Stored(int status, String body) {}

    /**
     * Claims {@code key} for this request, or returns what the first request with it answered.
     *
     * @throws dev.kairos.refusal.Refused 422 when the key was used before for a different request
     */
    public Optional<Stored> claim(long partnerId, String key, String requestHash) {
        int claimed = db.sql("""
                        insert into idempotency_keys (partner_id, key, request_hash) values (:partner, :key, :hash)
                        on conflict do nothing
                        """)
                .param("partner", partnerId)
                .param("key", key)
                .param("hash", requestHash)
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        var row = db.sql(
                        "select request_hash, status, response from idempotency_keys where partner_id = :partner and key = :key")
                .param("partner", partnerId)
                .param("key", key)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2), rs.getString(3)})
                .single();
        if (!requestHash.equals(row[0])) {
            throw reused().exception();
        }
        return Optional.of(new Stored((Integer) row[1], (String) row[2]));
    }

    /** The stored answer for {@code key}, if a request with it has completed. */
    public Optional<Stored> find(long partnerId, String key, String requestHash) {
        var row = db.sql(
                        "select request_hash, status, response from idempotency_keys where partner_id = :partner and key = :key")
                .param("partner", partnerId)
                .param("key", key)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2), rs.getString(3)})
                .optional();
        if (row.isEmpty() || row.get()[1] == null) {
            return Optional.empty();
        }
        if (!requestHash.equals(row.get()[0])) {
            throw reused().exception();
        }
        return Optional.of(new Stored((Integer) row.get()[1], (String) row.get()[2]));
    }

    private static Refusal reused() {
        return Refusal.of(
                RefusalCode.INVALID,
                Fault.of("refusal.idempotency-key-reused", "This Idempotency-Key was used for a different request"));
    }

    /** Records the answer for a claimed key, in the same transaction as the work. */
    public void complete(long partnerId, String key, int status, String body) {
        db.sql(
                        "update idempotency_keys set status = :status, response = :body where partner_id = :partner and key = :key")
                .param("status", status)
                .param("body", body)
                .param("partner", partnerId)
                .param("key", key)
                .update();
    }
}
