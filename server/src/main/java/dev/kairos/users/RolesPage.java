package dev.kairos.users;

import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
 * The roles editor ({@code /admin/locations/{id}/roles}): the chain's roles, each a title and a
 * set of rights as checkboxes; a new role; removing a role nobody holds. Needs the right to
 * manage users.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/roles")
class RolesPage {

    private final UserAdmin users;
    private final RoleAdmin roles;
    private final MessageSource messages;

    RolesPage(UserAdmin users, RoleAdmin roles, MessageSource messages) {
        this.users = users;
        this.roles = roles;
        this.messages = messages;
    }

    /** A role's form as sent (or as stored), to show again. */
    record RoleForm(Long id, String title, List<String> rights, int users) {

        public boolean has(String right) {
            return rights.contains(right);
        }
    }

    @GetMapping
    String page(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        return show(user, locationId, null, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(name = "rights", required = false) List<String> rights,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Location location = users.authorize(user.caller(), locationId);
        List<String> named = rights == null ? List.of() : rights;
        Outcome<RoleView> created = roles.create(user.caller(), location.chainId(), new RoleRequest(title, named));
        if (created.isRefused()) {
            UsersPage.refused(created.refusal(), messages, model, response);
            return show(user, locationId, new RoleForm(null, title, named, 0), model);
        }
        UsersPage.notice(redirect, "roles.notice.created", created.value().title());
        return "redirect:/admin/locations/" + locationId + "/roles";
    }

    @PostMapping("/{roleId}")
    String update(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long roleId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(name = "rights", required = false) List<String> rights,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Location location = users.authorize(user.caller(), locationId);
        List<String> named = rights == null ? List.of() : rights;
        Outcome<RoleView> saved =
                roles.update(user.caller(), location.chainId(), roleId, new RoleRequest(title, named));
        if (saved.isRefused()) {
            UsersPage.refused(saved.refusal(), messages, model, response);
            return show(user, locationId, new RoleForm(roleId, title, named, 0), model);
        }
        UsersPage.notice(redirect, "roles.notice.saved", saved.value().title());
        return "redirect:/admin/locations/" + locationId + "/roles";
    }

    @PostMapping("/{roleId}/delete")
    String delete(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long roleId,
            RedirectAttributes redirect) {
        Location location = users.authorize(user.caller(), locationId);
        Outcome<RoleView> deleted = roles.delete(user.caller(), location.chainId(), roleId);
        if (deleted.isRefused()) {
            redirect.addFlashAttribute("error", deleted.refusal().forPeople(messages, LocaleContextHolder.getLocale()));
        } else {
            UsersPage.notice(redirect, "roles.notice.removed", deleted.value().title());
        }
        return "redirect:/admin/locations/" + locationId + "/roles";
    }

    /** The page; {@code sent} is a refused form to show as typed in place of the stored role (or the new one). */
    private String show(SessionUser user, long locationId, RoleForm sent, Model model) {
        Location location = users.authorize(user.caller(), locationId);
        List<RoleForm> forms = roles.list(user.caller(), location.chainId()).stream()
                .map(r -> sent != null && sent.id() != null && sent.id() == r.id()
                        ? new RoleForm(r.id(), sent.title(), sent.rights(), r.usersCount())
                        : new RoleForm(r.id(), r.title(), r.rights(), r.usersCount()))
                .toList();
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "users");
        model.addAttribute("roles", forms);
        model.addAttribute("fresh", sent != null && sent.id() == null ? sent : new RoleForm(null, "", List.of(), 0));
        model.addAttribute("rights", RightNames.all());
        return "users/roles";
    }
}
