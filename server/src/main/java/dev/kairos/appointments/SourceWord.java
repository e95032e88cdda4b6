package dev.kairos.appointments;

import java.util.Locale;

/**
 * How an appointment was made, as the Overview, Info and the export name it. The words are in the
 * message bundles under {@link #key()}.
 */
public enum SourceWord {
    ONLINE,
    ADMIN,
    IMPORT,
    WALK_IN,
    API;

    /** The source of a record: online bookings are {@link #ONLINE} whatever the stored source says. */
    public static SourceWord of(boolean online, String source) {
        if (online) {
            return ONLINE;
        }
        return switch (source == null ? "" : source) {
            case "import" -> IMPORT;
            case "walk_in" -> WALK_IN;
            case "online" -> ONLINE;
            case "admin", "" -> ADMIN;
            default -> API;
        };
    }

    /** The message key of the word, such as {@code source.walk_in}. */
    public String key() {
        return "source." + name().toLowerCase(Locale.ROOT);
    }
}
