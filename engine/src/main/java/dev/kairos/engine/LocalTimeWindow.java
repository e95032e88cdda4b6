package dev.kairos.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Wall-clock hours on one day, {@code [startInclusive, endExclusive)} in local time.
 *
 * <p>An end at or before the start means the window runs past midnight into the next day:
 * {@code 20:00–08:00} is a night shift, {@code 09:00–00:00} ends at midnight and
 * {@code 00:00–00:00} is the whole day.
 */
public record LocalTimeWindow(LocalTime startInclusive, LocalTime endExclusive) {

    public static final LocalTimeWindow WHOLE_DAY = new LocalTimeWindow(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public LocalTimeWindow {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
    }

    public static LocalTimeWindow of(LocalTime startInclusive, LocalTime endExclusive) {
        return new LocalTimeWindow(startInclusive, endExclusive);
    }

    /** Parses {@code "HH:mm"} pairs, for example {@code of("09:00", "18:00")}. */
    public static LocalTimeWindow of(String startInclusive, String endExclusive) {
        return new LocalTimeWindow(LocalTime.parse(startInclusive), LocalTime.parse(endExclusive));
    }

    /** True if the window ends on the day after it starts. */
    public boolean crossesMidnight() {
        return !endExclusive.isAfter(startInclusive);
    }

    /** The local start on {@code date}. */
    public LocalDateTime startOn(LocalDate date) {
        return date.atTime(startInclusive);
    }

    /** The local end when the window starts on {@code date}. */
    public LocalDateTime endWhenStartingOn(LocalDate date) {
        return (crossesMidnight() ? date.plusDays(1) : date).atTime(endExclusive);
    }
}
