package dev.kairos.events;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.booking.AppointmentBooked;
import dev.kairos.booking.BookingRequests;
import dev.kairos.booking.BookingWire;
import dev.kairos.booking.Bookings;
import dev.kairos.booking.NewAppointment;
import dev.kairos.booking.ReminderHours;
import dev.kairos.clients.Client;
import dev.kairos.clients.Clients;
import dev.kairos.clients.PhoneNumber;
import dev.kairos.directory.Location;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats in group events (Altegio's activities). The event row is locked while its booked seats are
 * counted, so concurrent bookings never exceed the capacity.
 */
@Service
public class EventBooking {

    private final JdbcClient db;
    private final Bookings bookings;
    private final BookingRequests requests;
    private final Clients clients;
    private final ActivityLog activity;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EventBooking(
            JdbcClient db,
            Bookings bookings,
            BookingRequests requests,
            Clients clients,
            ActivityLog activity,
            Access access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.access = access;
        this.db = db;
        this.bookings = bookings;
        this.requests = requests;
        this.clients = clients;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    private record Event(
            long id,
            long serviceId,
            Long teamMemberId,
            Instant start,
            Instant end,
            int capacity,
            int taken,
            BigDecimal price,
            BigDecimal discount) {}

    /** What taking a seat came to: the new appointment, or why it was refused. */
    public sealed interface Outcome {
        record Booked(long id, String hash) implements Outcome {}

        record Refused(Refusal refusal) implements Outcome {}
    }

    /**
     * A seat for a client: an existing one of the chain ({@code clientId}), or found or made by
     * phone ({@code fullname}, {@code phone}, {@code email} as a booking sends them).
     */
    public record Seat(Long clientId, String fullname, String phone, String email, int seats, String comment) {}

    /** The new appointment of a seat booking, with the hash that lets the client change it. */
    public record Seated(long id, String hash) {}

    /** Books {@code clients_count} seats; returns the new appointment's id and hash. */
    @Transactional
    public Seated book(Caller caller, long locationId, long eventId, BookingWire.EventBooking body) {
        Location location = requests.location(locationId);
        PhoneNumber phone = requests.phone(body.phone(), location);
        requests.requireName(body.fullname());
        String email = BookingRequests.email(body.email(), "email");
        int seats = body.clientsCount() == null ? 1 : body.clientsCount();
        if (seats < 1 || seats > 100) {
            throw Refusal.invalid("clients_count", Fault.between(1, 100)).exception();
        }
        ReminderHours reminders = body.reminders();
        Outcome outcome = seat(
                caller,
                location,
                eventId,
                () -> clients.findOrCreateByPhone(
                        caller,
                        location.chainId(),
                        locationId,
                        phone,
                        body.fullname().strip(),
                        null,
                        email),
                seats,
                body.comment() == null ? "" : body.comment(),
                body.apiId() == null ? "" : body.apiId(),
                reminders,
                true);
        if (outcome instanceof Outcome.Refused refused) {
            throw refused.refusal().exception();
        }
        Outcome.Booked booked = (Outcome.Booked) outcome;
        return new Seated(booked.id(), booked.hash());
    }

    /**
     * Takes seats for a client, as the booking page ({@code online}) or staff adding an attendee
     * ask; staff need the right to edit appointments.
     */
    @Transactional
    public Outcome take(Caller caller, long locationId, long eventId, Seat seat, boolean online) {
        if (online) {
            access.requirePartner(caller, locationId);
        } else {
            access.require(caller, locationId, Right.EDIT_RECORDS);
        }
        Location location = requests.location(locationId);
        if (seat.seats() < 1 || seat.seats() > 100) {
            return new Outcome.Refused(Refusal.invalid("clients_count", Fault.between(1, 100)));
        }
        java.util.function.Supplier<Client> client;
        if (seat.clientId() != null) {
            Optional<Client> known = clients.find(locationId, seat.clientId());
            if (known.isEmpty()) {
                return new Outcome.Refused(Refusal.invalid(
                        "client_id", Fault.of("fault.event.client-unknown", "is not a client of this chain")));
            }
            client = known::get;
        } else {
            String name = seat.fullname() == null ? "" : seat.fullname().strip();
            Optional<PhoneNumber> phone = seat.phone() == null || seat.phone().isBlank()
                    ? Optional.empty()
                    : PhoneNumber.parse(seat.phone(), location.defaultRegion());
            Map<String, List<Fault>> problems = new LinkedHashMap<>();
            if (name.isEmpty() || name.length() > 200) {
                problems.put("fullname", List.of(name.isEmpty() ? Fault.required() : Fault.tooLong(200)));
            }
            if (phone.isEmpty()) {
                problems.put(
                        "phone",
                        List.of(
                                seat.phone() == null || seat.phone().isBlank()
                                        ? Fault.required()
                                        : Fault.of("fault.phone", "is not a phone number")));
            }
            String email = seat.email() == null ? "" : seat.email().strip();
            if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+")) {
                problems.put("email", List.of(Fault.of("fault.email", "is not an email address")));
            }
            if (!problems.isEmpty()) {
                return new Outcome.Refused(Refusal.invalidFaults(problems));
            }
            client = () -> clients.findOrCreateByPhone(
                    caller, location.chainId(), locationId, phone.get(), name, null, email.isEmpty() ? null : email);
        }
        String comment = seat.comment() == null ? "" : seat.comment().strip();
        if (comment.length() > 2000) {
            return new Outcome.Refused(Refusal.invalid("comment", Fault.tooLong(2000)));
        }
        return seat(caller, location, eventId, client, seat.seats(), comment, "", ReminderHours.NONE, online);
    }

    private Outcome seat(
            Caller caller,
            Location location,
            long eventId,
            java.util.function.Supplier<Client> who,
            int seats,
            String comment,
            String apiId,
            ReminderHours reminders,
            boolean online) {
        long locationId = location.id();
        Optional<Event> locked = lockEvent(locationId, eventId);
        if (locked.isEmpty()) {
            return new Outcome.Refused(Refusal.notFound("Event"));
        }
        Event event = locked.get();
        Instant now = clock.instant();
        if (!event.start().isAfter(now)) {
            return new Outcome.Refused(Refusal.of(
                    RefusalCode.TIME_TAKEN,
                    Fault.of("refusal.event-started", "The event has already started"),
                    eventId));
        }
        if (event.taken() + seats > event.capacity()) {
            return new Outcome.Refused(Refusal.of(
                    RefusalCode.TIME_TAKEN,
                    Fault.of(
                            "refusal.seats-left",
                            "Not enough free seats: " + (event.capacity() - event.taken()) + " left",
                            event.capacity() - event.taken()),
                    eventId));
        }
        Client client = who.get();
        BigDecimal cost = event.price()
                .multiply(BigDecimal.valueOf(100).subtract(event.discount()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        String hash = BookingRequests.newHash();
        NewAppointment.Origin origin = online
                ? NewAppointment.Origin.online(apiId, hash, caller.userId(), now)
                : NewAppointment.Origin.admin(apiId, hash, caller.userId(), now);
        long id = bookings.insert(new NewAppointment(
                locationId,
                event.teamMemberId(),
                eventId,
                new NewAppointment.Times(event.start(), event.end(), event.start(), event.end()),
                AppointmentStatus.CONFIRMED,
                NewAppointment.ClientSnapshot.of(client),
                origin,
                NewAppointment.Terms.of(comment, reminders).withClientsCount(seats),
                List.of(new NewAppointment.Line(event.serviceId(), event.price(), event.discount(), cost)),
                List.of()));
        activity.record(
                locationId,
                caller,
                "created",
                "appointment",
                id,
                Map.of("source", online ? "online" : "admin", "event_id", eventId));
        events.publishEvent(new AppointmentBooked(
                locationId,
                id,
                event.serviceId(),
                AppointmentStatus.CONFIRMED,
                event.start(),
                event.end(),
                reminders,
                caller.userId()));
        return new Outcome.Booked(id, hash);
    }

    private Optional<Event> lockEvent(long locationId, long eventId) {
        // Lock first, count after: a count in the locking statement would see the snapshot from before the wait.
        Optional<Long> found = db.sql(
                        "select id from events where id = :id and location_id = :loc and not deleted for update")
                .param("id", eventId)
                .param("loc", locationId)
                .query(Long.class)
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return db.sql("""
                        select e.id, e.service_id, e.team_member_id, e.starts_at, e.ends_at, e.capacity, coalesce(e.price, s.price_min) as price, s.discount,
                               (select coalesce(sum(a.clients_count), 0) from appointments a
                                 where a.event_id = e.id and holds_time(a.status)) as taken
                          from events e join services s on s.id = e.service_id
                         where e.id = :id and e.location_id = :loc and not e.deleted
                        """)
                .param("id", eventId)
                .param("loc", locationId)
                .query((rs, n) -> new Event(
                        rs.getLong("id"),
                        rs.getLong("service_id"),
                        (Long) rs.getObject("team_member_id"),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("capacity"),
                        rs.getInt("taken"),
                        rs.getBigDecimal("price"),
                        rs.getBigDecimal("discount")))
                .optional();
    }
}
