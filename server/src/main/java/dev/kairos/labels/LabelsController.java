package dev.kairos.labels;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import dev.kairos.web.RefusalResponses;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Labels under {@code /api/v1/locations/{id}/appointment_categories} and {@code .../client_tags}:
 * list, create, change (what is not sent stays) and delete.
 */
@RestController
@RequestMapping("/api/v1/locations/{locationId}/{kind:appointment_categories|client_tags}")
class LabelsController {

    private final Labels labels;

    LabelsController(Labels labels) {
        this.labels = labels;
    }

    @GetMapping
    Envelope<List<Label>> list(Caller caller, @PathVariable long locationId, @PathVariable String kind) {
        List<Label> all = labels.list(caller, locationId, kind(kind));
        return Envelope.counted(all, all.size());
    }

    @PostMapping
    ResponseEntity<Envelope<Label>> create(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable String kind,
            @RequestBody(required = false) LabelBody body) {
        return answer(labels.create(caller, locationId, kind(kind), orEmpty(body)), HttpStatus.CREATED);
    }

    @PutMapping("/{id}")
    ResponseEntity<Envelope<Label>> update(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestBody(required = false) LabelBody body) {
        return answer(labels.update(caller, locationId, kind(kind), id, orEmpty(body)), HttpStatus.OK);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Envelope<Label>> delete(
            Caller caller, @PathVariable long locationId, @PathVariable String kind, @PathVariable long id) {
        return answer(labels.delete(caller, locationId, kind(kind), id), HttpStatus.OK);
    }

    private static ResponseEntity<Envelope<Label>> answer(Labels.Outcome outcome, HttpStatus success) {
        if (outcome instanceof Labels.Outcome.Saved saved) {
            return ResponseEntity.status(success).body(Envelope.of(saved.label()));
        }
        return RefusalResponses.of(((Labels.Outcome.Refused) outcome).refusal());
    }

    private static LabelBody orEmpty(LabelBody body) {
        return body == null ? new LabelBody(null, null, null) : body;
    }

    private static LabelKind kind(String path) {
        return LabelKind.ofPath(path);
    }
}
