package dev.kairos.directory;

import dev.kairos.refusal.Fault;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An assignment as sent: the location and the dates as {@code YYYY-MM-DD} text (blank or absent for
 * an open end), read here so that a bad date is a field error, not a malformed request.
 */
public record AssignmentBody(Long locationId, String startDate, String endDate) {

    /** The fields at fault, each with what it must be; empty when the body can be stored. */
    Map<String, List<Fault>> problems() {
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        if (locationId == null) {
            problems.put("location_id", new ArrayList<>(List.of(Fault.required())));
        }
        boolean datesRead = date(problems, "start_date", startDate) & date(problems, "end_date", endDate);
        if (datesRead && start() != null && end() != null && end().isBefore(start())) {
            problems.put(
                    "end_date",
                    new ArrayList<>(
                            List.of(Fault.of("fault.not-before", "must not be before start_date", "start_date"))));
        }
        return problems;
    }

    LocalDate start() {
        return parse(startDate);
    }

    LocalDate end() {
        return parse(endDate);
    }

    private static boolean date(Map<String, List<Fault>> problems, String field, String value) {
        try {
            parse(value);
            return true;
        } catch (DateTimeParseException e) {
            problems.put(
                    field,
                    new ArrayList<>(List.of(
                            Fault.of("fault.date-like", "must be a date like 2026-05-11, got " + value, value))));
            return false;
        }
    }

    private static LocalDate parse(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }
}
