package dev.kairos.admin;

import dev.kairos.appointments.RecordFilter;
import dev.kairos.appointments.RecordQueries;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.catalog.ServiceCategories;
import dev.kairos.directory.Location;
import dev.kairos.directory.TeamMembers;
import dev.kairos.notifications.DeliveryLog;
import dev.kairos.staffbooking.Deletions;
import dev.kairos.web.ApiException;
import dev.kairos.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Overview › Appointments: the location's appointments under the same filter as {@code GET /records}
 * (the form's fields are the API's query parameters, so the page's URL is the filter), deleted ones
 * included and shown red, with bulk delete and an Info view of each appointment.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/appointments")
class OverviewController {

    private final Workplace workplace;
    private final RecordQueries queries;
    private final Deletions deletions;
    private final AppointmentRows rows;
    private final TeamMembers teamMembers;
    private final ServiceCategories categories;
    private final DeliveryLog deliveries;
    private final Clock clock;
    private final MessageSource messages;

    OverviewController(
            Workplace workplace,
            RecordQueries queries,
            Deletions deletions,
            AppointmentRows rows,
            TeamMembers teamMembers,
            ServiceCategories categories,
            DeliveryLog deliveries,
            Clock clock,
            MessageSource messages) {
        this.workplace = workplace;
        this.queries = queries;
        this.deletions = deletions;
        this.rows = rows;
        this.teamMembers = teamMembers;
        this.categories = categories;
        this.deliveries = deliveries;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            HttpServletRequest http,
            Model model) {
        if (http.getParameter("deleted") == null) {
            return "redirect:" + opening(user, locationId, http);
        }
        Location location = workplace.open(user, locationId, Right.VIEW_RECORDS, model, "overview");
        String query = http.getQueryString() == null ? "" : http.getQueryString();
        model.addAttribute("query", query);
        model.addAttribute("members", teamMembers.atLocation(locationId));
        model.addAttribute("categories", categories.list(locationId, null));
        model.addAttribute("labels", queries.labels(user.caller(), locationId));
        model.addAttribute("mayDelete", workplace.holds(user, locationId, Right.DELETE_RECORDS));
        model.addAttribute("mayDeletePaid", workplace.holds(user, locationId, Right.DELETE_PAID_RECORDS));
        model.addAttribute("mayDeleteArrived", workplace.holds(user, locationId, Right.DELETE_ARRIVED_RECORDS));
        RefusedFilter read = RefusedFilter.read(http, location.zone(), locationId);
        RecordFilter filter = read.filter();
        model.addAttribute("refused", read);
        model.addAttribute("filterError", read.of(""));
        RecordQueries.Listing listing = queries.list(user.caller(), locationId, location.zone(), filter);
        model.addAttribute("filter", filter);
        List<AppointmentRow> shown = rows.of(location.chainId(), listing.appointments());
        model.addAttribute("rows", shown);
        model.addAttribute(
                "paidIds",
                deletions.paidAmong(
                        locationId, shown.stream().map(AppointmentRow::id).toList()));
        model.addAttribute("total", listing.totalCount());
        long pages = Math.max(1, (listing.totalCount() + filter.count() - 1) / filter.count());
        model.addAttribute("pages", pages);
        model.addAttribute("pageLinks", PageLinks.of(filter.page(), pages, n -> page(http, n)));
        model.addAttribute("previousPage", filter.page() > 1 ? page(http, filter.page() - 1) : null);
        model.addAttribute("nextPage", filter.page() < pages ? page(http, filter.page() + 1) : null);
        return "admin/appointments";
    }

    /**
     * Where a bare Overview link leads: deleted appointments listed too unless asked not to, and from
     * today on unless dates are asked, so the front desk opens on what is coming rather than on the
     * oldest history. Saying both in the URL keeps the page shareable.
     */
    private String opening(SessionUser user, long locationId, HttpServletRequest http) {
        Location location = workplace.open(user, locationId, Right.VIEW_RECORDS);
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(http.getRequestURI())
                .query(http.getQueryString())
                .replaceQueryParam("deleted", "all");
        if (http.getParameter("start_date") == null && http.getParameter("end_date") == null) {
            url.replaceQueryParam("start_date", LocalDate.now(clock.withZone(location.zone())));
        }
        return url.build().toUriString();
    }

    /**
     * Deletes the checked appointments one by one and comes back to the same list, naming each by its
     * client and time: which were deleted, and which were refused and why.
     */
    @PostMapping("/delete")
    String delete(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(name = "query", defaultValue = "") String query,
            RedirectAttributes flash) {
        Location location = workplace.open(user, locationId, Right.EDIT_RECORDS);
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("nothingSelected", true);
        } else {
            List<Deletions.Decided> outcomes = deletions.decideEach(user.caller(), locationId, ids);
            Map<Long, String> named = named(user, location, outcomes);
            flash.addFlashAttribute(
                    "deletedNow",
                    outcomes.stream()
                            .filter(Deletions.Decided::deleted)
                            .map(d -> named.getOrDefault(d.id(), "#" + d.id()))
                            .toList());
            flash.addFlashAttribute(
                    "refusals",
                    outcomes.stream()
                            .filter(d -> !d.deleted())
                            .map(d -> new Refusal(
                                    d.id(),
                                    named.getOrDefault(d.id(), "#" + d.id()),
                                    d.says().in(messages, LocaleContextHolder.getLocale())))
                            .toList());
        }
        // What was just deleted stays in sight, red, even under a filter for non-cancelled appointments only.
        String back = UriComponentsBuilder.fromPath("/admin/locations/{id}/appointments")
                .query(query)
                .replaceQueryParam("deleted", "all")
                .buildAndExpand(locationId)
                .toUriString();
        return "redirect:" + back;
    }

    /** A selected appointment that was not deleted: its client and time, and why. */
    record Refusal(long id, String appointment, String message) {}

    /** Each appointment of the outcomes by its client and time, for the messages about them. */
    private Map<Long, String> named(SessionUser user, Location location, List<Deletions.Decided> outcomes) {
        Map<Long, String> named = new HashMap<>();
        for (Deletions.Decided d : outcomes) {
            queries.find(user.caller(), location.id(), d.id())
                    .ifPresent(r ->
                            named.put(d.id(), rows.of(location.chainId(), r).named()));
        }
        return named;
    }

    /**
     * The Info view: the whole appointment, deleted or not, with its timestamps, who cancelled it and
     * the messages planned and sent about it (an htmx panel).
     */
    @GetMapping("/{recordId}")
    String info(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long recordId,
            Model model) {
        Location location = workplace.open(user, locationId, Right.VIEW_RECORDS, model, "overview");
        var record = queries.find(user.caller(), locationId, recordId)
                .orElseThrow(() -> ApiException.notFound("Appointment"));
        model.addAttribute("a", rows.of(location.chainId(), record));
        model.addAttribute("messages", deliveries.of(user.caller(), locationId, recordId));
        return "admin/appointment-info :: info";
    }

    private static String page(HttpServletRequest http, long page) {
        return UriComponentsBuilder.fromPath(http.getRequestURI())
                .query(http.getQueryString())
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }
}
