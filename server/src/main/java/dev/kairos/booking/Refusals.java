package dev.kairos.booking;

import dev.kairos.engine.RejectionReason;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;

/** The engine's reasons for rejecting a booking, as the online-booking refusals of the Altegio wire (§1.7). */
public final class Refusals {

    private Refusals() {}

    /** The refusal for {@code reason}, naming the request's appointment it concerns (null for none). */
    public static Refusal of(RejectionReason reason, Long appointmentId) {
        return switch (reason) {
            case NO_STAFF_AVAILABLE ->
                Refusal.of(
                        RefusalCode.NO_STAFF,
                        Fault.of("refusal.no-staff-free", "No team member is free at this time"),
                        appointmentId);
            case OUTSIDE_BOOKING_WINDOW ->
                taken("refusal.outside-window", "The time is outside the online booking window", appointmentId);
            case OUTSIDE_OPENING_HOURS, NOT_A_SLOT_START ->
                taken("refusal.not-working-time", "The time is not a working time", appointmentId);
            case STAFF_NOT_AVAILABLE ->
                taken("refusal.member-not-working", "The team member does not work at this time", appointmentId);
            case RESOURCE_UNAVAILABLE ->
                taken("refusal.no-room-free", "No room or device is free at this time", appointmentId);
            case SLOT_TAKEN -> taken("refusal.time-taken", "The selected time is already taken", appointmentId);
        };
    }

    private static Refusal taken(String key, String english, Long appointmentId) {
        return Refusal.of(RefusalCode.TIME_TAKEN, Fault.of(key, english), appointmentId);
    }
}
