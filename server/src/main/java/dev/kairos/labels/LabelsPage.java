package dev.kairos.labels;

import dev.kairos.auth.Access;
import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Refusal;
import dev.kairos.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The labels page ({@code /admin/locations/{id}/labels}): appointment categories for those who
 * manage the location's settings, client tags for those who manage its clients; each section
 * creates, renames, recolours and deletes. A refused form is shown again as it was typed, with the
 * reasons beside it.
 */
@Controller
class LabelsPage {

    private static final String PATH = "/admin/locations/{locationId}/labels";

    private final Labels labels;
    private final Locations locations;
    private final Access access;
    private final MessageSource messages;

    LabelsPage(Labels labels, Locations locations, Access access, MessageSource messages) {
        this.labels = labels;
        this.locations = locations;
        this.access = access;
        this.messages = messages;
    }

    /** One kind's section: its path word, its labels, and the form being fixed, if any. */
    record Section(String kind, List<Label> labels, Draft draft) {}

    /**
     * A form the server refused, as typed: {@code id} null for the new-label form.
     *
     * @param errors each field at fault with what it must be
     */
    record Draft(Long id, LabelBody body, Map<String, List<String>> errors) {}

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        return show(user, locationId, null, model);
    }

    @PostMapping(PATH + "/{kind:appointment_categories|client_tags}")
    String create(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable String kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) String color,
            @RequestParam(name = "font_color", required = false) String fontColor,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        LabelBody body = new LabelBody(title, color, fontColor);
        Labels.Outcome outcome = labels.create(user.caller(), locationId, LabelKind.ofPath(kind), body);
        return after(user, locationId, kind, null, body, outcome, "created", model, redirect, response);
    }

    @PostMapping(PATH + "/{kind:appointment_categories|client_tags}/{id}")
    String update(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) String color,
            @RequestParam(name = "font_color", required = false) String fontColor,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        LabelBody body = new LabelBody(title, color, fontColor);
        Labels.Outcome outcome = labels.update(user.caller(), locationId, LabelKind.ofPath(kind), id, body);
        return after(user, locationId, kind, id, body, outcome, "saved", model, redirect, response);
    }

    @PostMapping(PATH + "/{kind:appointment_categories|client_tags}/{id}/delete")
    String delete(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable String kind,
            @PathVariable long id,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Labels.Outcome outcome = labels.delete(user.caller(), locationId, LabelKind.ofPath(kind), id);
        return after(user, locationId, kind, id, null, outcome, "deleted", model, redirect, response);
    }

    private String after(
            SessionUser user,
            long locationId,
            String kind,
            Long id,
            LabelBody typed,
            Labels.Outcome outcome,
            String done,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (outcome instanceof Labels.Outcome.Saved saved) {
            redirect.addFlashAttribute("notice", "labels.notice." + done);
            redirect.addFlashAttribute("noticeTitle", saved.label().title());
            return "redirect:/admin/locations/" + locationId + "/labels";
        }
        Refusal refusal = ((Labels.Outcome.Refused) outcome).refusal();
        if (refusal.fields().isEmpty()) {
            response.setStatus(404);
            model.addAttribute("error", refusal.messageIn(messages, LocaleContextHolder.getLocale()));
            return show(user, locationId, null, model);
        }
        response.setStatus(422);
        Draft draft = new Draft(id, typed, refusal.fieldsIn(messages, LocaleContextHolder.getLocale()));
        return show(user, locationId, draft, model.addAttribute("draftKind", kind));
    }

    private String show(SessionUser user, long locationId, Draft draft, Model model) {
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        String draftKind = (String) model.getAttribute("draftKind");
        List<Section> sections = Arrays.stream(LabelKind.values())
                .filter(kind -> access.holds(user.caller(), locationId, kind.manageRight))
                .map(kind -> new Section(
                        kind.path,
                        labels.list(user.caller(), locationId, kind),
                        kind.path.equals(draftKind) ? draft : null))
                .toList();
        if (sections.isEmpty()) {
            throw ApiException.forbidden();
        }
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "labels");
        model.addAttribute("sections", sections);
        return "labels/page";
    }
}
