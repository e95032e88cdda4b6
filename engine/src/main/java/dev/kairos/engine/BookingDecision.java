package dev.kairos.engine;

/** The answer to "can this exact start be booked?": a slot, or the reason it cannot. */
public sealed interface BookingDecision {

    boolean isBookable();

    /** The start is bookable; {@code slot} lists who and what can serve it. */
    record Bookable(Slot slot) implements BookingDecision {
        @Override
        public boolean isBookable() {
            return true;
        }
    }

    /** The start cannot be booked, for {@code reason}. */
    record Rejected(RejectionReason reason) implements BookingDecision {
        @Override
        public boolean isBookable() {
            return false;
        }
    }
}
