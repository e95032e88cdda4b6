package dev.kairos.questionnaires;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The questions a service (Omneo's appointment definition) asks now, for booking widgets: the
 * current version of its questionnaire, an empty list when it has none. Answers name these ids.
 */
@RestController
@RequestMapping("/api/v1/locations/{locationId}")
class QuestionsController {

    private final Questionnaires questionnaires;

    QuestionsController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping({"/appointment-definitions/{serviceId}/questions", "/services/{serviceId}/questions"})
    Envelope<List<Question>> questions(Caller caller, @PathVariable long locationId, @PathVariable long serviceId) {
        return Envelope.of(QuestionnaireController.value(questionnaires.questionsOf(caller, locationId, serviceId)));
    }
}
