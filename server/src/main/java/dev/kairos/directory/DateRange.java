package dev.kairos.directory;

import dev.kairos.web.ApiException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The dates a schedule request covers, both ends inclusive: never reversed, at most {@value #MAX_DAYS} days. */
record DateRange(LocalDate from, LocalDate toInclusive) {

    static final int MAX_DAYS = 366;

    /** 422 when the range ends before it starts or is longer than {@value #MAX_DAYS} days; 422 when an end is missing. */
    static DateRange of(LocalDate from, LocalDate toInclusive, String fromField, String toField) {
        if (from == null) {
            throw ApiException.invalid(fromField, "is required");
        }
        if (toInclusive == null) {
            throw ApiException.invalid(toField, "is required");
        }
        if (toInclusive.isBefore(from)) {
            throw ApiException.invalid(toField, "is before " + fromField);
        }
        if (ChronoUnit.DAYS.between(from, toInclusive) + 1 > MAX_DAYS) {
            throw ApiException.invalid(toField, "a request covers at most " + MAX_DAYS + " days");
        }
        return new DateRange(from, toInclusive);
    }
}
