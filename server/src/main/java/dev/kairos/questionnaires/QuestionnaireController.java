package dev.kairos.questionnaires;

import dev.kairos.auth.Caller;
import dev.kairos.refusal.Refusal;
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
 * The questionnaires API under {@code /api/v1/locations/{id}/questionnaires}: list and create, and
 * per questionnaire read, replace, remove, and attach to or detach from a service.
 */
@RestController
@RequestMapping("/api/v1/locations/{locationId}/questionnaires")
class QuestionnaireController {

    private final Questionnaires questionnaires;

    QuestionnaireController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** {@code attach}: the service that is to ask the questionnaire. */
    record ServiceBody(Long serviceId) {}

    @GetMapping
    Envelope<List<QuestionnaireView>> list(Caller caller, @PathVariable long locationId) {
        List<QuestionnaireView> all = questionnaires.list(caller, locationId);
        return Envelope.counted(all, all.size());
    }

    @PostMapping
    ResponseEntity<?> create(
            Caller caller, @PathVariable long locationId, @RequestBody(required = false) QuestionnaireBody body) {
        if (body == null) {
            return RefusalResponses.of(Refusal.malformed("A JSON body is required"));
        }
        return answer(questionnaires.create(caller, locationId, body), HttpStatus.CREATED);
    }

    @GetMapping("/{questionnaireId}")
    ResponseEntity<?> get(Caller caller, @PathVariable long locationId, @PathVariable long questionnaireId) {
        return questionnaires
                .find(caller, locationId, questionnaireId)
                .<ResponseEntity<?>>map(q -> ResponseEntity.ok(Envelope.of(q)))
                .orElseGet(() -> RefusalResponses.of(Refusal.notFound("Questionnaire")));
    }

    @PutMapping("/{questionnaireId}")
    ResponseEntity<?> replace(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long questionnaireId,
            @RequestBody(required = false) QuestionnaireBody body) {
        if (body == null) {
            return RefusalResponses.of(Refusal.malformed("A JSON body is required"));
        }
        return answer(questionnaires.update(caller, locationId, questionnaireId, body), HttpStatus.OK);
    }

    @DeleteMapping("/{questionnaireId}")
    ResponseEntity<?> delete(Caller caller, @PathVariable long locationId, @PathVariable long questionnaireId) {
        return answer(questionnaires.delete(caller, locationId, questionnaireId), HttpStatus.OK);
    }

    @PostMapping("/{questionnaireId}/services")
    ResponseEntity<?> attach(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long questionnaireId,
            @RequestBody(required = false) ServiceBody body) {
        Long service = body == null ? null : body.serviceId();
        return answer(questionnaires.attach(caller, locationId, questionnaireId, service), HttpStatus.OK);
    }

    @DeleteMapping("/{questionnaireId}/services/{serviceId}")
    ResponseEntity<?> detach(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long questionnaireId,
            @PathVariable long serviceId) {
        return answer(questionnaires.detach(caller, locationId, questionnaireId, serviceId), HttpStatus.OK);
    }

    static <T> ResponseEntity<?> answer(Outcome<T> outcome, HttpStatus success) {
        if (outcome instanceof Outcome.Done<T> done) {
            return ResponseEntity.status(success).body(Envelope.of(done.value()));
        }
        return RefusalResponses.of(((Outcome.Refused<T>) outcome).refusal());
    }
}
