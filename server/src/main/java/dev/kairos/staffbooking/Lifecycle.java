package dev.kairos.staffbooking;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.booking.AppointmentStatusChanged;
import dev.kairos.booking.BookingRequests;
import dev.kairos.booking.Bookings;
import dev.kairos.booking.Transition;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Staff move appointments through the lifecycle ({@link Transition}): each move is checked against
 * the status it starts from, under the appointment's row lock, stamped with its time and actor, and
 * logged. Deleting is cancelling, and needs extra rights for paid or attended appointments.
 */
@Service
public class Lifecycle {

    private static final Outcome NOT_FOUND = new Outcome.Refused(Refusal.notFound("Record"));

    private final Bookings bookings;
    private final Access access;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Lifecycle(Bookings bookings, Access access, ActivityLog activity, ApplicationEventPublisher events, Clock clock) {
        this.bookings = bookings;
        this.access = access;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    /** What a lifecycle move came to: the appointment's new status, or the refusal and why. */
    public sealed interface Outcome {
        record Moved(AppointmentStatus status) implements Outcome {}

        record Refused(Refusal refusal) implements Outcome {}

        /**
         * The new status, or the refusal thrown: for a caller inside its own transaction, which a
         * refused move must roll back.
         */
        default AppointmentStatus orThrow() {
            if (this instanceof Refused refused) {
                throw refused.refusal().exception();
            }
            return ((Moved) this).status();
        }
    }

    /**
     * Applies {@code transition} to the location's appointment: moved to its new status, or refused
     * ({@link RefusalCode#NOT_FOUND} for an unknown or foreign appointment, {@link
     * RefusalCode#FORBIDDEN} without the rights to delete it, {@link RefusalCode#CONFLICT} for a move
     * its current status does not allow (another decision won), {@link
     * RefusalCode#TIME_BOOKED_MEANWHILE} when reviving it would overlap another booking; the
     * transaction is then rolled back).
     *
     * @throws dev.kairos.refusal.Refused 401 or 403 for a caller without the right to edit appointments
     */
    @Transactional
    public Outcome apply(Caller caller, long locationId, long recordId, Transition transition) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        Optional<Bookings.Held> held = held(locationId, recordId);
        if (held.isEmpty()) {
            return NOT_FOUND;
        }
        if (transition == Transition.CANCEL && !held.get().status().deleted()) {
            Optional<Fault> refusal = refusalToDelete(caller, held.get());
            if (refusal.isPresent()) {
                return new Outcome.Refused(Refusal.of(RefusalCode.FORBIDDEN, refusal.get()));
            }
        }
        return move(caller, held.get(), transition);
    }

    /**
     * Deletes (cancels) the appointment, as {@code DELETE /record} asks. Deleting one that is already
     * deleted (cancelled or rejected) changes nothing and is no refusal: a client that retries its
     * DELETE, or sends it twice, gets the same answer. Refused as {@link #apply}.
     */
    @Transactional
    public Outcome delete(Caller caller, long locationId, long recordId) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        Optional<Bookings.Held> held = held(locationId, recordId);
        if (held.isPresent() && held.get().status().deleted()) {
            return new Outcome.Moved(held.get().status());
        }
        return apply(caller, locationId, recordId, Transition.CANCEL);
    }

    /**
     * Altegio's attendance (2, 1, 0, -1) as a lifecycle move; sending the attendance the appointment
     * already has changes nothing, as integrations resend whole records. Refused as {@link #apply}.
     */
    @Transactional
    public Outcome setAttendance(Caller caller, long locationId, long recordId, int attendance) {
        Transition transition = Transition.ofAttendance(attendance);
        access.require(caller, locationId, Right.EDIT_RECORDS);
        Optional<Bookings.Held> held = held(locationId, recordId);
        if (held.isEmpty()) {
            return NOT_FOUND;
        }
        if (held.get().status() == transition.to() && transition != Transition.CLIENT_CONFIRM) {
            return new Outcome.Moved(held.get().status());
        }
        return move(caller, held.get(), transition);
    }

    /** The location's appointment, locked for the move; empty for an unknown or another location's. */
    private Optional<Bookings.Held> held(long locationId, long recordId) {
        return bookings.lock(recordId).filter(h -> h.locationId() == locationId);
    }

    /**
     * Why the caller may not delete this appointment, if they may not: it is already deleted, the
     * caller may not delete appointments, or it was paid for or the client arrived and the caller
     * lacks the right for that.
     */
    Optional<Fault> refusalToDelete(Caller caller, Bookings.Held held) {
        if (held.status().deleted()) {
            String status = held.status().dbName();
            return Optional.of(Fault.of(
                    "refusal.delete.already",
                    "The appointment is already " + status,
                    held.status().word()));
        }
        if (!access.holds(caller, held.locationId(), Right.DELETE_RECORDS)) {
            return Optional.of(Fault.of(
                    "refusal.delete.needs-right", "Deleting appointments needs the right to delete appointments"));
        }
        boolean attended = held.status() == AppointmentStatus.ARRIVED || held.status() == AppointmentStatus.COMPLETED;
        if (attended && !access.holds(caller, held.locationId(), Right.DELETE_ARRIVED_RECORDS)) {
            return Optional.of(Fault.of(
                    "refusal.delete.arrived",
                    "The client has arrived; deleting it needs the right to delete arrived appointments"));
        }
        if (bookings.paidAmount(held.id()).signum() > 0
                && !access.holds(caller, held.locationId(), Right.DELETE_PAID_RECORDS)) {
            return Optional.of(Fault.of(
                    "refusal.delete.paid",
                    "The appointment is paid; deleting it needs the right to delete paid appointments"));
        }
        return Optional.empty();
    }

    private Outcome move(Caller caller, Bookings.Held held, Transition transition) {
        Optional<Refusal> illegal = transition.refusalFrom(held.status());
        if (illegal.isPresent()) {
            return new Outcome.Refused(illegal.get());
        }
        Instant now = clock.instant();
        try {
            bookings.transition(held.id(), transition.from(), transition, caller.userId(), now);
        } catch (DataIntegrityViolationException e) {
            if (BookingRequests.isOverlap(e)) {
                // The failed statement has aborted the transaction: roll it back, and the caller's with it.
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                return new Outcome.Refused(Refusal.of(
                        RefusalCode.TIME_BOOKED_MEANWHILE,
                        Fault.of(
                                "refusal.booked-meanwhile",
                                "Its time has been booked by another appointment meanwhile")));
            }
            throw e;
        }
        if (transition == Transition.CLIENT_CONFIRM || transition == Transition.WAIT) {
            bookings.setClientConfirmed(held.id(), transition == Transition.CLIENT_CONFIRM);
        }
        activity.record(
                held.locationId(),
                caller,
                transition == Transition.CANCEL ? "deleted" : "status_changed",
                "appointment",
                held.id(),
                Map.of(
                        "from",
                        held.status().dbName(),
                        "to",
                        transition.to().dbName(),
                        "transition",
                        transition.wireName()));
        events.publishEvent(new AppointmentStatusChanged(
                held.locationId(), held.id(), held.status(), transition.to(), caller.userId()));
        return new Outcome.Moved(transition.to());
    }
}
