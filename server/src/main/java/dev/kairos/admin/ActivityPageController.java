package dev.kairos.admin;

import dev.kairos.audit.ActivityHistory;
import dev.kairos.auth.Accounts;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.exports.ExportFiles;
import dev.kairos.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Overview › Activity logs: who exported, imported, created, changed and deleted what at the
 * location, filtered by user, kind of action and dates (local, inclusive), a page at a time; and the
 * signed-in user's own export files to download again. The log needs the right to view it, the
 * files the right to export; either opens the page.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/activity")
class ActivityPageController {

    private static final int PER_PAGE = 50;

    /** The kinds of action the page filters by, each the log's actions it stands for. */
    static final Map<String, List<String>> KINDS = kinds();

    private final Workplace workplace;
    private final ActivityHistory history;
    private final ExportFiles exports;
    private final Accounts accounts;

    ActivityPageController(Workplace workplace, ActivityHistory history, ExportFiles exports, Accounts accounts) {
        this.workplace = workplace;
        this.history = history;
        this.exports = exports;
        this.accounts = accounts;
    }

    private static Map<String, List<String>> kinds() {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("exported", List.of("exported"));
        kinds.put("imported", List.of("imported"));
        kinds.put("created", List.of("created"));
        kinds.put("changed", List.of("updated", "status_changed", "rescheduled", "paid"));
        kinds.put("deleted", List.of("deleted", "cancelled"));
        return java.util.Collections.unmodifiableMap(kinds);
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            HttpServletRequest http,
            Model model) {
        boolean mayReadLog = workplace.holds(user, locationId, Right.VIEW_ACTIVITY_LOG);
        boolean mayExport = workplace.holds(user, locationId, Right.EXPORT);
        Location location = workplace.open(
                user, locationId, mayReadLog || !mayExport ? Right.VIEW_ACTIVITY_LOG : Right.EXPORT, model, "activity");
        model.addAttribute("mayReadLog", mayReadLog);
        model.addAttribute("files", mayExport ? exports.ownedBy(user.id(), locationId) : List.of());
        model.addAttribute("mayExport", mayExport);
        model.addAttribute("zone", location.zone());
        if (mayReadLog) {
            log(location, http, model);
        }
        return "admin/activity";
    }

    private void log(Location location, HttpServletRequest http, Model model) {
        // The message key of why each refused field was set aside; the others still filter.
        Map<String, String> refused = new LinkedHashMap<>();
        Long userId = id(http.getParameter("user"), "user", refused);
        String kind = http.getParameter("kind") == null ? "" : http.getParameter("kind");
        if (!kind.isEmpty() && !KINDS.containsKey(kind)) {
            refused.put("kind", "filter.refused.choice");
            kind = "";
        }
        LocalDate from = date(http.getParameter("from"), "from", refused);
        LocalDate to = date(http.getParameter("to"), "to", refused);
        if (from != null && to != null && to.isBefore(from)) {
            refused.put("to", "filter.refused.order");
            to = null;
        }
        int page =
                (int) Math.max(1, Math.min(Integer.MAX_VALUE, orOne(id(http.getParameter("page"), "page", refused))));
        ActivityHistory.Page found = history.find(
                location.id(),
                new ActivityHistory.Filter(
                        userId,
                        kind.isEmpty() ? List.of() : KINDS.get(kind),
                        from == null ? null : from.atStartOfDay(location.zone()).toInstant(),
                        to == null
                                ? null
                                : to.plusDays(1).atStartOfDay(location.zone()).toInstant(),
                        page,
                        PER_PAGE));
        List<Long> users = history.users(location.id());
        Map<Long, String> names = accounts.names(location.chainId(), users);
        model.addAttribute("entries", found.entries());
        model.addAttribute("total", found.total());
        model.addAttribute("names", names);
        model.addAttribute("kinds", KINDS.keySet());
        model.addAttribute("chosen", new Chosen(userId, kind, from, to));
        model.addAttribute("refused", refused);
        long pages = Math.max(1, (found.total() + PER_PAGE - 1) / PER_PAGE);
        model.addAttribute("pages", pages);
        model.addAttribute(
                "pageLinks", PageLinks.of(page, pages, n -> UriComponentsBuilder.fromPath(http.getRequestURI())
                        .query(http.getQueryString())
                        .replaceQueryParam("page", n)
                        .build()
                        .toUriString()));
    }

    /** The filter as the form shows it again. */
    record Chosen(Long userId, String kind, LocalDate from, LocalDate to) {}

    private static long orOne(Long value) {
        return value == null ? 1 : value;
    }

    private static Long id(String value, String name, Map<String, String> refused) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            refused.put(name, "filter.refused.number");
            return null;
        }
    }

    private static LocalDate date(String value, String name, Map<String, String> refused) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            refused.put(name, "filter.refused.date");
            return null;
        }
    }
}
