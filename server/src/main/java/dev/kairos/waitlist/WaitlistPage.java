package dev.kairos.waitlist;

import dev.kairos.auth.Caller;
import dev.kairos.directory.Location;
import dev.kairos.platform.Languages;
import dev.kairos.refusal.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's waitlist pages beside the booking pages: join when no time is free ({@code
 * /book/{id}/waitlist}), and one's own entry behind its secret link, where an offered time is
 * accepted or the waitlist left.
 */
@Controller
@RequestMapping("/book/{locationId}/waitlist")
class WaitlistPage {

    private final Waitlist waitlist;
    private final Choices choices;
    private final MessageSource messages;
    private final Clock clock;

    WaitlistPage(Waitlist waitlist, Choices choices, MessageSource messages, Clock clock) {
        this.waitlist = waitlist;
        this.choices = choices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String form(
            @PathVariable long locationId,
            @RequestParam(name = "service", required = false) Long service,
            @RequestParam(name = "staff", required = false) Long staff,
            @RequestParam(name = "date", required = false) String date,
            Model model) {
        Location location = waitlist.location(locationId);
        String day = date == null || date.isBlank()
                ? clock.instant().atZone(location.zone()).toLocalDate().toString()
                : date;
        WishBody wish = new WishBody(service, staff, day, day, "", "", "", "", "");
        return form(location, wish, Map.of(), model);
    }

    @PostMapping
    String join(
            @PathVariable long locationId, @ModelAttribute WishBody wish, Model model, HttpServletResponse response) {
        Location location = waitlist.location(locationId);
        Waitlist.Result result = waitlist.join(caller(location), locationId, wish);
        if (result instanceof Waitlist.Result.Done done) {
            return "redirect:" + EntryView.link(done.entry());
        }
        Refusal refusal = ((Waitlist.Result.Refused) result).refusal();
        response.setStatus(422);
        return form(
                location,
                wish,
                refusal.fields().isEmpty()
                        ? Map.of("form", List.of(refusal.messageIn(messages, LocaleContextHolder.getLocale())))
                        : refusal.fieldsIn(messages, LocaleContextHolder.getLocale()),
                model);
    }

    @GetMapping("/{entryId}/{key}")
    String entry(@PathVariable long locationId, @PathVariable long entryId, @PathVariable String key, Model model) {
        return entry(locationId, entryId, key, null, model);
    }

    @PostMapping("/{entryId}/{key}/accept")
    String accept(@PathVariable long locationId, @PathVariable long entryId, @PathVariable String key, Model model) {
        Location location = waitlist.location(locationId);
        Waitlist.Result result = waitlist.accept(caller(location), locationId, entryId, key);
        if (result instanceof Waitlist.Result.Done) {
            return "redirect:" + "/book/" + locationId + "/waitlist/" + entryId + "/" + key;
        }
        EntryStatus now =
                waitlist.own(locationId, entryId, key).map(Entry::status).orElse(EntryStatus.CANCELLED);
        String problem =
                switch (now) {
                    case ACTIVE -> "waitlist.offer.taken";
                    case FULFILLED -> "waitlist.offer.booked";
                    default -> "waitlist.offer.gone";
                };
        return entry(locationId, entryId, key, problem, model);
    }

    @PostMapping("/{entryId}/{key}/leave")
    String leave(@PathVariable long locationId, @PathVariable long entryId, @PathVariable String key) {
        Location location = waitlist.location(locationId);
        waitlist.cancel(caller(location), locationId, entryId, key);
        return "redirect:" + "/book/" + locationId + "/waitlist/" + entryId + "/" + key;
    }

    private String form(Location location, WishBody wish, Map<String, List<String>> errors, Model model) {
        model.addAttribute("location", location);
        model.addAttribute("services", choices.services(location.id()));
        model.addAttribute("members", choices.members(location.id(), wish.serviceId()));
        model.addAttribute("form", wish);
        model.addAttribute("errors", errors);
        return "book/waitlist-join";
    }

    private String entry(long locationId, long entryId, String key, String problem, Model model) {
        Location location = waitlist.location(locationId);
        Entry entry = waitlist.own(locationId, entryId, key).orElse(null);
        if (entry == null) {
            return "redirect:/book/" + locationId + "/waitlist";
        }
        Locale locale = Languages.of(LocaleContextHolder.getLocale());
        DateTimeFormatter day = DateTimeFormatter.ofPattern(word("format.day", locale), locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(word("format.time", locale), locale);
        Instant now = clock.instant();
        boolean open = entry.status() == EntryStatus.OFFERED
                && now.isBefore(entry.offer().expiresAt());
        model.addAttribute("location", location);
        model.addAttribute("entry", entry);
        model.addAttribute(
                "state",
                open
                        ? "offered"
                        : entry.status() == EntryStatus.OFFERED
                                ? "lapsed"
                                : entry.status().dbName());
        model.addAttribute("problem", problem);
        model.addAttribute("link", EntryView.link(entry));
        model.addAttribute("zone", location.zone().getId());
        model.addAttribute("service", choices.serviceTitle(entry.serviceId()));
        model.addAttribute(
                "wishDays",
                entry.wish().dateFrom().equals(entry.wish().dateTo())
                        ? day.format(entry.wish().dateFrom())
                        : day.format(entry.wish().dateFrom()) + " – "
                                + day.format(entry.wish().dateTo()));
        if (entry.offer() != null) {
            var start = entry.offer().start().atZone(location.zone());
            model.addAttribute("offerDay", day.format(start));
            model.addAttribute("offerTime", time.format(start));
            model.addAttribute(
                    "offerUntil", time.format(entry.offer().expiresAt().atZone(location.zone())));
            model.addAttribute("offerMember", choices.memberName(entry.offer().teamMemberId()));
        }
        return "book/waitlist-entry";
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static Caller caller(Location location) {
        return new Caller(new Caller.Partner(0, location.chainId()), null);
    }
}
