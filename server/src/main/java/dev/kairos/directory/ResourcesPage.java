package dev.kairos.directory;

import dev.kairos.auth.Access;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.refusal.Refusal;
import dev.kairos.web.ApiException;
import dev.kairos.web.RefusalResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
 * The resources page ({@code /admin/locations/{id}/resources}): rooms, chairs and devices with
 * their instances, created, renamed and deleted by those who manage the location's settings,
 * through the same {@link ResourceEditor} as the API. A refused form is shown again as typed,
 * with the reasons beside it.
 */
@Controller
class ResourcesPage {

    private static final String PATH = "/admin/locations/{locationId}/resources";

    private final ResourceEditor editor;
    private final Resources resources;
    private final Locations locations;
    private final Access access;
    private final MessageSource messages;

    ResourcesPage(
            ResourceEditor editor, Resources resources, Locations locations, Access access, MessageSource messages) {
        this.editor = editor;
        this.resources = resources;
        this.locations = locations;
        this.access = access;
        this.messages = messages;
    }

    /**
     * A form the server refused, as typed.
     *
     * @param form which form: {@code new}, {@code resource-{id}}, {@code new-instance-{id}} or {@code instance-{id}}
     * @param errors each field at fault with what it must be
     */
    record Draft(String form, String title, String description, Map<String, List<String>> errors) {

        /** The reasons for {@code field} if this draft is form {@code name}, else null. */
        public String error(String name, String field) {
            List<String> reasons = form.equals(name) ? errors.get(field) : null;
            return reasons == null ? null : String.join("; ", reasons);
        }
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        return show(user, locationId, null, model);
    }

    @PostMapping(PATH)
    String create(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return after(
                new Draft("new", title, description, Map.of()),
                () -> editor.create(
                        user.caller(), locationId, new ResourceEditor.ResourceBody(title, description, null)),
                "created",
                user,
                locationId,
                model,
                redirect,
                response);
    }

    @PostMapping(PATH + "/{resourceId}")
    String update(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long resourceId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return after(
                new Draft("resource-" + resourceId, title, description, Map.of()),
                () -> editor.update(
                        user.caller(),
                        locationId,
                        resourceId,
                        new ResourceEditor.ResourceBody(title, description, null)),
                "saved",
                user,
                locationId,
                model,
                redirect,
                response);
    }

    @PostMapping(PATH + "/{resourceId}/delete")
    String delete(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long resourceId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return after(
                null,
                () -> editor.delete(user.caller(), locationId, resourceId),
                "deleted",
                user,
                locationId,
                model,
                redirect,
                response);
    }

    @PostMapping(PATH + "/{resourceId}/instances")
    String addInstance(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long resourceId,
            @RequestParam(defaultValue = "") String title,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return after(
                new Draft("new-instance-" + resourceId, title, null, Map.of()),
                () -> editor.addInstance(user.caller(), locationId, resourceId, title),
                "saved",
                user,
                locationId,
                model,
                redirect,
                response);
    }

    @PostMapping(PATH + "/{resourceId}/instances/{instanceId}")
    String renameInstance(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long resourceId,
            @PathVariable long instanceId,
            @RequestParam(defaultValue = "") String title,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return after(
                new Draft("instance-" + instanceId, title, null, Map.of()),
                () -> editor.renameInstance(user.caller(), locationId, resourceId, instanceId, title),
                "saved",
                user,
                locationId,
                model,
                redirect,
                response);
    }

    @PostMapping(PATH + "/{resourceId}/instances/{instanceId}/delete")
    String deleteInstance(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long resourceId,
            @PathVariable long instanceId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return after(
                null,
                () -> editor.deleteInstance(user.caller(), locationId, resourceId, instanceId),
                "saved",
                user,
                locationId,
                model,
                redirect,
                response);
    }

    private String after(
            Draft typed,
            Supplier<ResourceEditor.Outcome> change,
            String done,
            SessionUser user,
            long locationId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ResourceEditor.Outcome outcome = change.get();
        if (outcome instanceof ResourceEditor.Outcome.Saved saved) {
            redirect.addFlashAttribute("notice", "resources.notice." + done);
            redirect.addFlashAttribute("noticeTitle", saved.resource().title());
            return "redirect:/admin/locations/" + locationId + "/resources";
        }
        Refusal refusal = ((ResourceEditor.Outcome.Refused) outcome).refusal();
        if (refusal.fields().isEmpty() || typed == null) {
            response.setStatus(RefusalResponses.status(refusal.code()).value());
            model.addAttribute("error", refusal.messageIn(messages, LocaleContextHolder.getLocale()));
            return show(user, locationId, null, model);
        }
        response.setStatus(RefusalResponses.status(refusal.code()).value());
        Draft draft = new Draft(
                typed.form(),
                typed.title(),
                typed.description(),
                refusal.fieldsIn(messages, LocaleContextHolder.getLocale()));
        return show(user, locationId, draft, model);
    }

    private String show(SessionUser user, long locationId, Draft draft, Model model) {
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        access.require(user.caller(), locationId, Right.MANAGE_SETTINGS);
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "resources");
        model.addAttribute("resources", resources.atLocation(locationId));
        model.addAttribute("draft", draft);
        return "directory/resources";
    }
}
