package dev.kairos.booking;

import java.util.List;

/** Appointments written by an Excel import, all at once; published in the import's transaction. */
public record AppointmentsImported(long locationId, List<Long> appointmentIds, Long byUserId) {}
