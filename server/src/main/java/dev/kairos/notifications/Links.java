package dev.kairos.notifications;

import dev.kairos.platform.SigningKeys;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The addresses a message links to, built on {@code kairos.public-url} (resolved when the message
 * is written, so it may name the server's actual port): the client's private page of the
 * appointment, the appointment in the admin, and a signed unsubscribe link that needs no sign-in.
 */
@Component
class Links {

    private static final String KEY = "unsubscribe-links";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    private final Environment environment;
    private final SigningKeys keys;

    Links(Environment environment, SigningKeys keys) {
        this.environment = environment;
        this.keys = keys;
    }

    String base() {
        return environment
                .getProperty("kairos.public-url", "http://localhost:8080")
                .replaceAll("/+$", "");
    }

    /** The host the public address names: the domain of Message-IDs and calendar UIDs. */
    String host() {
        String host = URI.create(base()).getHost();
        return host == null ? "localhost" : host;
    }

    /** The client's own page of the appointment: view, move, cancel. */
    String manage(long locationId, long appointmentId, String recordHash) {
        return base() + "/book/" + locationId + "/appointments/" + appointmentId + "/" + recordHash;
    }

    /** The appointment's day in the admin calendar. */
    String admin(long locationId, java.time.LocalDate day) {
        return base() + "/admin/locations/" + locationId + "/calendar?date=" + day;
    }

    String unsubscribe(long clientId) {
        return base() + "/unsubscribe/" + token(clientId);
    }

    /** {@code <client id>.<signature>}: whoever holds it may unsubscribe that client, and nobody can make one. */
    String token(long clientId) {
        return clientId + "." + ENCODE.encodeToString(signature(clientId));
    }

    /** The client a token names, if it is one of ours. */
    Optional<Long> clientOf(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            long clientId = Long.parseLong(token.substring(0, dot));
            byte[] sent = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            return MessageDigest.isEqual(sent, signature(clientId)) ? Optional.of(clientId) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] signature(long clientId) {
        return keys.sign(KEY, ("unsubscribe:" + clientId).getBytes(StandardCharsets.UTF_8));
    }
}
