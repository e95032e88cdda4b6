package dev.kairos.notifications;

import dev.kairos.auth.Access;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Refused;
import dev.kairos.web.ApiException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Notifications › one template: edit the subject, text and HTML of one event, audience
 * and channel, preview it on a sample appointment (htmx, without saving), save it or go back to the
 * default.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/notifications/templates/{event}/{audience}/{channel}")
class TemplatePage {

    private final TemplateEditor templates;
    private final Locations locations;
    private final Access access;
    private final MessageSource messages;

    TemplatePage(TemplateEditor templates, Locations locations, Access access, MessageSource messages) {
        this.templates = templates;
        this.locations = locations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String edit(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable String event,
            @PathVariable String audience,
            @PathVariable String channel,
            Model model) {
        TemplateEditor.Key key = open(user, locationId, event, audience, channel, model);
        if (!model.containsAttribute("template")) {
            model.addAttribute("template", templates.get(user.caller(), locationId, key));
        }
        return "notifications/template";
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable String event,
            @PathVariable String audience,
            @PathVariable String channel,
            TemplateEditor.TemplateBody body,
            RedirectAttributes flash) {
        TemplateEditor.Key key = TemplateEditor.Key.of(event, audience, channel);
        try {
            templates.save(user.caller(), locationId, key, body);
            flash.addFlashAttribute("notice", "notify.template.notice.saved");
        } catch (Refused refused) {
            flash.addFlashAttribute("error", refused.refusal().forPeople(messages, LocaleContextHolder.getLocale()));
            flash.addFlashAttribute(
                    "template",
                    new TemplateEditor.TemplateView(
                            event, audience, channel, true, body.subject(), body.text(), body.html()));
        }
        return "redirect:/admin/locations/" + locationId + "/notifications/templates/" + TemplateEditor.path(key);
    }

    @PostMapping("/reset")
    String reset(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable String event,
            @PathVariable String audience,
            @PathVariable String channel,
            RedirectAttributes flash) {
        TemplateEditor.Key key = TemplateEditor.Key.of(event, audience, channel);
        templates.reset(user.caller(), locationId, key);
        flash.addFlashAttribute("notice", "notify.template.notice.default");
        return "redirect:/admin/locations/" + locationId + "/notifications/templates/" + TemplateEditor.path(key);
    }

    /** The htmx preview of the form as it stands, on a sample appointment. */
    @PostMapping("/preview")
    String preview(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable String event,
            @PathVariable String audience,
            @PathVariable String channel,
            TemplateEditor.TemplateBody body,
            Model model) {
        TemplateEditor.Key key = open(user, locationId, event, audience, channel, model);
        try {
            model.addAttribute("preview", templates.preview(user.caller(), locationId, key, body));
        } catch (Refused refused) {
            model.addAttribute("error", refused.refusal().forPeople(messages, LocaleContextHolder.getLocale()));
        }
        return "notifications/template :: preview";
    }

    private TemplateEditor.Key open(
            SessionUser user, long locationId, String event, String audience, String channel, Model model) {
        access.require(user.caller(), locationId, Right.MANAGE_SETTINGS);
        model.addAttribute("user", user);
        model.addAttribute("location", locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location")));
        model.addAttribute("section", "notifications");
        TemplateEditor.Key key = TemplateEditor.Key.of(event, audience, channel);
        model.addAttribute("key", key);
        model.addAttribute("email", key.channel() == Channel.EMAIL);
        return key;
    }
}
