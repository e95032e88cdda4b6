package dev.kairos.events;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.availability.Availability;
import dev.kairos.availability.HeldTime;
import dev.kairos.booking.AppointmentRescheduled;
import dev.kairos.booking.BookingRequests;
import dev.kairos.booking.Bookings;
import dev.kairos.booking.ReminderHours;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import dev.kairos.staffbooking.Lifecycle;
import dev.kairos.wire.WireTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Group events (Altegio's activities): listed with the right to view appointments; created,
 * changed and cancelled with the right to manage the schedule, since an event is a block of a
 * team member's and a room's time, set up ahead like working hours, not an appointment of a
 * client. The seats in it are appointments ({@link EventBooking}).
 *
 * <p>An event with a team member must not overlap the member's appointments or other events. It
 * is written under the same row lock on the team member that every appointment booking takes
 * before its re-check ({@link Bookings#lockTeamMembers}), and a room under the lock on its
 * resource, so an event and an appointment racing for the same time are serialised and the second
 * sees the first. Two events are also kept apart by the database's exclusion constraints.
 */
@Service
public class GroupEvents {

    private final JdbcClient db;
    private final Bookings bookings;
    private final Availability availability;
    private final Lifecycle lifecycle;
    private final Locations locations;
    private final Access access;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupEvents(
            JdbcClient db,
            Bookings bookings,
            Availability availability,
            Lifecycle lifecycle,
            Locations locations,
            Access access,
            ActivityLog activity,
            ApplicationEventPublisher events,
            Clock clock) {
        this.db = db;
        this.bookings = bookings;
        this.availability = availability;
        this.lifecycle = lifecycle;
        this.locations = locations;
        this.access = access;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    /** What a change came to: the event as stored, or why it was refused. */
    public sealed interface Outcome {
        record Saved(EventWire.View event) implements Outcome {}

        record Refused(Refusal refusal) implements Outcome {}
    }

    private static final String VIEW = """
            select e.id, e.location_id, e.service_id, e.team_member_id, e.resource_instance_id, e.starts_at, e.ends_at,
                   e.capacity, e.price, s.price_min, e.comment, e.deleted, s.title as service_title,
                   m.name as member_name, r.title as room_title,
                   (select coalesce(sum(a.clients_count), 0) from appointments a
                     where a.event_id = e.id and holds_time(a.status)) as taken
              from events e
              join services s on s.id = e.service_id
              left join team_members m on m.id = e.team_member_id
              left join resource_instances r on r.id = e.resource_instance_id
            """;

    /** The location's live events starting on {@code from} to {@code till} (local dates, inclusive), by start. */
    public List<EventWire.View> list(Caller caller, long locationId, LocalDate from, LocalDate till) {
        readable(caller, locationId);
        return between(locationId, from, till, null);
    }

    /** The live events with seats left that start after now, for a client choosing one. */
    public List<EventWire.View> bookable(long locationId, LocalDate from, LocalDate till) {
        return between(locationId, from, till, clock.instant()).stream()
                .filter(e -> e.seatsLeft() > 0)
                .toList();
    }

    /** The live events starting in the local dates, and not before {@code notBefore} when given. */
    private List<EventWire.View> between(long locationId, LocalDate from, LocalDate till, Instant notBefore) {
        Optional<Location> location = locations.find(locationId);
        if (location.isEmpty()) {
            return List.of();
        }
        ZoneId zone = location.get().zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        return db.sql(VIEW + """
                         where e.location_id = :loc and not e.deleted and e.starts_at >= :from and e.starts_at < :till
                         order by e.starts_at, e.id
                        """)
                .param("loc", locationId)
                .param("from", Bookings.ts(notBefore != null && notBefore.isAfter(start) ? notBefore : start))
                .param("till", Bookings.ts(till.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> view(rs, zone))
                .list();
    }

    /** The location's event, deleted or not; empty for an unknown or another location's one. */
    public Optional<EventWire.View> find(Caller caller, long locationId, long eventId) {
        readable(caller, locationId);
        return find(locationId, eventId);
    }

    Optional<EventWire.View> find(long locationId, long eventId) {
        return locations.find(locationId).flatMap(location -> db.sql(
                        VIEW + " where e.id = :id and e.location_id = :loc")
                .param("id", eventId)
                .param("loc", locationId)
                .query((rs, n) -> view(rs, location.zone()))
                .optional());
    }

    /** The seats booked in the event, cancelled ones left out, in the order they were booked. */
    public List<EventWire.Attendee> attendees(Caller caller, long locationId, long eventId) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        return db.sql("""
                        select a.id, a.client_id, coalesce(c.name, a.client_name) as name,
                               coalesce(nullif(c.phone, ''), a.client_phone) as phone, a.clients_count, a.status
                          from appointments a left join clients c on c.id = a.client_id
                         where a.event_id = :event and a.location_id = :loc and a.status not in ('cancelled', 'rejected')
                         order by a.id
                        """)
                .param("event", eventId)
                .param("loc", locationId)
                .query((rs, n) -> new EventWire.Attendee(
                        rs.getLong("id"),
                        (Long) rs.getObject("client_id"),
                        rs.getString("name"),
                        rs.getString("phone"),
                        rs.getInt("clients_count"),
                        rs.getString("status"),
                        "arrived".equals(rs.getString("status")) || "completed".equals(rs.getString("status"))))
                .list();
    }

    /** What an event form offers: the location's services, team members and rooms. */
    public record Choices(
            List<EventWire.ServiceRef> services, List<EventWire.StaffRef> members, List<EventWire.RoomRef> rooms) {}

    public Choices choices(long locationId) {
        return new Choices(
                db.sql(
                                "select id, title from services where location_id = :loc and not deleted order by weight desc, title, id")
                        .param("loc", locationId)
                        .query((rs, n) -> new EventWire.ServiceRef(rs.getLong(1), rs.getString(2)))
                        .list(),
                db.sql("""
                                select m.id, m.name from team_members m
                                 where not m.fired and not m.deleted
                                   and (m.location_id = :loc or exists (select 1 from team_member_locations tl
                                         where tl.team_member_id = m.id and tl.location_id = :loc))
                                 order by m.weight desc, m.name, m.id
                                """)
                        .param("loc", locationId)
                        .query((rs, n) -> new EventWire.StaffRef(rs.getLong(1), rs.getString(2)))
                        .list(),
                db.sql("""
                                select i.id, r.title || ' · ' || i.title from resource_instances i join resources r on r.id = i.resource_id
                                 where i.location_id = :loc and not i.deleted and not r.deleted order by r.title, i.title, i.id
                                """)
                        .param("loc", locationId)
                        .query((rs, n) -> new EventWire.RoomRef(rs.getLong(1), rs.getString(2)))
                        .list());
    }

    /** A client of the chain whose name or phone holds the words searched for. */
    public record ClientMatch(long id, String name, String phone) {}

    /** Up to ten of the chain's clients matching {@code query} by name or phone. */
    public List<ClientMatch> findClients(Caller caller, long locationId, String query) {
        access.require(caller, locationId, Right.VIEW_CLIENTS);
        String words = query == null ? "" : query.strip();
        if (words.isEmpty()) {
            return List.of();
        }
        String digits = words.replaceAll("[^0-9]", "");
        return db.sql("""
                        select c.id, trim(c.name || ' ' || c.surname) as name, c.phone from clients c
                         where c.chain_id = (select chain_id from locations where id = :loc) and not c.deleted
                           and (strpos(lower(c.name || ' ' || c.surname), lower(:words)) > 0
                                or (length(:digits) >= 3 and strpos(c.phone, :digits) > 0))
                         order by c.name, c.id limit 10
                        """)
                .param("loc", locationId)
                .param("words", words)
                .param("digits", digits)
                .query((rs, n) -> new ClientMatch(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    @Transactional
    public Outcome create(Caller caller, long locationId, EventWire.Body body) {
        access.require(caller, locationId, Right.MANAGE_SCHEDULE);
        Optional<Location> location = locations.find(locationId);
        if (location.isEmpty()) {
            return new Outcome.Refused(Refusal.notFound("Location"));
        }
        return save(caller, location.get(), null, body);
    }

    /** Changes what {@code body} sends; attendees move with the event and follow its team member. */
    @Transactional
    public Outcome update(Caller caller, long locationId, long eventId, EventWire.Body body) {
        access.require(caller, locationId, Right.MANAGE_SCHEDULE);
        Optional<Location> location = locations.find(locationId);
        Optional<Stored> stored = lock(locationId, eventId);
        if (location.isEmpty() || stored.isEmpty()) {
            return new Outcome.Refused(Refusal.notFound("Event"));
        }
        if (stored.get().deleted()) {
            return new Outcome.Refused(
                    Refusal.conflict(Fault.of("refusal.event-cancelled", "A cancelled event cannot be changed")));
        }
        return save(caller, location.get(), stored.get(), body);
    }

    /**
     * Cancels the event and the seats booked in it; cancelling a cancelled event again changes
     * nothing. The outcome holds the event as it now is.
     */
    @Transactional
    public Outcome cancel(Caller caller, long locationId, long eventId) {
        access.require(caller, locationId, Right.MANAGE_SCHEDULE);
        Optional<Stored> stored = lock(locationId, eventId);
        if (stored.isEmpty()) {
            return new Outcome.Refused(Refusal.notFound("Event"));
        }
        if (!stored.get().deleted()) {
            List<Long> seats = db.sql(
                            "select id from appointments where event_id = :id and holds_time(status) order by id")
                    .param("id", eventId)
                    .query(Long.class)
                    .list();
            for (long seat : seats) {
                lifecycle.delete(caller, locationId, seat).orThrow();
            }
            db.sql("update events set deleted = true, updated_at = :now where id = :id")
                    .param("id", eventId)
                    .param("now", Bookings.ts(clock.instant()))
                    .update();
            activity.record(locationId, caller, "deleted", "event", eventId, Map.of("cancelled_seats", seats.size()));
        }
        return new Outcome.Saved(find(locationId, eventId).orElseThrow());
    }

    /** The event's row as locked for a change. */
    private record Stored(
            long id,
            long serviceId,
            Long memberId,
            Long instanceId,
            Instant start,
            Instant end,
            int capacity,
            BigDecimal price,
            String comment,
            boolean deleted,
            int taken) {}

    /** The event checked and ready to write. */
    private record Draft(
            Instant start,
            Instant end,
            long serviceId,
            Long memberId,
            Long instanceId,
            Long resourceId,
            int capacity,
            BigDecimal price,
            String comment) {}

    private record ServiceRow(long id, String title, int durationSeconds) {}

    private Optional<Stored> lock(long locationId, long eventId) {
        // Lock first, count after: a count in the locking statement would see the snapshot from before the wait.
        Optional<Long> id = db.sql("select id from events where id = :id and location_id = :loc for update")
                .param("id", eventId)
                .param("loc", locationId)
                .query(Long.class)
                .optional();
        return id.flatMap(found -> db.sql("""
                        select e.id, e.service_id, e.team_member_id, e.resource_instance_id, e.starts_at, e.ends_at,
                               e.capacity, e.price, e.comment, e.deleted,
                               (select coalesce(sum(a.clients_count), 0) from appointments a
                                 where a.event_id = e.id and holds_time(a.status)) as taken
                          from events e where e.id = :id
                        """)
                .param("id", found)
                .query((rs, n) -> new Stored(
                        rs.getLong("id"),
                        rs.getLong("service_id"),
                        (Long) rs.getObject("team_member_id"),
                        (Long) rs.getObject("resource_instance_id"),
                        instant(rs.getObject("starts_at", OffsetDateTime.class)),
                        instant(rs.getObject("ends_at", OffsetDateTime.class)),
                        rs.getInt("capacity"),
                        rs.getBigDecimal("price"),
                        rs.getString("comment"),
                        rs.getBoolean("deleted"),
                        rs.getInt("taken")))
                .optional());
    }

    private Outcome save(Caller caller, Location location, Stored current, EventWire.Body body) {
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        Draft draft = draft(location, current, body, problems);
        if (!problems.isEmpty()) {
            return new Outcome.Refused(Refusal.invalidFaults(problems));
        }
        bookings.lockTeamMembers(draft.memberId() == null ? List.of() : List.of(draft.memberId()));
        bookings.lockResources(draft.resourceId() == null ? List.of() : List.of(draft.resourceId()));
        Long self = current == null ? null : current.id();
        Map<String, List<Fault>> conflicts = new LinkedHashMap<>();
        List<Fault> reasons = new java.util.ArrayList<>();
        if (draft.memberId() != null) {
            if (!availability.worksThrough(
                    location.id(), location.zone(), draft.memberId(), draft.start(), draft.end())) {
                conflicts.put("staff_id", List.of(Fault.of("fault.event.member-off", "does not work at this time")));
                reasons.add(Fault.of("refusal.member-not-working", "The team member does not work at this time"));
            } else if (memberBusy(draft, self)) {
                conflicts.put(
                        "staff_id",
                        List.of(Fault.of("fault.event.member-busy", "has another appointment or event at this time")));
                reasons.add(Fault.of(
                        "refusal.member-busy-event", "The team member has another appointment or event at this time"));
            }
        }
        if (draft.instanceId() != null && roomBusy(draft, self)) {
            conflicts.put("resource_instance_id", List.of(Fault.of("fault.event.room-taken", "is taken at this time")));
            reasons.add(Fault.of("refusal.room-taken", "The room is taken at this time"));
        }
        if (!conflicts.isEmpty()) {
            return new Outcome.Refused(new Refusal(RefusalCode.TIME_TAKEN, Fault.joined(reasons), conflicts, self));
        }
        Instant now = clock.instant();
        long id;
        try {
            id = current == null ? insert(location.id(), draft, now) : change(current, draft, now);
        } catch (DataIntegrityViolationException e) {
            if (!BookingRequests.isOverlap(e)) {
                throw e;
            }
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Outcome.Refused(Refusal.of(
                    RefusalCode.TIME_TAKEN, Fault.of("refusal.time-taken", "The selected time is already taken")));
        }
        Map<String, Object> logged = new LinkedHashMap<>();
        logged.put("service_id", draft.serviceId());
        logged.put("starts_at", draft.start().toString());
        logged.put("capacity", draft.capacity());
        if (draft.memberId() != null) {
            logged.put("staff_id", draft.memberId());
        }
        activity.record(location.id(), caller, current == null ? "created" : "updated", "event", id, logged);
        if (current != null) {
            moveSeats(location.id(), current, draft, caller);
        }
        return new Outcome.Saved(find(location.id(), id).orElseThrow());
    }

    private Draft draft(Location location, Stored current, EventWire.Body body, Map<String, List<Fault>> problems) {
        Instant start = current == null ? null : current.start();
        String when = body.date() != null ? body.date() : body.datetime();
        if (when != null) {
            try {
                start = WireTime.parseInstant("date", when, location.zone());
            } catch (Refused e) {
                problems.put(
                        "date",
                        List.of(Fault.of(
                                "fault.event.date-time",
                                "is not a date and time (" + e.getMessage() + ")",
                                e.getMessage())));
                start = null;
            }
        } else if (current == null) {
            problems.put("date", List.of(Fault.required()));
        }
        if (start != null && (current == null || !start.equals(current.start())) && !start.isAfter(clock.instant())) {
            problems.put("date", List.of(Fault.of("fault.future", "must be in the future")));
        }
        Long serviceId = body.serviceId() != null ? body.serviceId() : current == null ? null : current.serviceId();
        ServiceRow service = null;
        if (serviceId == null) {
            problems.put("service_id", List.of(Fault.required()));
        } else {
            service = service(location.id(), serviceId).orElse(null);
            if (service == null) {
                problems.put(
                        "service_id",
                        List.of(Fault.of("fault.event.service-unknown", "is not a service of this location")));
            }
        }
        Integer length = body.length();
        if (length == null) {
            if (current != null && (body.serviceId() == null || body.serviceId() == current.serviceId())) {
                length = (int) (current.end().getEpochSecond() - current.start().getEpochSecond());
            } else if (service != null) {
                length = service.durationSeconds();
            }
        }
        if (length != null && (length < 60 || length > 86400)) {
            problems.put("length", List.of(Fault.seconds(60, 86400)));
        }
        Integer capacity = body.capacity() != null ? body.capacity() : current == null ? null : current.capacity();
        if (capacity == null) {
            problems.put("capacity", List.of(Fault.required()));
        } else if (capacity < 1 || capacity > 10000) {
            problems.put("capacity", List.of(Fault.between(1, 10000)));
        } else if (current != null && capacity < current.taken()) {
            problems.put(
                    "capacity",
                    List.of(Fault.of(
                            "fault.event.below-taken",
                            "is below the " + current.taken() + " seats already taken",
                            current.taken())));
        }
        BigDecimal price = body.price() != null ? body.price() : current == null ? null : current.price();
        if (price != null && (price.signum() < 0 || price.compareTo(new BigDecimal("9999999999")) > 0)) {
            problems.put("price", List.of(Fault.of("fault.zero-or-more", "must be 0 or more")));
        }
        Long member = body.staffId() != null ? zeroIsNone(body.staffId()) : current == null ? null : current.memberId();
        if (member != null && serviceId != null && !problems.containsKey("service_id")) {
            memberProblem(location.id(), member, serviceId).ifPresent(p -> problems.put("staff_id", List.of(p)));
        }
        Long instance = current == null ? null : current.instanceId();
        if (body.resourceInstanceId() != null) {
            instance = zeroIsNone(body.resourceInstanceId());
        } else if (body.resourceInstanceIds() != null) {
            if (body.resourceInstanceIds().size() > 1) {
                problems.put(
                        "resource_instance_ids", List.of(Fault.of("fault.event.one-room", "can name one room only")));
            }
            instance = body.resourceInstanceIds().isEmpty()
                    ? null
                    : zeroIsNone(body.resourceInstanceIds().get(0));
        }
        Long resource = null;
        if (instance != null) {
            resource = resourceOf(location.id(), instance).orElse(null);
            if (resource == null) {
                problems.put(
                        "resource_instance_id",
                        List.of(Fault.of("fault.event.room-unknown", "is not a room or device of this location")));
            }
        }
        String comment = body.comment() != null ? body.comment().strip() : current == null ? "" : current.comment();
        if (comment.length() > 2000) {
            problems.put("comment", List.of(Fault.tooLong(2000)));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Draft(
                start, start.plusSeconds(length), serviceId, member, instance, resource, capacity, price, comment);
    }

    private Optional<ServiceRow> service(long locationId, long serviceId) {
        return db.sql(
                        "select id, title, duration_seconds from services where id = :id and location_id = :loc and not deleted")
                .param("id", serviceId)
                .param("loc", locationId)
                .query((rs, n) -> new ServiceRow(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .optional();
    }

    private Optional<Fault> memberProblem(long locationId, long member, long serviceId) {
        Map<String, Object> row = db.sql("""
                        select exists (select 1 from team_members m
                                        where m.id = :member and not m.fired and not m.deleted
                                          and (m.location_id = :loc or exists (select 1 from team_member_locations tl
                                                where tl.team_member_id = m.id and tl.location_id = :loc))) as works_here,
                               exists (select 1 from service_staff where service_id = :service and team_member_id = :member) as performs
                        """)
                .param("member", member)
                .param("loc", locationId)
                .param("service", serviceId)
                .query()
                .singleRow();
        if (!Boolean.TRUE.equals(row.get("works_here"))) {
            return Optional.of(Fault.of("fault.event.member-not-here", "is not a team member of this location"));
        }
        if (!Boolean.TRUE.equals(row.get("performs"))) {
            return Optional.of(Fault.of("fault.event.member-not-performing", "does not perform this service"));
        }
        return Optional.empty();
    }

    private Optional<Long> resourceOf(long locationId, long instance) {
        return db.sql("""
                        select i.resource_id from resource_instances i join resources r on r.id = i.resource_id
                         where i.id = :id and i.location_id = :loc and not i.deleted and not r.deleted
                        """)
                .param("id", instance)
                .param("loc", locationId)
                .query(Long.class)
                .optional();
    }

    private static final String MEMBER_BUSY = "select exists (" + HeldTime.ONE_MEMBER + """
            ) or exists (select 1 from events
                          where team_member_id = :member and not deleted and id <> :self
                            and tstzrange(starts_at, ends_at) && tstzrange(:from, :until))
              or exists ("""
            + HeldTime.OFFERS.replace("offer_team_member_id = any(:members)", "offer_team_member_id = :member") + ")";

    private boolean memberBusy(Draft draft, Long self) {
        return db.sql(MEMBER_BUSY)
                .param("member", draft.memberId())
                .param("exclude", -1L)
                .param("self", self == null ? -1L : self)
                .param("from", Bookings.ts(draft.start()))
                .param("until", Bookings.ts(draft.end()))
                .param("now", Bookings.ts(clock.instant()))
                .query(Boolean.class)
                .single();
    }

    private boolean roomBusy(Draft draft, Long self) {
        return db.sql("""
                        select exists (select 1 from appointment_resources
                                        where resource_instance_id = :instance and active
                                          and tstzrange(busy_from, busy_until) && tstzrange(:from, :until))
                            or exists (select 1 from events
                                        where resource_instance_id = :instance and not deleted and id <> :self
                                          and tstzrange(starts_at, ends_at) && tstzrange(:from, :until))
                        """)
                .param("instance", draft.instanceId())
                .param("self", self == null ? -1L : self)
                .param("from", Bookings.ts(draft.start()))
                .param("until", Bookings.ts(draft.end()))
                .query(Boolean.class)
                .single();
    }

    private long insert(long locationId, Draft d, Instant now) {
        return fields(db.sql("""
                        insert into events (location_id, service_id, team_member_id, resource_instance_id, starts_at, ends_at,
                                            capacity, price, comment, created_at, updated_at)
                        values (:loc, :service, :member, :instance, :start, :end, :capacity, :price, :comment, :now, :now)
                        returning id
                        """), d, now)
                .param("loc", locationId)
                .query(Long.class)
                .single();
    }

    private long change(Stored current, Draft d, Instant now) {
        fields(db.sql("""
                        update events set service_id = :service, team_member_id = :member, resource_instance_id = :instance,
                                          starts_at = :start, ends_at = :end, capacity = :capacity, price = :price,
                                          comment = :comment, updated_at = :now
                         where id = :id
                        """), d, now).param("id", current.id()).update();
        return current.id();
    }

    private static JdbcClient.StatementSpec fields(JdbcClient.StatementSpec sql, Draft d, Instant now) {
        return sql.param("service", d.serviceId())
                .param("member", d.memberId())
                .param("instance", d.instanceId())
                .param("start", Bookings.ts(d.start()))
                .param("end", Bookings.ts(d.end()))
                .param("capacity", d.capacity())
                .param("price", d.price())
                .param("comment", d.comment())
                .param("now", Bookings.ts(now));
    }

    /** The seats follow the event: its time and team member; each moved seat is told as a reschedule. */
    private void moveSeats(long locationId, Stored was, Draft now, Caller caller) {
        boolean moved = !was.start().equals(now.start()) || !was.end().equals(now.end());
        List<MovedSeat> seats = db.sql("""
                        update appointments
                           set starts_at = :start, ends_at = :end, busy_from = :start, busy_until = :end,
                               team_member_id = :member, updated_at = :now, version = version + 1
                         where event_id = :event and status not in ('cancelled', 'rejected')
                         returning id, sms_remain_hours, email_remain_hours
                        """)
                .param("event", was.id())
                .param("start", Bookings.ts(now.start()))
                .param("end", Bookings.ts(now.end()))
                .param("member", now.memberId())
                .param("now", Bookings.ts(clock.instant()))
                .query((rs, n) -> new MovedSeat(
                        rs.getLong("id"),
                        new ReminderHours(rs.getInt("sms_remain_hours"), rs.getInt("email_remain_hours"))))
                .list();
        if (!moved) {
            return;
        }
        for (MovedSeat seat : seats) {
            events.publishEvent(new AppointmentRescheduled(
                    locationId, seat.id(), was.start(), now.start(), now.end(), seat.reminders(), caller.userId()));
        }
    }

    /** A seat as the move left it: its appointment and the reminders it asked for. */
    private record MovedSeat(long id, ReminderHours reminders) {}

    private void readable(Caller caller, long locationId) {
        if (caller.user() == null) {
            access.requirePartner(caller, locationId);
        } else {
            access.require(caller, locationId, Right.VIEW_RECORDS);
        }
    }

    private static EventWire.View view(java.sql.ResultSet rs, ZoneId zone) throws java.sql.SQLException {
        Instant start = instant(rs.getObject("starts_at", OffsetDateTime.class));
        Instant end = instant(rs.getObject("ends_at", OffsetDateTime.class));
        Long member = (Long) rs.getObject("team_member_id");
        Long room = (Long) rs.getObject("resource_instance_id");
        BigDecimal price = rs.getBigDecimal("price");
        return new EventWire.View(
                rs.getLong("id"),
                rs.getLong("location_id"),
                rs.getLong("service_id"),
                member == null ? 0 : member,
                room == null ? List.of() : List.of(room),
                WireTime.local(start, zone),
                WireTime.iso(start, zone),
                end.getEpochSecond() - start.getEpochSecond(),
                rs.getInt("capacity"),
                rs.getInt("taken"),
                price != null ? price : rs.getBigDecimal("price_min"),
                rs.getString("comment"),
                rs.getBoolean("deleted"),
                new EventWire.ServiceRef(rs.getLong("service_id"), rs.getString("service_title")),
                member == null ? null : new EventWire.StaffRef(member, rs.getString("member_name")),
                room == null ? null : new EventWire.RoomRef(room, rs.getString("room_title")));
    }

    private static Instant instant(OffsetDateTime value) {
        return value.toInstant();
    }

    private static Long zeroIsNone(long id) {
        return id == 0 ? null : id;
    }
}
