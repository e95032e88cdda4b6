package dev.kairos.staffbooking;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.booking.AppointmentStatusChanged;
import dev.kairos.booking.BookingRequests;
import dev.kairos.booking.Bookings;
import dev.kairos.booking.Refusals;
import dev.kairos.booking.Transition;
import dev.kairos.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff move appointments through the lifecycle ({@link Transition}): each move is checked against
 * the status it starts from, under the appointment's row lock, stamped with its time and actor, and
 * logged. Deleting is cancelling, and needs extra rights for paid or attended appointments.
 */
@Service
public class Lifecycle {

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

    /**
     * Applies {@code transition} to the location's appointment and returns its new status.
     *
     * @throws ApiException 404 for an unknown or foreign appointment, 403 without the rights, 409 for a
     *     move its current status does not allow (another decision won) or when reviving it would
     *     overlap another booking
     */
    @Transactional
    public AppointmentStatus apply(Caller caller, long locationId, long recordId, Transition transition) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        Bookings.Held held = bookings.lock(recordId)
                .filter(h -> h.locationId() == locationId)
                .orElseThrow(() -> ApiException.notFound("Record"));
        if (transition == Transition.CANCEL && !held.status().deleted()) {
            refusalToDelete(caller, held).ifPresent(reason -> {
                throw new ApiException(HttpStatus.FORBIDDEN, reason, null);
            });
        }
        return move(caller, held, transition);
    }

    /**
     * Deletes (cancels) the appointment, as {@code DELETE /record} asks. Deleting one that is already
     * deleted (cancelled or rejected) changes nothing and is no error: a client that retries its
     * DELETE, or sends it twice, gets the same answer.
     *
     * @throws ApiException 404 for an unknown or foreign appointment, 403 without the rights
     */
    @Transactional
    public AppointmentStatus delete(Caller caller, long locationId, long recordId) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        Bookings.Held held = bookings.lock(recordId)
                .filter(h -> h.locationId() == locationId)
                .orElseThrow(() -> ApiException.notFound("Record"));
        if (held.status().deleted()) {
            return held.status();
        }
        return apply(caller, locationId, recordId, Transition.CANCEL);
    }

    /**
     * Altegio's attendance (2, 1, 0, -1) as a lifecycle move; sending the attendance the appointment
     * already has changes nothing, as integrations resend whole records.
     */
    @Transactional
    public AppointmentStatus setAttendance(Caller caller, long locationId, long recordId, int attendance) {
        Transition transition = Transition.ofAttendance(attendance);
        access.require(caller, locationId, Right.EDIT_RECORDS);
        Bookings.Held held = bookings.lock(recordId)
                .filter(h -> h.locationId() == locationId)
                .orElseThrow(() -> ApiException.notFound("Record"));
        if (held.status() == transition.to() && transition != Transition.CLIENT_CONFIRM) {
            return held.status();
        }
        return move(caller, held, transition);
    }

    /**
     * Why the caller may not delete this appointment, if they may not: it is already deleted, the
     * caller may not delete appointments, or it was paid for or the client arrived and the caller
     * lacks the right for that.
     */
    Optional<String> refusalToDelete(Caller caller, Bookings.Held held) {
        if (held.status().deleted()) {
            return Optional.of("The appointment is already " + held.status().dbName());
        }
        if (!access.holds(caller, held.locationId(), Right.DELETE_RECORDS)) {
            return Optional.of("Deleting appointments needs the right to delete appointments");
        }
        boolean attended = held.status() == AppointmentStatus.ARRIVED || held.status() == AppointmentStatus.COMPLETED;
        if (attended && !access.holds(caller, held.locationId(), Right.DELETE_ARRIVED_RECORDS)) {
            return Optional.of("The client has arrived; deleting it needs the right to delete arrived appointments");
        }
        if (bookings.paidAmount(held.id()).signum() > 0
                && !access.holds(caller, held.locationId(), Right.DELETE_PAID_RECORDS)) {
            return Optional.of("The appointment is paid; deleting it needs the right to delete paid appointments");
        }
        return Optional.empty();
    }

    private AppointmentStatus move(Caller caller, Bookings.Held held, Transition transition) {
        if (!transition.allowedFrom(held.status())) {
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "A " + held.status().dbName() + " appointment cannot be moved by '" + transition.wireName()
                            + "' (allowed from: " + names(transition) + ")",
                    null);
        }
        Instant now = clock.instant();
        try {
            bookings.transition(held.id(), transition.from(), transition, caller.userId(), now);
        } catch (DataIntegrityViolationException e) {
            if (BookingRequests.isOverlap(e)) {
                throw ApiException.coded(
                        HttpStatus.CONFLICT,
                        Refusals.TIME_TAKEN,
                        "Its time has been booked by another appointment meanwhile");
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
        return transition.to();
    }

    private static String names(Transition transition) {
        return String.join(
                ", ",
                transition.from().stream()
                        .map(AppointmentStatus::dbName)
                        .sorted()
                        .toList());
    }
}
