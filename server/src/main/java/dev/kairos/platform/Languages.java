package dev.kairos.platform;

import java.util.List;
import java.util.Locale;

/**
 * The languages the pages are written in ({@code messages*.properties}): English, the default, German
 * and Spanish. A locale outside them falls back to English, so the words and the formats of a page
 * always come from the same language.
 */
public final class Languages {

    /** Every supported language, the default first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("es"));

    private Languages() {}

    /** The supported language of {@code locale}, or English. */
    public static Locale of(Locale locale) {
        return locale == null ? Locale.ENGLISH : of(locale.getLanguage());
    }

    /** The supported language named by an ISO 639 code such as {@code de}, or English. */
    public static Locale of(String language) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equalsIgnoreCase(language == null ? "" : language.strip()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** Whether {@code language} names one of the supported languages. */
    public static boolean isSupported(String language) {
        return SUPPORTED.stream().anyMatch(l -> l.getLanguage().equalsIgnoreCase(language));
    }
}
