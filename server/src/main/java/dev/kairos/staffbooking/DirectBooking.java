package dev.kairos.staffbooking;

import dev.kairos.auth.Caller;
import dev.kairos.booking.BookingWire;
import dev.kairos.booking.RecordWire;
import dev.kairos.onlinebooking.OnlineBooking;
import dev.kairos.refusal.Refused;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking on behalf of other modules (the walk-in queue, the waitlist), through exactly the paths
 * the API books through: {@link StaffBooking} (locks what it books, re-checks conflicts and
 * working hours under the lock, exclusion constraints behind it) for staff, and
 * {@link OnlineBooking} (book_record's locked re-check) for clients. Each call joins the caller's
 * transaction, so a ticket or an offer changes in the same commit as its appointment; a refusal is
 * thrown as {@link Refused}, which rolls that transaction back.
 */
@Service
public class DirectBooking {

    private final StaffBooking staff;
    private final OnlineBooking online;

    DirectBooking(StaffBooking staff, OnlineBooking online) {
        this.staff = staff;
        this.online = online;
    }

    /**
     * One service with one team member, as the front desk books it.
     *
     * @param clientPhone null or blank for an appointment without a client (the comment names them)
     * @param arrived whether the client is here already (a served walk-in): the appointment is
     *     Arrived, else Confirmed
     */
    public record StaffAppointment(
            long teamMemberId,
            long serviceId,
            String clientPhone,
            String clientName,
            Instant start,
            String comment,
            boolean arrived) {}

    /** One service at one time with one team member, as a client books it online. */
    public record ClientAppointment(
            long teamMemberId,
            long serviceId,
            String phone,
            String name,
            String email,
            Instant start,
            String comment) {}

    /** What a booking made: the appointment and its hash (the client's key to it). */
    public record Booked(long appointmentId, String recordHash) {}

    /** Books as staff; throws {@link Refused} when the time is taken, outside working hours or invalid. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long asStaff(Caller caller, long locationId, StaffAppointment a) {
        RecordWire.ClientPart client =
                a.clientPhone() == null || a.clientPhone().isBlank()
                        ? null
                        : new RecordWire.ClientPart(a.clientPhone(), a.clientName(), null, null, null);
        RecordWire.Record body = RecordWire.Record.booked(
                a.teamMemberId(),
                RecordWire.Record.lines(List.of(a.serviceId())),
                client,
                a.start(),
                null,
                a.comment(),
                a.arrived() ? 1 : 0,
                null);
        try {
            return staff.create(caller, locationId, body, false);
        } catch (Refused refused) {
            throw new Refused(refused.refusal());
        }
    }

    /**
     * Books as the client would with book_record (online rules: booking window, the service
     * bookable online); throws {@link Refused} when the time is taken or the request invalid.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Booked asClient(Caller caller, long locationId, ClientAppointment a) {
        BookingWire.Record request = new BookingWire.Record(
                a.phone(),
                a.name(),
                a.email(),
                null,
                a.comment(),
                null,
                null,
                null,
                null,
                List.of(new BookingWire.Appointment(
                        1L,
                        List.of(a.serviceId()),
                        a.teamMemberId(),
                        String.valueOf(a.start().getEpochSecond()))),
                null);
        OnlineBooking.Result result = online.book(caller, locationId, request, null, null, false);
        if (result instanceof OnlineBooking.Result.Refused refused) {
            throw refused.refusal().exception();
        }
        // Without an idempotency key, there is no earlier answer to replay.
        OnlineBooking.BookedAppointment booked =
                ((OnlineBooking.Result.Booked) result).appointments().get(0);
        return new Booked(booked.recordId(), booked.recordHash());
    }
}
