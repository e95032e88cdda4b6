package dev.kairos.users;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
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
 * A chain's roles, {@code /groups/{group_id}/roles}: each a title and a set of rights. Needs the
 * right to manage users in the chain.
 */
@RestController
@RequestMapping("/api/v1/groups/{groupId}/roles")
class RolesController {

    private final RoleAdmin roles;
    private final JsonMapper json;

    RolesController(RoleAdmin roles, JsonMapper json) {
        this.roles = roles;
        this.json = json;
    }

    @GetMapping
    Envelope<List<RoleView>> list(Caller caller, @PathVariable long groupId) {
        List<RoleView> all = roles.list(caller, groupId);
        return Envelope.counted(all, all.size());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<RoleView> create(
            Caller caller,
            @PathVariable long groupId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = RoleRequest.class)))
                    @RequestBody(required = false)
                    JsonNode body) {
        roles.authorize(caller, groupId);
        return Envelope.of(roles.create(caller, groupId, read(body)).orThrow());
    }

    @PutMapping("/{roleId}")
    Envelope<RoleView> update(
            Caller caller,
            @PathVariable long groupId,
            @PathVariable long roleId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = RoleRequest.class)))
                    @RequestBody(required = false)
                    JsonNode body) {
        roles.authorize(caller, groupId);
        return Envelope.of(roles.update(caller, groupId, roleId, read(body)).orThrow());
    }

    @DeleteMapping("/{roleId}")
    Envelope<RoleView> delete(Caller caller, @PathVariable long groupId, @PathVariable long roleId) {
        return Envelope.of(roles.delete(caller, groupId, roleId).orThrow());
    }

    private RoleRequest read(JsonNode body) {
        StrictBody.check(body, RoleRequest.FIELDS).ifPresent(refusal -> {
            throw refusal.exception();
        });
        return json.treeToValue(body, RoleRequest.class);
    }
}
