package dev.kairos.booking;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.clients.Client;
import dev.kairos.clients.Clients;
import dev.kairos.clients.PhoneNumber;
import dev.kairos.directory.Location;
import dev.kairos.web.ApiException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EventBooking(
            JdbcClient db,
            Bookings bookings,
            BookingRequests requests,
            Clients clients,
            ActivityLog activity,
            ApplicationEventPublisher events,
            Clock clock) {
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

    /** Books {@code clients_count} seats; returns the new appointment's id and hash. */
    @Transactional
    public Map<String, Object> book(Caller caller, long locationId, long eventId, BookingWire.EventBooking body) {
        Location location = requests.location(locationId);
        PhoneNumber phone = requests.phone(body.phone(), location);
        requests.requireName(body.fullname());
        String email = BookingRequests.email(body.email(), "email");
        int seats = body.clientsCount() == null ? 1 : body.clientsCount();
        if (seats < 1 || seats > 100) {
            throw ApiException.invalid("clients_count", "must be between 1 and 100");
        }
        ReminderHours reminders = body.reminders();
        Event event = lockEvent(locationId, eventId);
        Instant now = clock.instant();
        if (!event.start().isAfter(now)) {
            throw Refusals.of(Refusals.TIME_TAKEN, "The event has already started", eventId);
        }
        if (event.taken() + seats > event.capacity()) {
            throw Refusals.of(
                    Refusals.TIME_TAKEN,
                    "Not enough free seats: " + (event.capacity() - event.taken()) + " left",
                    eventId);
        }
        Client client = clients.findOrCreateByPhone(
                caller, location.chainId(), locationId, phone, body.fullname().strip(), null, email);
        BigDecimal cost = event.price()
                .multiply(BigDecimal.valueOf(100).subtract(event.discount()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        String hash = BookingRequests.newHash();
        long id = bookings.insert(new NewAppointment(
                locationId,
                event.teamMemberId(),
                client.id(),
                eventId,
                new NewAppointment.Times(event.start(), event.end(), event.start(), event.end()),
                AppointmentStatus.CONFIRMED,
                true,
                "online",
                false,
                seats,
                body.comment() == null ? "" : body.comment(),
                body.apiId() == null ? "" : body.apiId(),
                hash,
                caller.userId(),
                body.fullname().strip(),
                phone.e164(),
                email,
                now,
                List.of(new NewAppointment.Line(event.serviceId(), event.price(), event.discount(), cost)),
                List.of(),
                false,
                reminders));
        activity.record(
                locationId, caller, "created", "appointment", id, Map.of("source", "online", "event_id", eventId));
        events.publishEvent(new AppointmentBooked(
                locationId,
                id,
                event.serviceId(),
                AppointmentStatus.CONFIRMED,
                event.start(),
                event.end(),
                reminders,
                caller.userId()));
        return Map.of("id", id, "hash", hash);
    }

    private Event lockEvent(long locationId, long eventId) {
        // Lock first, count after: a count in the locking statement would see the snapshot from before the wait.
        db.sql("select id from events where id = :id and location_id = :loc and not deleted for update")
                .param("id", eventId)
                .param("loc", locationId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> ApiException.notFound("Event"));
        return db.sql("""
                        select e.id, e.service_id, e.team_member_id, e.starts_at, e.ends_at, e.capacity, s.price_min, s.discount,
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
                        rs.getBigDecimal("price_min"),
                        rs.getBigDecimal("discount")))
                .optional()
                .orElseThrow(() -> ApiException.notFound("Event"));
    }
}
