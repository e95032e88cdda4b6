package dev.kairos.appointments;

import dev.kairos.platform.Languages;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one place appointments' words and formats come from, for the pages, the export and the import:
 * status and source words, who created an appointment, and how dates and times are written. The
 * words are the message bundles' ({@code messages*.properties}); templates use the same keys.
 */
@Component
public class Vocabulary {

    /**
     * Date and time in an Excel file, both ways: what the export writes and the import reads first
     * (the spec's {@code 04.01.2022 10:30}), whatever the language.
     */
    public static final DateTimeFormatter FILE_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final MessageSource messages;

    public Vocabulary(MessageSource messages) {
        this.messages = messages;
    }

    public String word(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, Languages.of(locale));
    }

    public String status(StatusWord status, Locale locale) {
        return word(status.key(), locale);
    }

    /** The word of a record's {@code status} and {@code attendance}. */
    public String status(String status, int attendance, Locale locale) {
        return status(StatusWord.of(status, attendance), locale);
    }

    public String source(boolean online, String source, Locale locale) {
        return word(SourceWord.of(online, source).key(), locale);
    }

    /**
     * Who created an appointment: the client for an online booking, else the user's name from
     * {@code users}, "User 12" for a user not found, empty when no user is known.
     */
    public String createdBy(boolean online, long creator, Map<Long, String> users, Locale locale) {
        if (online) {
            return word("created-by.client", locale);
        }
        return creator == 0 ? "" : users.getOrDefault(creator, word("created-by.user", locale, creator));
    }

    /** A date and time on a page, such as {@code 06.12.2026 11:05} in German. */
    public DateTimeFormatter dateTime(Locale locale) {
        return pattern("format.date-time", locale);
    }

    /** A date on a page, such as {@code 06.12.2026} in German. */
    public DateTimeFormatter date(Locale locale) {
        return pattern("format.date", locale);
    }

    /** A time of day on a page, such as {@code 11:05}. */
    public DateTimeFormatter time(Locale locale) {
        return pattern("format.time", locale);
    }

    private DateTimeFormatter pattern(String key, Locale locale) {
        Locale language = Languages.of(locale);
        return DateTimeFormatter.ofPattern(word(key, language), language);
    }

    /**
     * The status an import cell names, in any supported language and any case (the spec's English
     * words among them), if it is one an imported row may have.
     */
    public Optional<StatusWord> importStatus(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (StatusWord status : StatusWord.values()) {
            if (status.importCode().isEmpty()) {
                continue;
            }
            for (Locale language : Languages.SUPPORTED) {
                if (status(status, language).toLowerCase(language).equals(wanted)) {
                    return Optional.of(status);
                }
            }
        }
        return Optional.empty();
    }
}
