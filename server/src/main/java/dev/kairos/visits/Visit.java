package dev.kairos.visits;

import java.time.LocalDate;

/**
 * The appointments of one client presence at a location.
 *
 * @param clientId null for a visit without a client
 */
record Visit(long id, long locationId, Long clientId, LocalDate day, String comment) {}
