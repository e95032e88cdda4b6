package dev.kairos.notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes an offer message from the default offer templates ({@code notifications/offer-*}) in the
 * location's language: the time offered, with whom, until when it is held, and the link to accept.
 */
@Component
class OfferComposer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String SUBJECT = MessageTemplates.resource("offer-subject.txt");
    private static final String TEXT = MessageTemplates.resource("offer-email.txt");
    private static final String HTML = MessageTemplates.resource("offer-email.html");
    private static final String SMS = MessageTemplates.resource("offer-sms.txt");

    private final TemplateRenderer renderer;

    OfferComposer(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    record Composed(String subject, String text, String html) {}

    Composed compose(OfferSender.Claimed row, String link) {
        Locale locale = MessageVariables.locale(row.language());
        var start = row.start().atZone(row.zone());
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .format(start);
        String time = TIME.format(start);
        String until = TIME.format(row.expiresAt().atZone(row.zone()));
        Map<String, String> fill = Map.of(
                "location",
                row.title(),
                "client",
                row.clientName(),
                "date",
                date,
                "time",
                time,
                "zone",
                row.zone().getId(),
                "services",
                row.service(),
                "until",
                until,
                "link",
                link);
        Map<String, Object> offer = new HashMap<>();
        offer.put("date", date);
        offer.put("time", time);
        offer.put("zone", row.zone().getId());
        offer.put("service", blankToNull(row.service()));
        offer.put("team_member", blankToNull(row.teamMember()));
        offer.put("until", until);
        Map<String, Object> variables = new HashMap<>();
        variables.put("offer", offer);
        variables.put("location", Map.of("title", row.title()));
        variables.put("links", Map.of("accept", link));
        variables.put("text", Phrases.page(locale, "offer.", fill));
        if (row.channel() == Channel.SMS) {
            return new Composed("", renderer.text(SMS, variables, locale).strip(), "");
        }
        return new Composed(
                renderer.text(SUBJECT, variables, locale).strip(),
                renderer.text(TEXT, variables, locale).strip(),
                renderer.html(HTML, variables, locale));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
