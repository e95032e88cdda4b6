package dev.kairos.users;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The users of a location, {@code /company/{cid}/users} as Altegio spells it: the chain's owners
 * and everyone who may work there. POST invites someone by email; PUT changes the fields sent
 * ({@code active: false} deactivates: their sessions and tokens stop working at once); DELETE takes
 * the location from them, deactivating a user left with none. Needs the right to manage users.
 */
@RestController
@RequestMapping("/api/v1/company/{cid}/users")
class UsersController {

    private final UserAdmin users;
    private final JsonMapper json;

    UsersController(UserAdmin users, JsonMapper json) {
        this.users = users;
        this.json = json;
    }

    @GetMapping
    Envelope<List<UserView>> list(Caller caller, @PathVariable long cid) {
        List<UserView> all = users.list(caller, cid);
        return Envelope.counted(all, all.size());
    }

    @GetMapping("/{userId}")
    Envelope<UserView> one(Caller caller, @PathVariable long cid, @PathVariable long userId) {
        return Envelope.of(users.find(caller, cid, userId).orThrow());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<UserView> invite(
            Caller caller,
            @PathVariable long cid,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = UserRequest.class)))
                    @RequestBody(required = false)
                    JsonNode body) {
        users.authorize(caller, cid);
        return Envelope.of(
                users.invite(caller, cid, read(body, UserRequest.INVITE_FIELDS)).orThrow());
    }

    @PutMapping("/{userId}")
    Envelope<UserView> update(
            Caller caller,
            @PathVariable long cid,
            @PathVariable long userId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = UserRequest.class)))
                    @RequestBody(required = false)
                    JsonNode body) {
        users.authorize(caller, cid);
        return Envelope.of(users.update(caller, cid, userId, read(body, UserRequest.CHANGE_FIELDS))
                .orThrow());
    }

    @DeleteMapping("/{userId}")
    Envelope<UserView> remove(Caller caller, @PathVariable long cid, @PathVariable long userId) {
        return Envelope.of(users.remove(caller, cid, userId).orThrow());
    }

    private UserRequest read(JsonNode body, Set<String> fields) {
        StrictBody.check(body, fields).ifPresent(refusal -> {
            throw refusal.exception();
        });
        return json.treeToValue(body, UserRequest.class);
    }
}
