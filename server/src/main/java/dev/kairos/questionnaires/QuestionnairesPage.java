package dev.kairos.questionnaires;

import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.refusal.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The questionnaires page ({@code /admin/locations/{id}/questionnaires}): each form with its
 * questions as rows (blank rows left out), a new form, and which services ask which. Needs the
 * right to manage services.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/questionnaires")
class QuestionnairesPage {

    /** Blank question rows offered below a form's questions, for adding more. */
    static final int SPARE_ROWS = 3;

    private final Questionnaires questionnaires;
    private final MessageSource messages;

    QuestionnairesPage(Questionnaires questionnaires, MessageSource messages) {
        this.questionnaires = questionnaires;
        this.messages = messages;
    }

    /** A form as the page shows it: stored, or as sent when refused. {@code id} null for the new one. */
    record FormView(Long id, String title, int version, List<Row> rows, List<Long> serviceIds) {}

    /** A question row; {@code options} one per line. */
    record Row(String type, String text, String help, boolean required, String options) {

        static final Row BLANK = new Row("text", "", "", false, "");
    }

    @GetMapping
    String page(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        return show(user, locationId, null, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        QuestionnaireBody body = body(request);
        Outcome<QuestionnaireView> created = questionnaires.create(user.caller(), locationId, body);
        return after(user, locationId, null, body, created, "questionnaires.created", response, redirect, model);
    }

    @PostMapping("/{questionnaireId}")
    String update(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long questionnaireId,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        QuestionnaireBody body = body(request);
        Outcome<QuestionnaireView> saved = questionnaires.update(user.caller(), locationId, questionnaireId, body);
        return after(user, locationId, questionnaireId, body, saved, "questionnaires.saved", response, redirect, model);
    }

    @PostMapping("/{questionnaireId}/delete")
    String delete(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long questionnaireId,
            RedirectAttributes redirect) {
        Outcome<QuestionnaireView> deleted = questionnaires.delete(user.caller(), locationId, questionnaireId);
        flash(redirect, deleted, "questionnaires.deleted");
        return back(locationId);
    }

    @PostMapping("/{questionnaireId}/attach")
    String attach(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long questionnaireId,
            @RequestParam(name = "service_id", required = false) Long serviceId,
            RedirectAttributes redirect) {
        flash(
                redirect,
                questionnaires.attach(user.caller(), locationId, questionnaireId, serviceId),
                "questionnaires.attached");
        return back(locationId);
    }

    @PostMapping("/{questionnaireId}/detach/{serviceId}")
    String detach(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long questionnaireId,
            @PathVariable long serviceId,
            RedirectAttributes redirect) {
        flash(
                redirect,
                questionnaires.detach(user.caller(), locationId, questionnaireId, serviceId),
                "questionnaires.detached");
        return back(locationId);
    }

    private String after(
            SessionUser user,
            long locationId,
            Long id,
            QuestionnaireBody body,
            Outcome<QuestionnaireView> outcome,
            String notice,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        if (outcome instanceof Outcome.Refused<QuestionnaireView> refused) {
            Refusal refusal = refused.refusal();
            response.setStatus(refusal.fields().isEmpty() ? HttpStatus.NOT_FOUND.value() : 422);
            model.addAttribute("error", refusal.messageIn(messages, LocaleContextHolder.getLocale()));
            model.addAttribute(
                    "fieldErrors",
                    refusal.fieldsIn(messages, LocaleContextHolder.getLocale()).entrySet().stream()
                            .map(e -> e.getKey() + ": " + String.join("; ", e.getValue()))
                            .toList());
            return show(user, locationId, sent(id, body), model);
        }
        redirect.addFlashAttribute("notice", notice);
        return back(locationId);
    }

    private void flash(RedirectAttributes redirect, Outcome<QuestionnaireView> outcome, String notice) {
        if (outcome instanceof Outcome.Refused<QuestionnaireView> refused) {
            redirect.addFlashAttribute("error", refused.refusal().forPeople(messages, LocaleContextHolder.getLocale()));
        } else {
            redirect.addFlashAttribute("notice", notice);
        }
    }

    private static String back(long locationId) {
        return "redirect:/admin/locations/" + locationId + "/questionnaires";
    }

    /** The page; {@code sent} a refused form shown as typed in place of the stored one (or the new one). */
    private String show(SessionUser user, long locationId, FormView sent, Model model) {
        Location location = questionnaires.location(locationId);
        var services = questionnaires.services(user.caller(), locationId);
        List<FormView> forms = new ArrayList<>();
        for (QuestionnaireView q : questionnaires.list(user.caller(), locationId)) {
            forms.add(sent != null && sent.id() != null && sent.id() == q.id() ? sent : stored(q));
        }
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "questionnaires");
        model.addAttribute("forms", forms);
        model.addAttribute(
                "fresh", sent != null && sent.id() == null ? sent : sent(null, new QuestionnaireBody("", List.of())));
        model.addAttribute("services", services);
        model.addAttribute(
                "types",
                Arrays.stream(QuestionType.values()).map(QuestionType::wireName).toList());
        return "questionnaires/page";
    }

    private static FormView stored(QuestionnaireView q) {
        List<Row> rows = new ArrayList<>();
        q.questions()
                .forEach(x ->
                        rows.add(new Row(x.type(), x.text(), x.help(), x.required(), String.join("\n", x.options()))));
        spare(rows);
        return new FormView(q.id(), q.title(), q.version(), rows, q.serviceIds());
    }

    private static FormView sent(Long id, QuestionnaireBody body) {
        List<Row> rows = new ArrayList<>();
        body.questions()
                .forEach(x -> rows.add(new Row(
                        x.type(),
                        x.text(),
                        x.help(),
                        Boolean.TRUE.equals(x.required()),
                        String.join("\n", x.options()))));
        spare(rows);
        return new FormView(id, body.title(), 0, rows, List.of());
    }

    private static void spare(List<Row> rows) {
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(Row.BLANK);
        }
    }

    /** The form's fields {@code type.N}, {@code text.N}, ... as a body; rows without text are left out. */
    static QuestionnaireBody body(HttpServletRequest request) {
        List<QuestionnaireBody.QuestionBody> questions = new ArrayList<>();
        for (int i = 0; i < FormRules.MAX_QUESTIONS + SPARE_ROWS; i++) {
            String text = request.getParameter("text." + i);
            if (text == null || text.isBlank()) {
                continue;
            }
            String options = request.getParameter("options." + i);
            questions.add(new QuestionnaireBody.QuestionBody(
                    request.getParameter("type." + i),
                    text,
                    request.getParameter("help." + i),
                    request.getParameter("required." + i) != null,
                    options == null || options.isBlank()
                            ? List.of()
                            : options.lines()
                                    .filter(l -> !l.isBlank())
                                    .map(String::strip)
                                    .toList()));
        }
        String title = request.getParameter("title");
        return new QuestionnaireBody(title == null ? "" : title, questions);
    }
}
