package dev.kairos.directory;

import java.time.LocalDate;

/**
 * A team member's assignment to a location other than her home, on the wire: she works there on
 * the dates {@code start_date..end_date} (both inclusive; null for an open end, both null for always).
 *
 * @param homeLocationId the location she belongs to
 */
public record Assignment(
        long id,
        long staffId,
        String staffName,
        long homeLocationId,
        long locationId,
        String locationTitle,
        LocalDate startDate,
        LocalDate endDate) {}
