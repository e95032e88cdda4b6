package dev.kairos.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a booking of a service comes about (Omneo's booking_type). */
public enum BookingType {
    /** Confirmed as soon as it is made. */
    INSTANT,
    /** Starts as requested; staff confirm or reject it. */
    APPROVAL_REQUIRED,
    /** Offers no slots; customers join the walk-in queue. */
    WALK_IN_ONLY;

    /** The wire and database spelling, e.g. {@code approval_required}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<BookingType> fromWire(String value) {
        return Arrays.stream(values())
                .filter(t -> t.wire().equalsIgnoreCase(value.strip()))
                .findFirst();
    }
}
