package dev.kairos.users;

import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import jakarta.servlet.http.HttpServletResponse;
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
 * The chain's partner tokens ({@code /admin/locations/{id}/tokens}): issue one for an integration
 * (shown once, on the page that issued it) and revoke one. Needs the right to manage users.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/tokens")
class TokensPage {

    private final UserAdmin users;
    private final PartnerTokens tokens;
    private final MessageSource messages;

    TokensPage(UserAdmin users, PartnerTokens tokens, MessageSource messages) {
        this.users = users;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        return show(user, locationId, "", model);
    }

    @PostMapping
    String issue(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(defaultValue = "") String title,
            Model model,
            HttpServletResponse response) {
        Location location = users.authorize(user.caller(), locationId);
        Outcome<PartnerTokens.Issued> issued = tokens.issue(user.caller(), location.chainId(), title);
        if (issued.isRefused()) {
            UsersPage.refused(issued.refusal(), messages, model, response);
            return show(user, locationId, title, model);
        }
        model.addAttribute("issued", issued.value());
        return show(user, locationId, "", model);
    }

    @PostMapping("/{tokenId}/revoke")
    String revoke(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long tokenId,
            RedirectAttributes redirect) {
        Location location = users.authorize(user.caller(), locationId);
        Outcome<Long> revoked = tokens.revoke(user.caller(), location.chainId(), tokenId);
        redirect.addFlashAttribute(
                revoked.isRefused() ? "error" : "notice",
                revoked.isRefused()
                        ? revoked.refusal().forPeople(messages, LocaleContextHolder.getLocale())
                        : "tokens.notice.revoked");
        return "redirect:/admin/locations/" + locationId + "/tokens";
    }

    private String show(SessionUser user, long locationId, String title, Model model) {
        Location location = users.authorize(user.caller(), locationId);
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "users");
        model.addAttribute("tokens", tokens.ofChain(location.chainId()));
        model.addAttribute("title", title);
        return "users/tokens";
    }
}
