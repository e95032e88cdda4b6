package dev.kairos.refusal;

import java.util.OptionalInt;

/**
 * The kinds of refusal. The online-booking ones carry Altegio's error numbers (wire contract
 * §1.7), which clients read from {@code meta.errors[].code}; the others are general.
 */
public enum RefusalCode {
    /** The phone number cannot be read as one (Altegio 431). */
    PHONE_FORMAT(431),
    /** The time is taken, outside the working time or outside the booking window (Altegio 433). */
    TIME_TAKEN(433),
    /** A move back to an active status finds its time booked meanwhile (Altegio 433, answered as a conflict). */
    TIME_BOOKED_MEANWHILE(433),
    /** The client's name is missing (Altegio 435). */
    NAME_MISSING(435),
    /** No team member is free, or one must be chosen (Altegio 436). */
    NO_STAFF(436),
    /** Two appointments of one request overlap (Altegio 437). */
    OVERLAP_IN_REQUEST(437),
    /** The service cannot be booked online (Altegio 438). */
    NOT_BOOKABLE(438),
    /** An online booking names no services (Altegio's own wire answers code 422 for it). */
    NO_SERVICES(422),
    /** One or more fields break a rule; the refusal names them. */
    INVALID(0),
    /** The request cannot be read at all: a malformed value, a missing parameter. */
    MALFORMED(0),
    /** What the request names does not exist, or not for this caller. */
    NOT_FOUND(0),
    /** The caller is not known. */
    UNAUTHENTICATED(0),
    /** The caller is known and may not do this. */
    FORBIDDEN(0),
    /** The request is valid but the current state forbids it (an illegal status move, a duplicate). */
    CONFLICT(0),
    /** The request was made on a version of the thing that is no longer current (HTTP If-Match). */
    STALE(0);

    private final int altegio;

    RefusalCode(int altegio) {
        this.altegio = altegio;
    }

    /** Altegio's error number, for the codes that have one. */
    public OptionalInt altegioNumber() {
        return altegio == 0 ? OptionalInt.empty() : OptionalInt.of(altegio);
    }
}
