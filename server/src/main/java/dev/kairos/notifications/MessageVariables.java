package dev.kairos.notifications;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The variables a message template sees (documented in docs/notifications.md): {@code event},
 * {@code audience}, {@code language}, {@code location.*}, {@code appointment.*}, {@code client.*},
 * {@code links.*} and the default wording {@code text.*}. Every value is a string; one that does
 * not apply is null, so {@code th:if} leaves its line out.
 */
final class MessageVariables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MessageVariables() {}

    /** The links a message carries; null where it carries none. */
    record MessageLinks(String manage, String unsubscribe, String admin) {}

    static Map<String, Object> of(NotificationEvent event, Audience audience, Facts facts, MessageLinks links) {
        Locale locale = locale(facts.place().language());
        Map<String, Object> appointment = appointment(facts, locale);
        Map<String, String> fill = Map.of(
                "location", facts.place().title(),
                "client", facts.client().name(),
                "date", (String) appointment.get("date"),
                "time", (String) appointment.get("time"),
                "zone", facts.place().zone().getId(),
                "services", facts.visit().services(),
                "link", links.manage() != null ? links.manage() : links.admin() != null ? links.admin() : "");
        Map<String, Object> variables = new HashMap<>();
        variables.put("event", event.wireName());
        variables.put("audience", audience.wireName());
        variables.put("language", locale.getLanguage());
        variables.put("appointment", appointment);
        variables.put(
                "location",
                values(
                        "title",
                        facts.place().title(),
                        "address",
                        facts.place().address(),
                        "phone",
                        facts.place().phone()));
        variables.put(
                "client",
                values(
                        "name",
                        facts.client().name(),
                        "email",
                        facts.client().email(),
                        "phone",
                        facts.client().phone()));
        variables.put(
                "links", values("manage", links.manage(), "unsubscribe", links.unsubscribe(), "admin", links.admin()));
        variables.put("text", Phrases.of(locale, event, audience, fill));
        return variables;
    }

    private static Map<String, Object> appointment(Facts facts, Locale locale) {
        ZonedDateTime start = facts.visit().start().atZone(facts.place().zone());
        ZonedDateTime end = facts.visit().end().atZone(facts.place().zone());
        Map<String, Object> appointment = values(
                "services",
                facts.visit().services(),
                "team_member",
                facts.member().name(),
                "status",
                facts.visit().status());
        appointment.put("id", String.valueOf(facts.visit().id()));
        appointment.put(
                "date",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(locale)
                        .format(start));
        appointment.put("time", TIME.format(start));
        appointment.put("end_time", TIME.format(end));
        appointment.put("zone", facts.place().zone().getId());
        appointment.put("zone_name", DateTimeFormatter.ofPattern("zzzz", locale).format(start));
        appointment.put("starts_at", start.toOffsetDateTime().toString());
        return appointment;
    }

    /** Three named values, blank ones as null. */
    private static Map<String, Object> values(String k1, String v1, String k2, String v2, String k3, String v3) {
        Map<String, Object> values = new HashMap<>();
        values.put(k1, blankToNull(v1));
        values.put(k2, blankToNull(v2));
        values.put(k3, blankToNull(v3));
        return values;
    }

    static Locale locale(String language) {
        return Locale.forLanguageTag(language == null || language.isBlank() ? "en" : language);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
