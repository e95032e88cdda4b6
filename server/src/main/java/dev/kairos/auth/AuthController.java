package dev.kairos.auth;

import dev.kairos.limits.SignInThrottle;
import dev.kairos.refusal.Validation;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.web.TrustedProxies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
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

    @Schema(example = "{\"login\": \"anna@example.com\", \"password\": \"s3cret-pass\"}")
    record Credentials(String login, String password) {}

    /** The signed-in user and the token that proves it; Kairos keeps no avatar and confirms no e-mail. */
    @Schema(example = """
            {"id": 7, "user_token": "3f9c2a71d0b84e6a9b5d", "name": "Anna Berg", "phone": "+4915112345678",
             "login": "anna@example.com", "email": "anna@example.com", "avatar": "", "is_approved": true,
             "is_email_confirmed": false}""")
    record SignedInUser(
            long id,
            String userToken,
            String name,
            String phone,
            String login,
            String email,
            String avatar,
            boolean isApproved,
            boolean isEmailConfirmed) {}

    /**
     * The examples sit on the records: an {@code @ApiResponse} with content would replace the
     * schema springdoc derives from the return type.
     */
    @PostMapping("/api/v1/auth")
    @Operation(
            summary = "Sign in: a login and password give a user token",
            description = "Send the token as Authorization: Bearer <partner_token>, User <user_token>.")
    ResponseEntity<Envelope<SignedInUser>> signIn(@RequestBody Credentials credentials, HttpServletRequest request) {
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
        SignedInUser data = new SignedInUser(
                user.userId(),
                user.userToken(),
                user.name(),
                user.phone(),
                user.login(),
                user.email(),
                "",
                true,
                false);
        return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.of(data));
    }

    /** Whole seconds, rounded up, never 0. */
    static long retryAfter(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
