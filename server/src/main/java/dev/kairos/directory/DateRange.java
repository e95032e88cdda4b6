package dev.kairos.directory;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The dates a schedule request covers, both ends inclusive: never reversed, at most {@value #MAX_DAYS} days. */
record DateRange(LocalDate from, LocalDate toInclusive) {

    static final int MAX_DAYS = 366;

    /** 422 when the range ends before it starts or is longer than {@value #MAX_DAYS} days; 422 when an end is missing. */
    static DateRange of(LocalDate from, LocalDate toInclusive, String fromField, String toField) {
        if (from == null) {
            throw Refusal.invalid(fromField, Fault.required()).exception();
        }
        if (toInclusive == null) {
            throw Refusal.invalid(toField, Fault.required()).exception();
        }
        if (toInclusive.isBefore(from)) {
            throw Refusal.invalid(toField, Fault.of("fault.before-start", "is before " + fromField, fromField))
                    .exception();
        }
        if (ChronoUnit.DAYS.between(from, toInclusive) + 1 > MAX_DAYS) {
            throw Refusal.invalid(
                            toField,
                            Fault.of("fault.days-at-most", "a request covers at most " + MAX_DAYS + " days", MAX_DAYS))
                    .exception();
        }
        return new DateRange(from, toInclusive);
    }
}
