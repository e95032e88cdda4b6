package dev.kairos.notifications;

import dev.kairos.platform.Languages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unsubscribe link of a message: {@code GET} asks (a link scanner that opens it changes
 * nothing), {@code POST} does it, as the page's button and mail programs' one-click unsubscribe
 * (RFC 8058) send it. No sign-in: the signed token in the address is the proof.
 */
@Controller
@RequestMapping("/unsubscribe/{token}")
class UnsubscribePage {

    private final Links links;
    private final Unsubscribes unsubscribes;
    private final Clock clock;

    UnsubscribePage(Links links, Unsubscribes unsubscribes, Clock clock) {
        this.links = links;
        this.unsubscribes = unsubscribes;
        this.clock = clock;
    }

    @GetMapping
    String ask(@PathVariable String token, Model model, HttpServletResponse response) {
        Unsubscribes.Subscriber subscriber = subscriber(token).orElse(null);
        if (subscriber == null) {
            return unknown(model, response);
        }
        return page(subscriber, subscriber.unsubscribed() ? "done" : "question", token, model);
    }

    /** {@code again=true} subscribes the client again (the page's undo). */
    @PostMapping
    String unsubscribe(
            @PathVariable String token,
            @RequestParam(name = "again", defaultValue = "false") boolean again,
            Model model,
            HttpServletResponse response) {
        Unsubscribes.Subscriber subscriber = subscriber(token).orElse(null);
        if (subscriber == null) {
            return unknown(model, response);
        }
        if (again) {
            unsubscribes.resubscribe(subscriber.clientId());
            return page(subscriber, "again", token, model);
        }
        unsubscribes.unsubscribe(subscriber.clientId(), clock.instant());
        return page(subscriber, "done", token, model);
    }

    private Optional<Unsubscribes.Subscriber> subscriber(String token) {
        return links.clientOf(token).flatMap(unsubscribes::find);
    }

    /**
     * A link we did not sign, or for a client that is gone: 404, and nothing changes. Nobody is known
     * to ask for the language, so the page is in the browser's ({@code Accept-Language}, {@code ?lang=}).
     */
    private static String unknown(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        Locale locale = Languages.of(LocaleContextHolder.getLocale());
        model.addAttribute("text", Phrases.page(locale, "page.unsubscribe.", Map.of("location", "Kairos")));
        model.addAttribute("state", "unknown");
        model.addAttribute("language", locale.getLanguage());
        return "notifications/unsubscribe";
    }

    private static String page(Unsubscribes.Subscriber subscriber, String state, String token, Model model) {
        Map<String, String> text = Phrases.page(
                MessageVariables.locale(subscriber.language()),
                "page.unsubscribe.",
                Map.of("location", subscriber.locationTitle(), "client", subscriber.name()));
        model.addAttribute("text", text);
        model.addAttribute("state", state);
        model.addAttribute("token", token);
        model.addAttribute("language", subscriber.language());
        return "notifications/unsubscribe";
    }
}
