package dev.kairos.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Form tokens for the public booking pages that need no session: a random nonce and an expiry,
 * signed with a key every node shares. An embedded page on another site gets no cookies in most
 * browsers (SameSite, third-party cookie blocking), so a session-held token would refuse every
 * form there; a signed one still proves the form came from one of our pages, recently.
 */
final class SignedCsrfTokens implements CsrfTokenRepository {

    static final String PARAMETER = "_csrf";
    static final String HEADER = "X-CSRF-TOKEN";
    private static final Duration LIFETIME = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient db;
    private final Clock clock;
    private volatile SecretKeySpec key;

    SignedCsrfTokens(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        byte[] payload = ByteBuffer.allocate(24)
                .put(nonce)
                .putLong(clock.instant().plus(LIFETIME).getEpochSecond())
                .array();
        return token(ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(sign(payload)));
    }

    /** Nothing to keep: the token carries its own proof. */
    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {}

    /** The token the request sends, if we signed it and it has not expired; else none. */
    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        String sent = request.getHeader(HEADER) != null ? request.getHeader(HEADER) : request.getParameter(PARAMETER);
        return sent != null && valid(sent) ? token(sent) : null;
    }

    private boolean valid(String value) {
        String[] parts = value.split("\\.", -1);
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
            if (parts.length != 2
                    || payload.length != 24
                    || !MessageDigest.isEqual(
                            sign(payload), Base64.getUrlDecoder().decode(parts[1]))) {
                return false;
            }
            return ByteBuffer.wrap(payload, 16, 8).getLong() >= clock.instant().getEpochSecond();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The shared key, made by whichever node needs it first (read on first use: the schema exists by then). */
    private SecretKeySpec key() {
        if (key == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            db.sql("insert into signing_keys (name, secret) values ('booking-forms', :secret) on conflict do nothing")
                    .param("secret", fresh)
                    .update();
            byte[] secret = db.sql("select secret from signing_keys where name = 'booking-forms'")
                    .query(byte[].class)
                    .single();
            key = new SecretKeySpec(secret, "HmacSHA256");
        }
        return key;
    }

    private static CsrfToken token(String value) {
        return new DefaultCsrfToken(HEADER, PARAMETER, value);
    }
}
