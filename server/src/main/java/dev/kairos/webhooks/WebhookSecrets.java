package dev.kairos.webhooks;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each location's signing secret: made on first use, replaced by a rotation (which is the only
 * time it is shown), and kept sealed by {@link SecretBox}.
 */
@Component
class WebhookSecrets {

    private final JdbcClient db;
    private final SecretBox box;
    private final Clock clock;

    WebhookSecrets(JdbcClient db, SecretBox box, Clock clock) {
        this.db = db;
        this.box = box;
        this.clock = clock;
    }

    /** A new secret for the location, in force at once; the old one no longer signs anything. */
    String rotate(long locationId) {
        byte[] key = Signature.newKey();
        store(locationId, key, true);
        return Signature.secret(key);
    }

    /** The key deliveries of the location are signed with, made now if the location has none. */
    byte[] signingKey(long locationId) {
        byte[] sealed = sealed(locationId).orElseGet(() -> {
            store(locationId, Signature.newKey(), false);
            return sealed(locationId).orElseThrow();
        });
        return box.open(sealed, context(locationId));
    }

    private Optional<byte[]> sealed(long locationId) {
        return db.sql("select secret from webhook_settings where location_id = :location and secret is not null")
                .param("location", locationId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** Stores the key; an existing one is replaced only when {@code replace}, and two first uses keep one key. */
    private void store(long locationId, byte[] key, boolean replace) {
        db.sql("""
                        insert into webhook_settings (location_id, secret, secret_created_at) values (:location, :secret, :at)
                        on conflict (location_id) do update set secret = excluded.secret, secret_created_at = excluded.secret_created_at
                         where :replace or webhook_settings.secret is null
                        """)
                .param("location", locationId)
                .param("secret", box.seal(key, context(locationId)))
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("replace", replace)
                .update();
    }

    private static String context(long locationId) {
        return "webhook-secret:" + locationId;
    }
}
