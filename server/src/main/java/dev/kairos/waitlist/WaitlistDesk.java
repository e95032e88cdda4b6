package dev.kairos.waitlist;

import dev.kairos.auth.Access;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.notifications.OfferNotices;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import dev.kairos.wire.WireTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
 * The front desk's waitlist ({@code /admin/locations/{id}/waitlist}), for staff with the right to
 * edit records: the entries with their status, filtered by service and status; cancel one, or book
 * it by hand at a time staff pick, through the same booking path as the API.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/waitlist")
class WaitlistDesk {

    private final Waitlist waitlist;
    private final Choices choices;
    private final OfferNotices notices;
    private final Access access;
    private final MessageSource messages;

    WaitlistDesk(Waitlist waitlist, Choices choices, OfferNotices notices, Access access, MessageSource messages) {
        this.waitlist = waitlist;
        this.choices = choices;
        this.notices = notices;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(name = "service", required = false) Long service,
            @RequestParam(name = "status", required = false) String status,
            Model model) {
        access.require(user.caller(), locationId, Right.EDIT_RECORDS);
        Location location = waitlist.location(locationId);
        EntryStatus wanted = EntryStatus.parse(status).orElse(null);
        List<EntryView> views =
                waitlist.list(user.caller(), locationId, wanted == null ? List.of() : List.of(wanted)).stream()
                        .filter(e -> service == null || e.serviceId() == service)
                        .sorted((a, b) ->
                                Boolean.compare(!a.status().open(), !b.status().open()))
                        .map(e -> EntryView.of(e, location.zone()))
                        .toList();
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "waitlist");
        model.addAttribute("entries", views);
        model.addAttribute("services", choices.services(locationId));
        model.addAttribute("serviceNames", names(choices.allServices(locationId)));
        model.addAttribute("members", choices.members(locationId, null));
        model.addAttribute("memberNames", names(choices.members(locationId, null)));
        model.addAttribute(
                "statuses",
                List.of(EntryStatus.values()).stream().map(EntryStatus::dbName).toList());
        model.addAttribute("messages", messages(locationId));
        model.addAttribute("service", service);
        model.addAttribute("status", wanted == null ? "" : wanted.dbName());
        return "waitlist/desk";
    }

    @PostMapping("/{entryId}/cancel")
    String cancel(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long entryId,
            RedirectAttributes flash) {
        return back(locationId, waitlist.cancel(user.caller(), locationId, entryId, null), "cancelled", flash);
    }

    @PostMapping("/{entryId}/book")
    String book(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long entryId,
            @RequestParam(name = "date", required = false) String date,
            @RequestParam(name = "time", required = false) String time,
            @RequestParam(name = "team_member_id", required = false) Long member,
            RedirectAttributes flash) {
        Location location = waitlist.location(locationId);
        Instant start;
        try {
            start = date == null || date.isBlank() || time == null || time.isBlank()
                    ? null
                    : WireTime.parseInstant("datetime", date.strip() + " " + time.strip() + ":00", location.zone());
        } catch (Refused | java.time.DateTimeException e) {
            return back(
                    locationId,
                    new Waitlist.Result.Refused(
                            Refusal.invalid("datetime", Fault.of("fault.not-a-date-time", e.getMessage()))),
                    "",
                    flash);
        }
        return back(locationId, waitlist.book(user.caller(), locationId, entryId, start, member), "booked", flash);
    }

    private String back(long locationId, Waitlist.Result result, String done, RedirectAttributes flash) {
        if (result instanceof Waitlist.Result.Done d) {
            flash.addFlashAttribute("notice", done);
            flash.addFlashAttribute("noticeName", d.entry().contact().name());
        } else {
            Refusal refusal = ((Waitlist.Result.Refused) result).refusal();
            flash.addFlashAttribute("error", refusal.forPeople(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/locations/" + locationId + "/waitlist";
    }

    /** The last offer message of each entry, by channel: what staff check when a client says they heard nothing. */
    private Map<Long, Map<String, OfferNotices.OfferMessage>> messages(long locationId) {
        Map<Long, Map<String, OfferNotices.OfferMessage>> last = new HashMap<>();
        for (OfferNotices.OfferMessage m : notices.of(locationId, OfferRound.REFERENCE)) {
            String rest = m.reference().substring(OfferRound.REFERENCE.length());
            long entry = Long.parseLong(rest.substring(0, rest.indexOf(':')));
            last.computeIfAbsent(entry, e -> new TreeMap<>()).put(m.channel(), m);
        }
        return last;
    }

    private static Map<Long, String> names(List<Choices.Choice> choices) {
        return choices.stream().collect(Collectors.toMap(Choices.Choice::id, Choices.Choice::name, (a, b) -> a));
    }
}
