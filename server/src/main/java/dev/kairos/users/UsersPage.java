package dev.kairos.users;

import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.refusal.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
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
 * The users page of a location ({@code /admin/locations/{id}/users}): who may work here, with
 * which role; inviting someone (the link is mailed, or shown here without mail); changing a
 * user's role and locations; deactivating and reactivating. Needs the right to manage users.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/users")
class UsersPage {

    private final UserAdmin admin;
    private final Users users;
    private final MessageSource messages;

    UsersPage(UserAdmin admin, Users users, MessageSource messages) {
        this.admin = admin;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        return listPage(
                user, locationId, new UserForm(null, null, null, null, List.of(String.valueOf(locationId))), model);
    }

    @PostMapping
    String invite(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(name = "role_id", defaultValue = "") String roleId,
            @RequestParam(name = "location_ids", required = false) List<String> locationIds,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        UserForm form = new UserForm(name, email, phone, roleId, locationIds);
        admin.authorize(user.caller(), locationId);
        Outcome<UserView> invited = admin.invite(user.caller(), locationId, form.invitation());
        if (invited.isRefused()) {
            refused(invited.refusal(), messages, model, response);
            return listPage(user, locationId, form, model);
        }
        told(invited.value(), redirect);
        return "redirect:/admin/locations/" + locationId + "/users";
    }

    /** Tells the inviter the invitation went out, or hands them its link when it could not be mailed. */
    private static void told(UserView view, RedirectAttributes redirect) {
        notice(redirect, view.invitationSent() ? "users.notice.invited" : "users.notice.not-mailed", view.email());
        redirect.addFlashAttribute("invitationUrl", view.invitationUrl());
    }

    @PostMapping("/{userId}/invitation")
    String reinvite(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long userId,
            RedirectAttributes redirect) {
        Outcome<UserView> invited = admin.reinvite(user.caller(), locationId, userId);
        if (invited.isRefused()) {
            redirect.addFlashAttribute("error", invited.refusal().forPeople(messages, LocaleContextHolder.getLocale()));
        } else {
            told(invited.value(), redirect);
        }
        return "redirect:/admin/locations/" + locationId + "/users";
    }

    @GetMapping("/{userId}")
    String edit(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long userId,
            Model model) {
        Account account = account(user, locationId, userId);
        return editPage(user, locationId, account, UserForm.of(account), model);
    }

    @PostMapping("/{userId}")
    String save(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long userId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(name = "role_id", defaultValue = "") String roleId,
            @RequestParam(name = "location_ids", required = false) List<String> locationIds,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Account account = account(user, locationId, userId);
        // Locations the editor may not manage users at are not on the form; they stay as they are.
        List<Long> placeable = admin.placeable(user.caller(), locationId).stream()
                .map(Location::id)
                .toList();
        List<String> kept = new java.util.ArrayList<>(locationIds == null ? List.of() : locationIds);
        account.locationIds().stream().filter(l -> !placeable.contains(l)).forEach(l -> kept.add(String.valueOf(l)));
        UserForm form = new UserForm(name, account.email(), phone, roleId, kept);
        UserRequest change = account.owner() ? new UserRequest(name, null, phone, null, null, null) : form.change();
        Outcome<UserView> saved = admin.update(user.caller(), locationId, userId, change);
        if (saved.isRefused()) {
            refused(saved.refusal(), messages, model, response);
            return editPage(user, locationId, account, form, model);
        }
        notice(redirect, "users.notice.saved", account.displayName());
        return "redirect:/admin/locations/" + locationId + "/users";
    }

    @PostMapping("/{userId}/active")
    String activate(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long userId,
            @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        Account account = account(user, locationId, userId);
        Outcome<UserView> changed =
                admin.update(user.caller(), locationId, userId, new UserRequest(null, null, null, null, null, active));
        if (changed.isRefused()) {
            redirect.addFlashAttribute("error", changed.refusal().forPeople(messages, LocaleContextHolder.getLocale()));
        } else {
            notice(redirect, active ? "users.notice.reactivated" : "users.notice.deactivated", account.displayName());
        }
        return "redirect:/admin/locations/" + locationId + "/users";
    }

    /** The notice a users or roles page shows after the redirect: its key and the one name it takes. */
    static void notice(RedirectAttributes redirect, String key, String name) {
        redirect.addFlashAttribute("notice", key);
        redirect.addFlashAttribute("noticeTitle", name);
    }

    private Account account(SessionUser user, long locationId, long userId) {
        Location location = admin.authorize(user.caller(), locationId);
        return users.find(location.chainId(), userId, locationId)
                .filter(a -> a.owner() || a.locationIds().contains(locationId))
                .orElseThrow(() -> Refusal.notFound("User").exception());
    }

    private String listPage(SessionUser user, long locationId, UserForm form, Model model) {
        Location location = admin.authorize(user.caller(), locationId);
        common(user, location, model);
        model.addAttribute("users", users.atLocation(location.chainId(), locationId));
        model.addAttribute("form", form);
        return "users/list";
    }

    private String editPage(SessionUser user, long locationId, Account account, UserForm form, Model model) {
        Location location = admin.authorize(user.caller(), locationId);
        common(user, location, model);
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        return "users/edit";
    }

    private void common(SessionUser user, Location location, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "users");
        model.addAttribute("roles", admin.roles(user.caller(), location.id()));
        model.addAttribute("places", admin.placeable(user.caller(), location.id()));
    }

    /**
     * The refusal on a users, roles or tokens page: its message, and each field at fault by its
     * label ({@code users.field.*}) with the reasons, in the person's language.
     */
    static void refused(Refusal refusal, MessageSource messages, Model model, HttpServletResponse response) {
        response.setStatus(
                dev.kairos.web.RefusalResponses.status(refusal.code()).value());
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("error", refusal.messageIn(messages, locale));
        model.addAttribute(
                "fieldErrors",
                refusal.fieldsIn(messages, locale).entrySet().stream()
                        .map(e -> label(e.getKey(), messages, locale) + ": " + String.join("; ", e.getValue()))
                        .toList());
    }

    /** A field's label; {@code rights[2]} is labelled as {@code rights}. */
    private static String label(String field, MessageSource messages, Locale locale) {
        String name = field.replaceAll("\\[\\d+]$", "");
        return messages.getMessage("users.field." + name, null, field, locale);
    }
}
