package dev.kairos.availability;

import dev.kairos.engine.LocalTimeWindow;
import dev.kairos.engine.Schedule;
import java.time.LocalDate;
import java.util.List;

/**
 * A team member's hours at one location, with how she comes to work there: her home location or
 * an assignment without dates ({@code always}), assignments bounded by dates (her hours count only
 * on dates inside one), or none at all: a member of another location whom a service's allow-list
 * brings in, whose own hours alone gate her (Omneo's travelling staff).
 *
 * @param periods the dated assignments, each {@code [from, until]} inclusive with null for an open end;
 *     empty when {@code always} or travelling
 */
record Assigned(Schedule hours, boolean always, List<Period> periods) {

    /** Dates {@code from..until}, both inclusive, either null for an open end. */
    record Period(LocalDate from, LocalDate until) {

        boolean contains(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
        }
    }

    Assigned {
        periods = List.copyOf(periods);
    }

    /** Whether she is on the location's staff at all (home, or assigned on some dates). */
    boolean onStaff() {
        return always || !periods.isEmpty();
    }

    /** Her hours at the location, on the dates she works there. */
    Schedule workingHours() {
        if (always || periods.isEmpty()) {
            return hours;
        }
        List<Period> within = periods;
        Schedule inner = hours;
        return date ->
                within.stream().anyMatch(p -> p.contains(date)) ? inner.windowsOn(date) : List.<LocalTimeWindow>of();
    }
}
