package dev.kairos.notifications;

import dev.kairos.auth.Caller;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notification rules: the location's defaults under {@code /locations/{id}/notification_rules},
 * a service's own under {@code /locations/{id}/services/{sid}/notification_rules}; one rule by its
 * id under the first, whichever it belongs to.
 */
@RestController
@RequestMapping("/api/v1/locations/{locationId}")
class RuleController {

    private final RuleEditor editor;

    RuleController(RuleEditor editor) {
        this.editor = editor;
    }

    @GetMapping("/notification_rules")
    Envelope<List<Rule.RuleView>> list(Caller caller, @PathVariable long locationId) {
        return views(editor.list(caller, locationId, null));
    }

    @GetMapping("/services/{serviceId}/notification_rules")
    Envelope<List<Rule.RuleView>> listForService(
            Caller caller, @PathVariable long locationId, @PathVariable long serviceId) {
        return views(editor.list(caller, locationId, serviceId));
    }

    @PostMapping("/notification_rules")
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<Rule.RuleView> create(Caller caller, @PathVariable long locationId, @RequestBody RuleBody body) {
        return Envelope.of(
                editor.create(caller, locationId, null, required(body)).view());
    }

    @PostMapping("/services/{serviceId}/notification_rules")
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<Rule.RuleView> createForService(
            Caller caller, @PathVariable long locationId, @PathVariable long serviceId, @RequestBody RuleBody body) {
        return Envelope.of(
                editor.create(caller, locationId, serviceId, required(body)).view());
    }

    @GetMapping("/notification_rules/{ruleId}")
    Envelope<Rule.RuleView> get(Caller caller, @PathVariable long locationId, @PathVariable long ruleId) {
        return Envelope.of(editor.get(caller, locationId, ruleId).view());
    }

    @PutMapping("/notification_rules/{ruleId}")
    Envelope<Rule.RuleView> update(
            Caller caller, @PathVariable long locationId, @PathVariable long ruleId, @RequestBody RuleBody body) {
        return Envelope.of(
                editor.update(caller, locationId, ruleId, required(body)).view());
    }

    @DeleteMapping("/notification_rules/{ruleId}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable long locationId, @PathVariable long ruleId) {
        editor.delete(caller, locationId, ruleId);
        return ResponseEntity.noContent().build();
    }

    private static Envelope<List<Rule.RuleView>> views(List<Rule> rules) {
        List<Rule.RuleView> views = rules.stream().map(Rule::view).toList();
        return Envelope.counted(views, views.size());
    }

    private static RuleBody required(RuleBody body) {
        if (body == null) {
            throw ApiException.badRequest("A JSON body is required");
        }
        return body;
    }
}
