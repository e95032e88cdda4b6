package dev.kairos.engine;

/** Why a requested start cannot be booked; an expected outcome, mapped to an API error at the edge. */
public enum RejectionReason {
    /** Before {@code now + minLead}, or after the last bookable date. */
    OUTSIDE_BOOKING_WINDOW,
    /** Not a start the slot grid offers (off the step, or a local time skipped by a DST gap). */
    NOT_A_SLOT_START,
    /** A service would run outside the location's or its own hours. */
    OUTSIDE_OPENING_HOURS,
    /** The chosen member is not eligible or not working then. */
    STAFF_NOT_AVAILABLE,
    /** The chosen member works then but is already booked, or a staff-free service is full. */
    SLOT_TAKEN,
    /** Nobody eligible is free then ("any" staff). */
    NO_STAFF_AVAILABLE,
    /** Staff are free but a required resource has no free instance. */
    RESOURCE_UNAVAILABLE
}
