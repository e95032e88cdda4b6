package dev.kairos.users;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page an invitation's link opens ({@code /invitation/{token}}): the invited person sets their password. */
@Controller
class InvitationPage {

    private final Invitations invitations;

    InvitationPage(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitation/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return invitations
                .find(token)
                .map(invited -> form(invited, token, null, model))
                .orElseGet(() -> gone(model, response));
    }

    @PostMapping("/invitation/{token}")
    String accept(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeat,
            Model model,
            HttpServletResponse response) {
        var invited = invitations.find(token);
        if (invited.isEmpty()) {
            return gone(model, response);
        }
        // The key of what is wrong with the password, in the bundles.
        String problem = password.length() < 8 || password.length() > 200
                ? "invitation.too-short"
                : !password.equals(repeat) ? "invitation.differ" : null;
        if (problem != null) {
            response.setStatus(422);
            return form(invited.get(), token, problem, model);
        }
        if (invitations.accept(token, password).isEmpty()) {
            return gone(model, response);
        }
        return "redirect:/login?password-set";
    }

    private static String form(Invitations.Invited invited, String token, String error, Model model) {
        model.addAttribute("invited", invited);
        model.addAttribute("token", token);
        model.addAttribute("error", error);
        return "users/invitation";
    }

    private static String gone(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("gone", true);
        return "users/invitation";
    }
}
