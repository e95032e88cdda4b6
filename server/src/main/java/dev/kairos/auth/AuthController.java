package dev.kairos.auth;

import dev.kairos.limits.SignInThrottle;
import dev.kairos.refusal.Validation;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.web.TrustedProxies;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/auth}: a login and password give a user token. Too many failures for the
 * login or from the address are a 429 with {@code Retry-After}, whether the login exists or not.
 */
@RestController
class AuthController {

    static final String THROTTLED = "Too many failed sign-ins for this login or from this address; try again later.";

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final TrustedProxies proxies;

    AuthController(Accounts accounts, SignInThrottle throttle, TrustedProxies proxies) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.proxies = proxies;
    }

    record Credentials(String login, String password) {}

    @PostMapping("/api/v1/auth")
    ResponseEntity<Envelope<?>> signIn(@RequestBody Credentials credentials, HttpServletRequest request) {
        new Validation()
                .required(credentials.login(), "login")
                .required(credentials.password(), "password")
                .orThrow();
        String client = proxies.client(request);
        Optional<Duration> locked = throttle.lockedFor(credentials.login(), client);
        if (locked.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(retryAfter(locked.get())))
                    .body(Envelope.error(THROTTLED, null));
        }
        Optional<Accounts.SignedIn> signedIn = accounts.signIn(credentials.login(), credentials.password());
        if (signedIn.isEmpty()) {
            throttle.failed(credentials.login(), client);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "Incorrect login or password", null);
        }
        throttle.succeeded(credentials.login());
        Accounts.SignedIn user = signedIn.get();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", user.userId());
        data.put("user_token", user.userToken());
        data.put("name", user.name());
        data.put("phone", user.phone());
        data.put("login", user.login());
        data.put("email", user.email());
        data.put("avatar", "");
        data.put("is_approved", true);
        data.put("is_email_confirmed", false);
        return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.of(data));
    }

    /** Whole seconds, rounded up, never 0. */
    static long retryAfter(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
