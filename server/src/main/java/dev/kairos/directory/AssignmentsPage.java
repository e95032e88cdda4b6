package dev.kairos.directory;

import dev.kairos.auth.SessionUser;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
 * The staff assignments page ({@code /admin/locations/{id}/assignments}) for those who manage the
 * location's staff: members of other locations who work here and this location's members who work
 * elsewhere, each with their dates; add one, remove one. A refused form is shown again as typed,
 * with the reasons beside it.
 */
@Controller
class AssignmentsPage {

    private static final String PATH = "/admin/locations/{locationId}/assignments";

    private final Assignments assignments;
    private final Locations locations;
    private final MessageSource messages;

    AssignmentsPage(Assignments assignments, Locations locations, MessageSource messages) {
        this.assignments = assignments;
        this.locations = locations;
        this.messages = messages;
    }

    /** An assignment as the page shows it, its dates written for the reader's language (empty for an open end). */
    record Row(Assignment assignment, String homeTitle, String from, String until) {}

    /** The add form as typed, with the fields at fault. */
    record Draft(Long staffId, Long locationId, String startDate, String endDate, Map<String, List<String>> errors) {}

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        return show(user, locationId, null, model);
    }

    @PostMapping(PATH)
    String add(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(name = "staff_id", required = false) Long staffId,
            @RequestParam(name = "location_id", required = false) Long assignedTo,
            @RequestParam(name = "start_date", defaultValue = "") String startDate,
            @RequestParam(name = "end_date", defaultValue = "") String endDate,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Location location = location(user, locationId);
        Draft typed = new Draft(staffId, assignedTo, startDate, endDate, Map.of());
        Assignments.Outcome outcome = staffId == null
                ? new Assignments.Outcome.Refused(Refusal.invalid("staff_id", Fault.required()))
                : assignments.add(
                        user.caller(), location.chainId(), staffId, new AssignmentBody(assignedTo, startDate, endDate));
        return after(user, locationId, typed, outcome, "added", model, redirect, response);
    }

    @PostMapping(PATH + "/{id}/delete")
    String remove(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long id,
            @RequestParam(name = "staff_id") long staffId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Location location = location(user, locationId);
        Assignments.Outcome outcome = assignments.remove(user.caller(), location.chainId(), staffId, id);
        return after(user, locationId, null, outcome, "removed", model, redirect, response);
    }

    private String after(
            SessionUser user,
            long locationId,
            Draft typed,
            Assignments.Outcome outcome,
            String done,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (outcome instanceof Assignments.Outcome.Saved saved) {
            redirect.addFlashAttribute("notice", "assignments.notice." + done);
            redirect.addFlashAttribute("noticeName", saved.assignment().staffName());
            return "redirect:/admin/locations/" + locationId + "/assignments";
        }
        Refusal refusal = ((Assignments.Outcome.Refused) outcome).refusal();
        if (refusal.fields().isEmpty()) {
            response.setStatus(404);
            model.addAttribute("error", refusal.messageIn(messages, LocaleContextHolder.getLocale()));
            return show(user, locationId, null, model);
        }
        response.setStatus(422);
        Draft draft = new Draft(
                typed.staffId(),
                typed.locationId(),
                typed.startDate(),
                typed.endDate(),
                refusal.fieldsIn(messages, LocaleContextHolder.getLocale()));
        return show(user, locationId, draft, model);
    }

    private String show(SessionUser user, long locationId, Draft draft, Model model) {
        Location location = location(user, locationId);
        List<Location> chain = locations.ofChain(location.chainId());
        Map<Long, String> titles = new java.util.HashMap<>();
        chain.forEach(l -> titles.put(l.id(), l.title()));
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale());
        List<Row> rows = assignments.atLocation(user.caller(), locationId).stream()
                .map(a -> new Row(
                        a,
                        titles.getOrDefault(a.homeLocationId(), ""),
                        text(a.startDate(), dates),
                        text(a.endDate(), dates)))
                .toList();
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "assignments");
        model.addAttribute(
                "here",
                rows.stream()
                        .filter(r -> r.assignment().locationId() == locationId)
                        .toList());
        model.addAttribute(
                "away",
                rows.stream()
                        .filter(r -> r.assignment().locationId() != locationId)
                        .toList());
        model.addAttribute("members", assignments.members(user.caller(), locationId, location.chainId()));
        model.addAttribute("places", chain);
        model.addAttribute("titles", titles);
        model.addAttribute("draft", draft != null ? draft : new Draft(null, locationId, "", "", Map.of()));
        return "directory/assignments";
    }

    /** The location, once the user is shown to manage its staff (403 otherwise, 404 if unknown). */
    private Location location(SessionUser user, long locationId) {
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        assignments.requireManager(user.caller(), locationId);
        return location;
    }

    private static String text(LocalDate date, DateTimeFormatter format) {
        return date == null ? "" : format.format(date);
    }
}
