package dev.kairos.clients;

import dev.kairos.auth.Access;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.web.ApiException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Duplicates by phone ({@code /admin/locations/{id}/clients/duplicates}): the location's clients
 * whose phones are one number written differently, in groups; the person picks the one to keep
 * and the others of the group are merged into it. Needs the right to manage clients.
 */
@Controller
class ClientDuplicatesPage {

    private static final String PATH = "/admin/locations/{locationId}/clients/duplicates";

    private final ClientMerge merge;
    private final Locations locations;
    private final Access access;
    private final MessageSource messages;

    ClientDuplicatesPage(ClientMerge merge, Locations locations, Access access, MessageSource messages) {
        this.messages = messages;
        this.merge = merge;
        this.locations = locations;
        this.access = access;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        return show(user, locationId, model);
    }

    /** Merges the group's other clients ({@code client} lists the whole group) into {@code keep}. */
    @PostMapping(PATH)
    String merge(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam long keep,
            @RequestParam(name = "client") List<Long> group,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        access.require(user.caller(), locationId, Right.MANAGE_CLIENTS);
        List<Long> others = group.stream().filter(id -> id != keep).distinct().toList();
        ClientMerge.Outcome outcome = merge.merge(user.caller(), locationId, keep, others);
        if (outcome instanceof ClientMerge.Outcome.Merged merged) {
            redirect.addFlashAttribute("notice", "clients.notice.merged");
            redirect.addFlashAttribute("noticeCount", merged.merged().size());
            return "redirect:" + ClientsPage.card(locationId, keep);
        }
        ClientMerge.Outcome.Refused refused = (ClientMerge.Outcome.Refused) outcome;
        response.setStatus(refused.refusal().fields().isEmpty() ? 404 : 422);
        model.addAttribute("error", refused.refusal().forPeople(messages, LocaleContextHolder.getLocale()));
        return show(user, locationId, model);
    }

    private String show(SessionUser user, long locationId, Model model) {
        access.require(user.caller(), locationId, Right.MANAGE_CLIENTS);
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "clients");
        model.addAttribute("groups", merge.phoneGroups(locationId));
        return "clients/duplicates";
    }
}
