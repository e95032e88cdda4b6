package dev.kairos.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Local dates {@code [startInclusive, endInclusive]}, at most {@value #MAX_DAYS} days long. */
public record DateRange(LocalDate startInclusive, LocalDate endInclusive) {

    public static final int MAX_DAYS = 31;

    /** @throws IllegalArgumentException if the range is reversed or longer than {@value #MAX_DAYS} days */
    public DateRange {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(startInclusive)) {
            throw new IllegalArgumentException("range ends before it starts: " + startInclusive + ".." + endInclusive);
        }
        if (ChronoUnit.DAYS.between(startInclusive, endInclusive) >= MAX_DAYS) {
            throw new IllegalArgumentException(
                    "more than " + MAX_DAYS + " days: " + startInclusive + ".." + endInclusive);
        }
    }

    public static DateRange of(LocalDate startInclusive, LocalDate endInclusive) {
        return new DateRange(startInclusive, endInclusive);
    }

    public static DateRange day(LocalDate date) {
        return new DateRange(date, date);
    }

    /** The calendar month containing {@code anyDay}, as Altegio's book_dates {@code date}. */
    public static DateRange monthOf(LocalDate anyDay) {
        LocalDate first = anyDay.withDayOfMonth(1);
        return new DateRange(first, first.plusMonths(1).minusDays(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startInclusive) && !date.isAfter(endInclusive);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(startInclusive, endInclusive) + 1;
    }
}
