package dev.kairos.notifications;

import dev.kairos.auth.Access;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.catalog.Services;
import dev.kairos.directory.Location;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings › Notifications ({@code /admin/locations/{id}/notifications}, the right to manage
 * settings): the language and staff addresses, the rules of the location or of one service
 * ({@code ?service=}), and the list of message templates. Forms post back here and return to the
 * same view with a notice or the refusal.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/notifications")
class SettingsPage {

    private final SettingsEditor settings;
    private final RuleEditor rules;
    private final TemplateEditor templates;
    private final Services services;
    private final Locations locations;
    private final Access access;
    private final MessageSource messages;

    SettingsPage(
            SettingsEditor settings,
            RuleEditor rules,
            TemplateEditor templates,
            Services services,
            Locations locations,
            Access access,
            MessageSource messages) {
        this.messages = messages;
        this.settings = settings;
        this.rules = rules;
        this.templates = templates;
        this.services = services;
        this.locations = locations;
        this.access = access;
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(name = "service", required = false) Long serviceId,
            Model model) {
        Location location = open(user, locationId, model);
        model.addAttribute("settings", settings.get(user.caller(), locationId));
        model.addAttribute("languages", Location.LANGUAGES);
        model.addAttribute("services", services.active(locationId));
        model.addAttribute("serviceId", serviceId);
        model.addAttribute("rules", rules.list(user.caller(), locationId, serviceId));
        model.addAttribute("events", NotificationEvent.values());
        model.addAttribute("targets", Target.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("templates", templates.list(user.caller(), location.id()));
        return "notifications/settings";
    }

    @PostMapping("/settings")
    String saveSettings(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            NotificationSettings.SettingsBody body,
            RedirectAttributes flash) {
        return attempt(flash, "notify.notice.settings-saved", () -> settings.update(user.caller(), locationId, body))
                + back(locationId, null);
    }

    @PostMapping("/rules")
    String addRule(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(name = "service", required = false) Long serviceId,
            RuleBody body,
            RedirectAttributes flash) {
        return attempt(
                        flash,
                        "notify.notice.rule-added",
                        () -> rules.create(user.caller(), locationId, serviceId, body))
                + back(locationId, serviceId);
    }

    @PostMapping("/rules/{ruleId}")
    String changeRule(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long ruleId,
            @RequestParam(name = "service", required = false) Long serviceId,
            @RequestParam(name = "action") String action,
            RedirectAttributes flash) {
        Runnable change =
                switch (action) {
                    case "delete" -> () -> rules.delete(user.caller(), locationId, ruleId);
                    case "on", "off" ->
                        () -> rules.update(
                                user.caller(),
                                locationId,
                                ruleId,
                                new RuleBody(null, null, null, null, action.equals("on")));
                    default -> throw ApiException.badRequest("Unknown action");
                };
        return attempt(flash, "notify.notice.rule-changed", () -> {
                    change.run();
                    return null;
                })
                + back(locationId, serviceId);
    }

    /** Runs a change; a refusal shows on the page instead of the notice. */
    private String attempt(RedirectAttributes flash, String notice, java.util.function.Supplier<?> change) {
        try {
            change.get();
            flash.addFlashAttribute("notice", notice);
        } catch (Refused refused) {
            flash.addFlashAttribute("error", refused.refusal().forPeople(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:";
    }

    private static String back(long locationId, Long serviceId) {
        return "/admin/locations/" + locationId + "/notifications" + (serviceId == null ? "" : "?service=" + serviceId);
    }

    private Location open(SessionUser user, long locationId, Model model) {
        access.require(user.caller(), locationId, Right.MANAGE_SETTINGS);
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "notifications");
        return location;
    }
}
