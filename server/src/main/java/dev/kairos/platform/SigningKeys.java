package dev.kairos.platform;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Named HMAC-SHA256 keys that every node shares, for tokens that must verify on any of them. A key
 * is made by whichever node needs it first and kept in {@code signing_keys}.
 */
@Component
public class SigningKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;
    private final Map<String, SecretKeySpec> keys = new ConcurrentHashMap<>();

    SigningKeys(JdbcClient db) {
        this.db = db;
    }

    /** HMAC-SHA256 of {@code payload} under the key named {@code name}. */
    public byte[] sign(String name, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.computeIfAbsent(name, this::load));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec load(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        db.sql("insert into signing_keys (name, secret) values (:name, :secret) on conflict do nothing")
                .param("name", name)
                .param("secret", fresh)
                .update();
        byte[] secret = db.sql("select secret from signing_keys where name = :name")
                .param("name", name)
                .query(byte[].class)
                .single();
        return new SecretKeySpec(secret, "HmacSHA256");
    }
}
