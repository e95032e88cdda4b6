package dev.kairos.questionnaires;

import dev.kairos.auth.Caller;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.web.Envelope;
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
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<QuestionnaireView> create(
            Caller caller, @PathVariable long locationId, @RequestBody(required = false) QuestionnaireBody body) {
        return Envelope.of(value(questionnaires.create(caller, locationId, required(body))));
    }

    @GetMapping("/{questionnaireId}")
    Envelope<QuestionnaireView> get(Caller caller, @PathVariable long locationId, @PathVariable long questionnaireId) {
        return Envelope.of(questionnaires
                .find(caller, locationId, questionnaireId)
                .orElseThrow(() -> Refusal.notFound("Questionnaire").exception()));
    }

    /** Replaces the title and every question; the answer's {@code version} tells whether a new version was made. */
    @PutMapping("/{questionnaireId}")
    Envelope<QuestionnaireView> replace(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long questionnaireId,
            @RequestBody(required = false) QuestionnaireBody body) {
        return Envelope.of(value(questionnaires.update(caller, locationId, questionnaireId, required(body))));
    }

    /** Removes the questionnaire and detaches it from its services; the answers given stay with their appointments. */
    @DeleteMapping("/{questionnaireId}")
    Envelope<QuestionnaireView> delete(
            Caller caller, @PathVariable long locationId, @PathVariable long questionnaireId) {
        return Envelope.of(value(questionnaires.delete(caller, locationId, questionnaireId)));
    }

    @PostMapping("/{questionnaireId}/services")
    Envelope<QuestionnaireView> attach(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long questionnaireId,
            @RequestBody(required = false) ServiceBody body) {
        Long service = body == null ? null : body.serviceId();
        return Envelope.of(value(questionnaires.attach(caller, locationId, questionnaireId, service)));
    }

    @DeleteMapping("/{questionnaireId}/services/{serviceId}")
    Envelope<QuestionnaireView> detach(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long questionnaireId,
            @PathVariable long serviceId) {
        return Envelope.of(value(questionnaires.detach(caller, locationId, questionnaireId, serviceId)));
    }

    private static QuestionnaireBody required(QuestionnaireBody body) {
        if (body == null) {
            throw Refusal.malformed(Fault.of("refusal.json-body", "A JSON body is required"))
                    .exception();
        }
        return body;
    }

    /** The outcome's value; a refusal goes to the web edge, which answers it in the error envelope. */
    static <T> T value(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw ((Outcome.Refused<T>) outcome).refusal().exception();
    }
}
