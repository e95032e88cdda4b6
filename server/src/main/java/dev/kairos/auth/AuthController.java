package dev.kairos.auth;

import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.web.Validation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/auth}: a login and password give a user token. */
@RestController
class AuthController {

    private final Accounts accounts;

    AuthController(Accounts accounts) {
        this.accounts = accounts;
    }

    record Credentials(String login, String password) {}

    @PostMapping("/api/v1/auth")
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<Map<String, Object>> signIn(@RequestBody Credentials credentials) {
        new Validation()
                .required(credentials.login(), "login")
                .required(credentials.password(), "password")
                .orThrow();
        Accounts.SignedIn user = accounts.signIn(credentials.login(), credentials.password())
                .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "Incorrect login or password", null));
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
        return Envelope.of(data);
    }
}
