package dev.kairos.booking;

import dev.kairos.engine.RejectionReason;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;

/** The engine's reasons for rejecting a booking, as the online-booking refusals of the Altegio wire (§1.7). */
public final class Refusals {

    private Refusals() {}

    /** The refusal for {@code reason}, naming the request's appointment it concerns (null for none). */
    public static Refusal of(RejectionReason reason, Long appointmentId) {
        return switch (reason) {
            case NO_STAFF_AVAILABLE ->
                Refusal.of(RefusalCode.NO_STAFF, "No team member is free at this time", appointmentId);
            case OUTSIDE_BOOKING_WINDOW ->
                Refusal.of(RefusalCode.TIME_TAKEN, "The time is outside the online booking window", appointmentId);
            case OUTSIDE_OPENING_HOURS, NOT_A_SLOT_START ->
                Refusal.of(RefusalCode.TIME_TAKEN, "The time is not a working time", appointmentId);
            case STAFF_NOT_AVAILABLE ->
                Refusal.of(RefusalCode.TIME_TAKEN, "The team member does not work at this time", appointmentId);
            case RESOURCE_UNAVAILABLE ->
                Refusal.of(RefusalCode.TIME_TAKEN, "No room or device is free at this time", appointmentId);
            case SLOT_TAKEN -> Refusal.of(RefusalCode.TIME_TAKEN, "The selected time is already taken", appointmentId);
        };
    }
}
