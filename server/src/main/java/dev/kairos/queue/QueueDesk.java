package dev.kairos.queue;

import dev.kairos.auth.Access;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.refusal.Refusal;
import java.util.List;
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
 * The front desk's queue ({@code /admin/locations/{id}/queue}): join someone, call the next ticket
 * for a team member, and serve, cancel or mark a no-show. Each form posts back and returns here
 * with a notice or the refusal.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/queue")
class QueueDesk {

    private final Queue queue;
    private final Floor floor;
    private final Access access;
    private final MessageSource messages;

    QueueDesk(Queue queue, Floor floor, Access access, MessageSource messages) {
        this.messages = messages;
        this.queue = queue;
        this.floor = floor;
        this.access = access;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        access.require(user.caller(), locationId, Right.VIEW_RECORDS);
        QueueState state = queue.state(locationId);
        model.addAttribute("user", user);
        model.addAttribute("location", state.location());
        model.addAttribute("section", "queue");
        model.addAttribute("state", state);
        model.addAttribute(
                "views", state.open().stream().map(t -> TicketView.of(t, state)).toList());
        model.addAttribute(
                "done",
                queue
                        .list(
                                user.caller(),
                                locationId,
                                null,
                                List.of(TicketStatus.SERVED, TicketStatus.CANCELLED, TicketStatus.NO_SHOW))
                        .stream()
                        .map(t -> TicketView.of(t, state))
                        .toList());
        model.addAttribute("services", floor.services(locationId));
        model.addAttribute(
                "serviceTitles",
                floor.services(locationId).stream()
                        .collect(Collectors.toMap(Floor.QueueService::id, Floor.QueueService::title)));
        model.addAttribute("members", floor.members(locationId));
        return "queue/desk";
    }

    @PostMapping("/join")
    String join(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(name = "service_id", required = false) Long serviceId,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "phone", required = false) String phone,
            RedirectAttributes flash) {
        Step step = queue.join(user.caller(), locationId, new Queue.Join(serviceId, name, phone));
        return back(locationId, step, flash, t -> say("queue.notice.joined", t.number(), t.name()));
    }

    @PostMapping("/call_next")
    String callNext(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(name = "team_member_id", required = false) Long member,
            RedirectAttributes flash) {
        Step step = queue.callNext(user.caller(), locationId, member);
        return back(locationId, step, flash, t -> say("queue.notice.called", t.number(), t.name()));
    }

    @PostMapping("/{ticketId}/{action}")
    String move(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long ticketId,
            @PathVariable String action,
            @RequestParam(name = "team_member_id", required = false) Long member,
            RedirectAttributes flash) {
        Step step =
                switch (action) {
                    case "call" -> queue.call(user.caller(), locationId, ticketId, member);
                    case "serve" -> queue.serve(user.caller(), locationId, ticketId);
                    case "cancel" -> queue.end(user.caller(), locationId, ticketId, TicketStatus.CANCELLED);
                    case "no_show" -> queue.end(user.caller(), locationId, ticketId, TicketStatus.NO_SHOW);
                    default -> new Step.Refused(Refusal.notFound("Action"));
                };
        return back(
                locationId,
                step,
                flash,
                t -> say(
                        "queue.notice.moved",
                        t.number(),
                        say("queue.status." + t.status().dbName())));
    }

    /** A text of the page's bundle in the user's language; numbers are written without grouping. */
    private String say(String key, Object... args) {
        Object[] shown = java.util.Arrays.stream(args)
                .map(a -> a instanceof Number ? String.valueOf(a) : a)
                .toArray();
        return messages.getMessage(key, shown, LocaleContextHolder.getLocale());
    }

    private String back(
            long locationId, Step step, RedirectAttributes flash, java.util.function.Function<Ticket, String> notice) {
        if (step instanceof Step.Moved moved) {
            flash.addFlashAttribute("notice", notice.apply(moved.ticket()));
        } else {
            Refusal refusal = ((Step.Refused) step).refusal();
            flash.addFlashAttribute("error", refusal.forPeople(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/locations/" + locationId + "/queue";
    }
}
