package dev.kairos.catalog;

import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.directory.TeamMember;
import dev.kairos.directory.TeamMembers;
import dev.kairos.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Which of the location's services a team member performs, with her own duration for each
 * ({@code /admin/locations/{id}/team/{member}/services}): tick boxes over the services, for those
 * who manage the location's services, through the same links as the API's.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/team/{memberId}/services")
class MemberServicesPage {

    private final StaffLinkEditor links;
    private final Services services;
    private final CatalogAccess access;
    private final Locations locations;
    private final TeamMembers members;

    MemberServicesPage(
            StaffLinkEditor links, Services services, CatalogAccess access, Locations locations, TeamMembers members) {
        this.links = links;
        this.services = services;
        this.access = access;
        this.locations = locations;
        this.members = members;
    }

    /**
     * One service's row as shown: ticked or not, her own duration in minutes as typed, and why it
     * was refused (null when it was not).
     */
    record Row(Service service, boolean ticked, String minutes, String error) {}

    @GetMapping
    String page(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long memberId,
            Model model) {
        TeamMember member = open(user, locationId, memberId, model);
        List<Row> rows = all(locationId).stream()
                .map(s -> new Row(
                        s,
                        s.link(member.id()).isPresent(),
                        s.link(member.id())
                                .flatMap(StaffLink::ownDuration)
                                .map(d -> String.valueOf(d.toMinutes()))
                                .orElse(""),
                        null))
                .toList();
        model.addAttribute("rows", rows);
        return "catalog/member-services";
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long memberId,
            @RequestParam(name = "service", required = false) List<Long> ticked,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        TeamMember member = open(user, locationId, memberId, model);
        List<Service> all = all(locationId);
        List<Long> chosen = ticked == null ? List.of() : ticked;
        Map<Long, Integer> wanted = new LinkedHashMap<>();
        Map<Long, String> unreadable = new LinkedHashMap<>();
        for (Service s : all) {
            if (!chosen.contains(s.id())) {
                continue;
            }
            String minutes = params.getOrDefault("minutes_" + s.id(), "").strip();
            try {
                wanted.put(s.id(), minutes.isEmpty() ? null : Math.multiplyExact(Integer.parseInt(minutes), 60));
            } catch (NumberFormatException | ArithmeticException e) {
                unreadable.put(s.id(), "must be a whole number of minutes");
            }
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        unreadable.forEach((id, reason) -> errors.put("seance_length." + id, List.of(reason)));
        if (errors.isEmpty()) {
            try {
                links.setServicesOf(user.caller(), locationId, member.id(), all, wanted);
                redirect.addFlashAttribute("notice", "team.notice.services");
                redirect.addFlashAttribute("noticeTitle", member.name());
                return "redirect:/admin/locations/" + locationId + "/team/" + memberId + "/services";
            } catch (ServiceRuleViolation e) {
                errors.putAll(e.errors());
            }
        }
        response.setStatus(422);
        model.addAttribute("error", true);
        model.addAttribute(
                "rows",
                all.stream()
                        .map(s -> new Row(
                                s,
                                chosen.contains(s.id()),
                                params.getOrDefault("minutes_" + s.id(), ""),
                                errors.containsKey("seance_length." + s.id())
                                        ? String.join("; ", errors.get("seance_length." + s.id()))
                                        : null))
                        .toList());
        return "catalog/member-services";
    }

    private TeamMember open(SessionUser user, long locationId, long memberId, Model model) {
        access.write(user.caller(), locationId);
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        TeamMember member = members.findAt(locationId, memberId)
                .filter(m -> !m.deleted())
                .orElseThrow(() -> ApiException.notFound("Staff"));
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "team");
        model.addAttribute("member", member);
        return member;
    }

    private List<Service> all(long locationId) {
        return services.list(locationId, new Services.ServiceFilter(null, null, false));
    }
}
