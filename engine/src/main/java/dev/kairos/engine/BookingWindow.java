package dev.kairos.engine;

import java.time.Duration;

/**
 * How far ahead a client may book: a slot start must be at least {@code minLead} after {@code now},
 * and its local date at most {@code maxAdvanceDays} after today (the local date of {@code now}).
 */
public record BookingWindow(Duration minLead, int maxAdvanceDays) {

    /** No lead time, and up to a hundred years ahead. */
    public static final BookingWindow UNLIMITED = new BookingWindow(Duration.ZERO, 36_500);

    /** @throws IllegalArgumentException if either bound is negative */
    public BookingWindow {
        if (minLead.isNegative()) {
            throw new IllegalArgumentException("negative minLead: " + minLead);
        }
        if (maxAdvanceDays < 0) {
            throw new IllegalArgumentException("negative maxAdvanceDays: " + maxAdvanceDays);
        }
    }

    public static BookingWindow of(int minLeadMinutes, int maxAdvanceDays) {
        return new BookingWindow(Duration.ofMinutes(minLeadMinutes), maxAdvanceDays);
    }

    /** The stricter of both windows, for several services booked together. */
    BookingWindow strictest(BookingWindow other) {
        Duration lead = minLead.compareTo(other.minLead) >= 0 ? minLead : other.minLead;
        return new BookingWindow(lead, Math.min(maxAdvanceDays, other.maxAdvanceDays));
    }
}
