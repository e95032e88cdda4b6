package dev.kairos.notifications;

import java.util.Locale;
import java.util.Optional;

/** The lower-case wire spelling of the module's enums ({@code no_show}, {@code team_member}). */
final class WireNames {

    private WireNames() {}

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant spelled {@code name} on the wire, if any; null finds none. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (of(value).equals(name.strip())) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
