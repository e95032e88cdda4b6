package dev.kairos.onlinebooking;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.availability.Availability;
import dev.kairos.availability.AvailabilityQuery;
import dev.kairos.availability.Offer;
import dev.kairos.booking.AppointmentRescheduled;
import dev.kairos.booking.AppointmentStatusChanged;
import dev.kairos.booking.BookingRequests;
import dev.kairos.booking.BookingWire;
import dev.kairos.booking.Bookings;
import dev.kairos.booking.NewAppointment;
import dev.kairos.booking.Refusals;
import dev.kairos.booking.Transition;
import dev.kairos.directory.Location;
import dev.kairos.engine.BookingDecision;
import dev.kairos.engine.Slot;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.wire.WireTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a client may do with their own booking: cancel or move it, within the location's rules
 * (allow_delete_record / allow_change_record and how long before the start that is still allowed).
 * The record hash proves the client's right to it; staff with the right may act without it.
 */
@Service
public class ClientChanges {

    private final Bookings bookings;
    private final BookingRequests requests;
    private final Availability availability;
    private final Access access;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientChanges(
            Bookings bookings,
            BookingRequests requests,
            Availability availability,
            Access access,
            ActivityLog activity,
            ApplicationEventPublisher events,
            Clock clock) {
        this.bookings = bookings;
        this.requests = requests;
        this.availability = availability;
        this.access = access;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    /** The appointment, if the hash matches it or the caller is staff who may edit it; else 404. */
    Bookings.Held authorised(Caller caller, long recordId, String hash, Long locationId) {
        Bookings.Held held = bookings.find(recordId, null)
                .filter(h -> locationId == null || h.locationId() == locationId)
                .orElseThrow(() -> Refusal.notFound("Record").exception());
        boolean staff = caller.user() != null && access.holds(caller, held.locationId(), Right.EDIT_RECORDS);
        if (!staff
                && (hash == null
                        || !java.security.MessageDigest.isEqual(
                                hash.getBytes(), held.recordHash().getBytes()))) {
            throw Refusal.notFound("Record").exception();
        }
        access.requirePartner(caller, held.locationId());
        return held;
    }

    /**
     * The appointment at the location for the holder of its hash (or staff who may edit it).
     *
     * @throws dev.kairos.refusal.Refused 404 for an unknown record, another location's or a wrong hash
     */
    @Transactional(readOnly = true)
    public OwnAppointment view(Caller caller, long locationId, long recordId, String hash) {
        Bookings.Held held = authorised(caller, recordId, hash, locationId);
        Location.BookingSettings rules = requests.location(locationId).booking();
        Instant now = clock.instant();
        return new OwnAppointment(
                held.id(),
                held.locationId(),
                held.status(),
                held.start(),
                held.end(),
                held.teamMemberId(),
                bookings.serviceIds(held.id()),
                refusal(held, rules.allowDeleteRecord(), rules.deleteDelaySeconds(), now, "cancelled") == null,
                refusal(held, rules.allowChangeRecord(), rules.changeDelaySeconds(), now, "moved") == null);
    }

    @Transactional
    public void cancel(Caller caller, long recordId, String hash) {
        Bookings.Held held = authorised(caller, recordId, hash, null);
        Location location = requests.location(held.locationId());
        Instant now = clock.instant();
        requireChangeable(
                held,
                location.booking().allowDeleteRecord(),
                location.booking().deleteDelaySeconds(),
                now,
                "cancelled");
        if (!bookings.transition(
                held.id(),
                List.of(AppointmentStatus.REQUESTED, AppointmentStatus.CONFIRMED),
                Transition.CANCEL,
                caller.userId(),
                now)) {
            throw Refusal.conflict(Fault.of(
                            "refusal.own.changed-meanwhile",
                            "The appointment changed meanwhile; it can no longer be cancelled"))
                    .exception();
        }
        if (caller.user() == null) {
            bookings.markCancelledByClient(held.id());
        }
        activity.record(
                held.locationId(),
                caller,
                "cancelled",
                "appointment",
                held.id(),
                Map.of("by", caller.user() == null ? "client" : "user"));
        events.publishEvent(new AppointmentStatusChanged(
                held.locationId(), held.id(), held.status(), AppointmentStatus.CANCELLED, caller.userId()));
    }

    @Transactional
    public void reschedule(Caller caller, long locationId, long recordId, BookingWire.Reschedule body, String hash) {
        Bookings.Held held = authorised(caller, recordId, hash, locationId);
        Location location = requests.location(locationId);
        Instant now = clock.instant();
        requireChangeable(
                held, location.booking().allowChangeRecord(), location.booking().changeDelaySeconds(), now, "moved");
        if (body.datetime() == null) {
            throw Refusal.invalid("datetime", Fault.required()).exception();
        }
        Instant start = WireTime.parseInstant("datetime", String.valueOf(body.datetime()), location.zone());
        bookings.lock(held.id());
        long staff = held.teamMemberId() == null ? 0 : held.teamMemberId();
        List<Long> services = bookings.serviceIds(held.id());
        if (staff != 0) {
            bookings.lockTeamMembers(List.of(staff));
        } else {
            bookings.lockServices(services);
        }
        LocalDate date = start.atZone(location.zone()).toLocalDate();
        Offer offer = availability.prepare(
                new AvailabilityQuery(locationId, services, staff, date, date, true, held.id()), now);
        bookings.lockResources(
                offer.services().stream().flatMap(s -> s.resourceIds().stream()).toList());
        BookingDecision decision = availability.check(offer, staff, start);
        if (decision instanceof BookingDecision.Rejected rejected) {
            throw Refusals.of(rejected.reason(), held.id()).exception();
        }
        Slot slot = ((BookingDecision.Bookable) decision).slot();
        Long member = held.teamMemberId();
        NewAppointment.Times times = Plans.times(offer.services(), member, start);
        bookings.move(held.id(), times, Plans.holds(offer.services(), member, slot), body.comment(), now);
        activity.record(
                locationId,
                caller,
                "rescheduled",
                "appointment",
                held.id(),
                Map.of("from", held.start().toString(), "to", start.toString()));
        events.publishEvent(new AppointmentRescheduled(
                locationId, held.id(), held.start(), times.start(), times.end(), held.reminders(), caller.userId()));
    }

    private static void requireChangeable(
            Bookings.Held held, boolean allowed, int delaySeconds, Instant now, String verb) {
        Fault refusal = refusal(held, allowed, delaySeconds, now, verb);
        if (refusal != null) {
            throw Refusal.of(RefusalCode.INVALID, refusal).exception();
        }
    }

    /** Why the client may not change the appointment now, or null when they may. */
    private static Fault refusal(Bookings.Held held, boolean allowed, int delaySeconds, Instant now, String verb) {
        boolean cancel = "cancelled".equals(verb);
        if (!held.status().clientMayChange()) {
            String status = held.status().dbName();
            return Fault.of(
                    cancel ? "refusal.own.status-cancel" : "refusal.own.status-move",
                    "A " + status + " appointment cannot be " + verb,
                    held.status().word());
        }
        if (!allowed) {
            return Fault.of(
                    cancel ? "refusal.own.not-allowed-cancel" : "refusal.own.not-allowed-move",
                    "This location does not allow appointments to be " + verb + " online");
        }
        if (now.plusSeconds(delaySeconds).isAfter(held.start())) {
            return Fault.of(
                    cancel ? "refusal.own.too-late-cancel" : "refusal.own.too-late-move",
                    "It is too late for this appointment to be " + verb + " online");
        }
        return null;
    }
}
