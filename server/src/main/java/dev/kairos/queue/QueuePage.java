package dev.kairos.queue;

import dev.kairos.auth.Caller;
import dev.kairos.directory.Location;
import dev.kairos.refusal.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The location's public queue pages, beside its booking pages: join on a phone (the QR code on the
 * door leads here), follow one's own ticket until called, and the board for a screen in the waiting
 * room. The ticket and the board update themselves (htmx polling).
 */
@Controller
@RequestMapping("/book/{locationId}/queue")
class QueuePage {

    private final Queue queue;
    private final Environment environment;
    private final MessageSource messages;

    QueuePage(Queue queue, Environment environment, MessageSource messages) {
        this.queue = queue;
        this.environment = environment;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable long locationId, Model model) {
        model.addAttribute("location", queue.location(locationId));
        model.addAttribute("services", queue.services(locationId));
        model.addAttribute("state", queue.state(locationId));
        model.addAttribute("form", new Queue.Join(null, "", ""));
        model.addAttribute("errors", Map.of());
        return "queue/join";
    }

    @PostMapping
    String join(
            @PathVariable long locationId,
            @RequestParam(name = "service_id", required = false) Long serviceId,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "phone", required = false) String phone,
            Model model,
            HttpServletResponse response) {
        Location location = queue.location(locationId);
        Queue.Join join = new Queue.Join(serviceId, name, phone);
        Step step = queue.join(new Caller(new Caller.Partner(0, location.chainId()), null), locationId, join);
        if (step instanceof Step.Moved moved) {
            return "redirect:" + link(moved.ticket());
        }
        Refusal refusal = ((Step.Refused) step).refusal();
        response.setStatus(422);
        model.addAttribute("location", location);
        model.addAttribute("services", queue.services(locationId));
        model.addAttribute("state", queue.state(locationId));
        model.addAttribute("form", join);
        model.addAttribute(
                "errors",
                refusal.fields().isEmpty()
                        ? Map.of("form", List.of(refusal.messageIn(messages, LocaleContextHolder.getLocale())))
                        : refusal.fieldsIn(messages, LocaleContextHolder.getLocale()));
        return "queue/join";
    }

    @GetMapping("/tickets/{ticketId}/{key}")
    String ticket(@PathVariable long locationId, @PathVariable long ticketId, @PathVariable String key, Model model) {
        return ticketModel(locationId, ticketId, key, model)
                ? "queue/ticket"
                : "redirect:/book/" + locationId + "/queue";
    }

    @GetMapping("/tickets/{ticketId}/{key}/live")
    String ticketLive(
            @PathVariable long locationId, @PathVariable long ticketId, @PathVariable String key, Model model) {
        return ticketModel(locationId, ticketId, key, model) ? "queue/ticket :: live" : "queue/ticket :: gone";
    }

    @PostMapping("/tickets/{ticketId}/{key}/leave")
    String leave(@PathVariable long locationId, @PathVariable long ticketId, @PathVariable String key) {
        queue.leave(locationId, ticketId, key);
        return "redirect:/book/" + locationId + "/queue/tickets/" + ticketId + "/" + key;
    }

    @GetMapping("/board")
    String board(@PathVariable long locationId, Model model) {
        model.addAttribute("location", queue.location(locationId));
        model.addAttribute("state", queue.state(locationId));
        return "queue/board";
    }

    @GetMapping("/board/live")
    String boardLive(@PathVariable long locationId, Model model) {
        model.addAttribute("location", queue.location(locationId));
        model.addAttribute("state", queue.state(locationId));
        return "queue/board :: live";
    }

    /** The QR code for the door: the address of this location's queue page. */
    @GetMapping(value = "/qr.svg")
    ResponseEntity<String> qr(@PathVariable long locationId) {
        queue.location(locationId);
        String base = environment.getProperty("kairos.public-url", "http://localhost:8080");
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.noCache())
                .body(QrCode.svg(base.replaceAll("/+$", "") + "/book/" + locationId + "/queue"));
    }

    private boolean ticketModel(long locationId, long ticketId, String key, Model model) {
        var ticket = queue.own(locationId, ticketId, key);
        if (ticket.isEmpty()) {
            return false;
        }
        QueueState state = queue.state(locationId);
        model.addAttribute("location", state.location());
        model.addAttribute("state", state);
        model.addAttribute("ticket", ticket.get());
        model.addAttribute("view", TicketView.of(ticket.get(), state));
        model.addAttribute("link", link(ticket.get()));
        model.addAttribute(
                "service",
                queue.services(locationId).stream()
                        .filter(s -> s.id() == ticket.get().serviceId())
                        .map(Floor.QueueService::title)
                        .findFirst()
                        .orElse(""));
        return true;
    }

    private static String link(Ticket t) {
        return "/book/" + t.locationId() + "/queue/tickets/" + t.id() + "/" + t.accessKey();
    }
}
