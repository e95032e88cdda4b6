package dev.kairos.bookingpage;

import dev.kairos.directory.Location;
import dev.kairos.questionnaires.AnswerFault;
import dev.kairos.questionnaires.Intake;
import dev.kairos.questionnaires.Question;
import dev.kairos.questionnaires.Questionnaires;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The questions step (its page; {@link BookingForm} takes the submit), between the time and the contact details, for a service that asks a
 * questionnaire: the current questions, checked as the booking will check them, then carried to
 * the contact step as hidden fields. A refused answer shows its message under its question, with
 * everything typed kept.
 */
@Component
class QuestionsStep {

    private final PageContext pages;
    private final Questionnaires questionnaires;
    private final Intake intake;

    QuestionsStep(PageContext pages, Questionnaires questionnaires, Intake intake) {
        this.pages = pages;
        this.questionnaires = questionnaires;
        this.intake = intake;
    }

    /** The answers' faults, none when they may be booked. */
    List<AnswerFault> faults(long service, Answers answers) {
        Intake.Checked checked = intake.check(List.of(service), answers.wire());
        return checked instanceof Intake.Rejected rejected ? rejected.faults() : List.of();
    }

    /** A question as the page shows it: what was typed or chosen, and the message when refused (else null). */
    record Field(Question question, List<String> values, String error) {

        public String value() {
            return values.isEmpty() ? "" : values.get(0);
        }

        public boolean chose(String option) {
            return values.contains(option);
        }

        public String name() {
            return Answers.PREFIX + question.id();
        }
    }

    /** The questions the service asks now; empty when it asks none. */
    List<Question> asked(long serviceId) {
        return questionnaires.current(serviceId);
    }

    /** The questions page, with what was typed and the faults under their questions. */
    String show(
            Location location,
            long service,
            long staff,
            long time,
            Answers answers,
            List<AnswerFault> faults,
            Model model) {
        Map<Long, String> errors = new HashMap<>();
        faults.forEach(f -> {
            if (f.questionId() != null) {
                errors.putIfAbsent(f.questionId(), pages.word(f.kind().key()));
            }
        });
        model.addAttribute("location", location);
        model.addAttribute("step", 5);
        model.addAttribute("time", time);
        model.addAttribute(
                "fields",
                asked(service).stream()
                        .map(q -> new Field(q, answers.of(q.id()), errors.get(q.id())))
                        .toList());
        model.addAttribute("refused", !faults.isEmpty());
        model.addAttribute("when", pages.when(Instant.ofEpochSecond(time), location.zone()));
        return "book/questions";
    }
}
