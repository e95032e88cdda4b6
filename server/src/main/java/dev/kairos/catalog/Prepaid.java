package dev.kairos.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether online bookings of a service are paid in advance (Altegio's {@code prepaid}). */
public enum Prepaid {
    FORBIDDEN,
    ALLOWED,
    REQUIRED;

    /** The wire and database spelling, e.g. {@code forbidden}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Prepaid> fromWire(String value) {
        return Arrays.stream(values())
                .filter(p -> p.wire().equalsIgnoreCase(value.strip()))
                .findFirst();
    }
}
