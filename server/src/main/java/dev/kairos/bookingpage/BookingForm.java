package dev.kairos.bookingpage;

import dev.kairos.booking.BookingWire;
import dev.kairos.clients.EmailAddress;
import dev.kairos.directory.Location;
import dev.kairos.onlinebooking.OnlineBooking;
import dev.kairos.questionnaires.AnswerFault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.web.Envelope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contact step's submit: books through {@link OnlineBooking} exactly as book_record does, with
 * the form's key as the idempotency key, and turns the refusals into what a person can act on.
 */
@Controller
@RequestMapping("/book/{locationId}")
class BookingForm {

    private final PageContext pages;
    private final BookingSteps steps;
    private final QuestionsStep questions;
    private final OnlineBooking booking;
    private final JsonMapper json;

    BookingForm(
            PageContext pages, BookingSteps steps, QuestionsStep questions, OnlineBooking booking, JsonMapper json) {
        this.pages = pages;
        this.steps = steps;
        this.questions = questions;
        this.booking = booking;
        this.json = json;
    }

    /** The questions step's submit: on to the contact step with the answers, or back to the questions. */
    @PostMapping("/questions")
    String answer(
            @PathVariable long locationId,
            @RequestParam long service,
            @RequestParam(defaultValue = "0") long staff,
            @RequestParam long time,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Location location = pages.location(locationId);
        steps.choice(locationId, service, staff, model);
        Answers answers = Answers.of(request);
        List<AnswerFault> faults = questions.faults(service, answers);
        if (!faults.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return questions.show(location, service, staff, time, answers, faults, model);
        }
        model.addAttribute("location", location);
        model.addAttribute("step", 5);
        model.addAttribute(
                "form",
                ContactForm.empty(service, staff, time, UUID.randomUUID().toString()));
        model.addAttribute("answers", answers.hidden());
        model.addAttribute("when", pages.when(Instant.ofEpochSecond(time), location.zone()));
        return "book/details";
    }

    @PostMapping("/details")
    String book(
            @PathVariable long locationId,
            ContactForm form,
            HttpServletRequest http,
            Model model,
            HttpServletResponse response) {
        Location location = pages.location(locationId);
        Answers answers = Answers.of(http);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!EmailAddress.blankOrValid(form.email())) {
            errors.put("email", pages.word("book.error.email"));
        }
        if (errors.isEmpty()) {
            OnlineBooking.Result result = booking.book(
                    PageContext.caller(location), locationId, request(form, answers), form.key(), this::answer);
            if (result instanceof OnlineBooking.Result.Booked booked) {
                return booked(locationId, booked.appointments().get(0));
            }
            if (result instanceof OnlineBooking.Result.Replayed replayed) {
                JsonNode first = json.readTree(replayed.body()).get("data").get(0);
                return booked(
                        locationId,
                        new OnlineBooking.BookedAppointment(
                                null,
                                first.get("record_id").asLong(),
                                first.get("record_hash").asString()));
            }
            Refusal refusal = ((OnlineBooking.Result.Refused) result).refusal();
            int code = refusal.code().altegioNumber().orElse(0);
            if (code == 433 || code == 436) {
                LocalDate date = Instant.ofEpochSecond(form.time())
                        .atZone(location.zone())
                        .toLocalDate();
                return "redirect:/book/" + locationId + "/times?service=" + form.service() + "&staff=" + form.staff()
                        + "&date=" + date + "&taken";
            }
            if (!aboutTheQuestions(refusal)) {
                errors.put(field(code), message(code, refusal));
            } else {
                // The answers no longer fit: the questionnaire changed since the questions were shown. Ask again.
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
                steps.choice(locationId, form.service(), form.staff(), model);
                return questions.show(
                        location,
                        form.service(),
                        form.staff(),
                        form.time(),
                        answers,
                        questions.faults(form.service(), answers),
                        model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("location", location);
        model.addAttribute("step", 5);
        steps.choice(locationId, form.service(), form.staff(), model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("answers", answers.hidden());
        model.addAttribute("when", pages.when(Instant.ofEpochSecond(form.time()), location.zone()));
        return "book/details";
    }

    private String booked(long locationId, OnlineBooking.BookedAppointment booked) {
        return "redirect:/book/" + locationId + "/appointments/" + booked.recordId() + "/" + booked.recordHash()
                + "?booked";
    }

    /** The answer book_record gives, stored under the form's key for a second submit of the same form. */
    private String answer(List<OnlineBooking.BookedAppointment> appointments) {
        return json.writeValueAsString(Envelope.of(appointments));
    }

    /** Whether the refusal is about the questionnaire's answers, or the questionnaire changing meanwhile. */
    private static boolean aboutTheQuestions(Refusal refusal) {
        return refusal.code() == RefusalCode.CONFLICT
                || refusal.fields().keySet().stream().anyMatch(field -> field.startsWith("answers["));
    }

    private static BookingWire.Record request(ContactForm form, Answers answers) {
        return new BookingWire.Record(
                form.phone(),
                form.fullname(),
                blank(form.email()) ? null : EmailAddress.of(form.email()).value(),
                null,
                blank(form.comment()) ? null : form.comment().strip(),
                null,
                null,
                null,
                null,
                List.of(new BookingWire.Appointment(
                        1L, List.of(form.service()), form.staff(), String.valueOf(form.time()))),
                answers.wire());
    }

    private static String field(int code) {
        return switch (code) {
            case 431 -> "phone";
            case 435 -> "fullname";
            default -> "form";
        };
    }

    private String message(int code, Refusal refused) {
        return switch (code) {
            case 431 -> pages.word("book.error.phone");
            case 435 -> pages.word("book.error.name");
            case 438 -> pages.word("book.error.not-online");
            default ->
                !refused.faults().isEmpty()
                        ? pages.word(
                                "book.error.check-form",
                                pages.fields(refused).keySet().iterator().next() + " "
                                        + pages.fields(refused)
                                                .values()
                                                .iterator()
                                                .next())
                        : pages.says(refused) + ".";
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
