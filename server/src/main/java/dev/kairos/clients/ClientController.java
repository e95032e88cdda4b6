package dev.kairos.clients;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Refused;
import dev.kairos.web.ApiException;
import dev.kairos.web.BodyProblems;
import dev.kairos.web.Envelope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One client: Altegio's {@code /clients/{cid}} (create), {@code /clients/{cid}/bulk} and
 * {@code /client/{cid}/{id}}, and the canonical {@code /locations/{cid}/clients[/{id}]}.
 */
@RestController
@RequestMapping("/api/v1")
class ClientController {

    private static final int MAX_BULK = 1000;

    private final ClientEditor editor;
    private final Locations locations;
    private final Access access;
    private final JsonMapper json;

    /** What a bulk create made, and the rows it refused. */
    record BulkCreated(List<ClientView> created, List<BulkError> errors) {}

    /**
     * A refused row of a bulk create.
     *
     * @param phone the row's phone as sent, or null
     * @param name the row's name as sent, or null
     * @param error why it was refused
     */
    record BulkError(String phone, String name, String error) {}

    ClientController(ClientEditor editor, Locations locations, Access access, JsonMapper json) {
        this.editor = editor;
        this.locations = locations;
        this.access = access;
        this.json = json;
    }

    @GetMapping({"/client/{cid}/{id}", "/locations/{cid}/clients/{id}"})
    Envelope<ClientView> get(Caller caller, @PathVariable long cid, @PathVariable long id) {
        Location location = location(caller, cid, Right.VIEW_CLIENTS);
        return Envelope.of(ClientView.of(editor.find(location, id), location.zone()));
    }

    @PostMapping({"/clients/{cid}", "/locations/{cid}/clients"})
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Envelope<ClientView> create(Caller caller, @PathVariable long cid, @RequestBody ClientRequest request) {
        Location location = location(caller, cid, Right.MANAGE_CLIENTS);
        return Envelope.of(ClientView.of(editor.create(caller, location, request), location.zone()));
    }

    /** Creates each valid row; a refused row is reported in {@code errors} and does not stop the others. */
    @PostMapping({"/clients/{cid}/bulk", "/locations/{cid}/clients/bulk"})
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Envelope<BulkCreated> bulk(Caller caller, @PathVariable long cid, @RequestBody JsonNode rows) {
        Location location = location(caller, cid, Right.MANAGE_CLIENTS);
        if (!rows.isArray() || rows.size() > MAX_BULK) {
            throw ApiException.badRequest("Send an array of at most " + MAX_BULK + " clients");
        }
        List<ClientView> created = new ArrayList<>();
        List<BulkError> errors = new ArrayList<>();
        for (JsonNode row : rows) {
            try {
                created.add(ClientView.of(
                        editor.create(caller, location, json.treeToValue(row, ClientRequest.class)), location.zone()));
            } catch (Refused e) {
                var fields = e.refusal().fields();
                errors.add(error(row, e.getMessage() + (fields.isEmpty() ? "" : ": " + fields)));
            } catch (JacksonException e) {
                ApiException problem = BodyProblems.of(e);
                errors.add(
                        error(row, problem.getMessage() + (problem.errors() == null ? "" : ": " + problem.errors())));
            }
        }
        return Envelope.of(new BulkCreated(created, errors));
    }

    @PutMapping({"/client/{cid}/{id}", "/locations/{cid}/clients/{id}"})
    @Transactional
    Envelope<ClientView> update(
            Caller caller, @PathVariable long cid, @PathVariable long id, @RequestBody ClientRequest request) {
        Location location = location(caller, cid, Right.MANAGE_CLIENTS);
        return Envelope.of(ClientView.of(editor.update(caller, location, id, request), location.zone()));
    }

    @DeleteMapping({"/client/{cid}/{id}", "/locations/{cid}/clients/{id}"})
    @Transactional
    ResponseEntity<Void> delete(Caller caller, @PathVariable long cid, @PathVariable long id) {
        editor.delete(caller, location(caller, cid, Right.MANAGE_CLIENTS), id);
        return ResponseEntity.noContent().build();
    }

    private Location location(Caller caller, long cid, Right right) {
        access.require(caller, cid, right);
        return locations.find(cid).orElseThrow(() -> ApiException.notFound("Location"));
    }

    private static BulkError error(JsonNode row, String message) {
        return new BulkError(text(row, "phone"), text(row, "name"), message);
    }

    private static String text(JsonNode row, String field) {
        return row.isObject() && row.hasNonNull(field) ? row.get(field).asString() : null;
    }
}
