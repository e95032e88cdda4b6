package dev.kairos.booking;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.clients.Client;
import dev.kairos.directory.Location;
import dev.kairos.questionnaires.Intake;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Appointments made and changed by staff (POST /records, PUT /record). They keep the same
 * no-overlap rule as online booking: what is booked is locked, then checked for other bookings and
 * working hours, and the exclusion constraints back it. Staff with the overbook right may book over
 * a conflict on purpose ({@code save_if_busy}); such an appointment is marked and logged.
 */
@Service
public class StaffBooking {

    private final RecordPlanner planner;
    private final Bookings bookings;
    private final Conflicts conflicts;
    private final BookingRequests requests;
    private final Lifecycle lifecycle;
    private final VisitGrouping visits;
    private final RecordViews views;
    private final RecordChanges changes;
    private final Intake intake;
    private final Access access;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffBooking(
            RecordPlanner planner,
            Bookings bookings,
            Conflicts conflicts,
            BookingRequests requests,
            Lifecycle lifecycle,
            VisitGrouping visits,
            RecordViews views,
            RecordChanges changes,
            Intake intake,
            Access access,
            ActivityLog activity,
            ApplicationEventPublisher events,
            Clock clock) {
        this.planner = planner;
        this.bookings = bookings;
        this.conflicts = conflicts;
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.visits = visits;
        this.views = views;
        this.changes = changes;
        this.intake = intake;
        this.access = access;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An appointment as a staff page books it.
     *
     * @param clientPhone null or blank for an appointment without a client
     * @param lengthSeconds null for the services' length with this team member
     * @param resourceInstanceId the room or device to hold when it is free and one of the kind the
     *     services need; null, or when it is not, any free one
     */
    public record Request(
            long staffId,
            List<Long> serviceIds,
            String clientPhone,
            String clientName,
            Instant start,
            Long lengthSeconds,
            String comment,
            Long resourceInstanceId) {}

    /** Creates the appointment a staff page asks for and returns its id; refusals as {@link #create(Caller, long, RecordWire.Record)}. */
    @Transactional
    public long create(Caller caller, long locationId, Request request) {
        return create(caller, locationId, StaffRequests.of(request), false);
    }

    /**
     * Moves the appointment to a new start and team member, everything else unchanged, under the
     * same no-overlap and working-hours checks as {@link #replace}.
     *
     * @throws ApiException 404 for an unknown or foreign appointment, 409 for a deleted one, 422 (code
     *     433) when the new time is taken or not a working time
     */
    @Transactional
    public void move(Caller caller, long locationId, long recordId, Instant start, long staffId) {
        update(caller, locationId, recordId, changes.moveTo(start, staffId));
    }

    /** Like {@link #update(Caller, long, long, JsonNode, IntPredicate)}, whatever the appointment's version. */
    @Transactional
    public void update(Caller caller, long locationId, long recordId, JsonNode body) {
        update(caller, locationId, recordId, body, version -> true);
    }

    /**
     * Changes the fields {@code body} names and keeps the others ({@code PUT /record}): a full
     * record replaces the appointment, a partial one changes only what it holds.
     *
     * @param expectedVersion which versions the caller's change was made on (HTTP If-Match)
     * @throws ApiException as {@link #replace}; 400 for a body that is not an object
     * @throws dev.kairos.refusal.Refused {@link RefusalCode#STALE} when the current version is not
     *     one expected
     */
    @Transactional
    public void update(Caller caller, long locationId, long recordId, JsonNode body, IntPredicate expectedVersion) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        bookings.lock(recordId)
                .filter(h -> h.locationId() == locationId)
                .orElseThrow(() -> ApiException.notFound("Record"));
        // Checked under the row lock: of two writers that read the same version, the second is refused.
        int version = bookings.version(locationId, recordId).orElseThrow();
        if (!expectedVersion.test(version)) {
            throw Refusal.of(
                            RefusalCode.STALE,
                            "The appointment has changed since it was read (now version " + version
                                    + "); read it again")
                    .exception();
        }
        RecordViews.RecordView current = views.find(locationId, recordId)
                .orElseThrow(() -> ApiException.notFound("Record"))
                .record(RecordViews.Include.NONE);
        replace(caller, locationId, recordId, changes.merge(current, bookings.technicalBreakSeconds(recordId), body));
    }

    /** The appointment's version, for an entity tag; empty for an unknown or another location's appointment. */
    public java.util.Optional<Integer> version(long locationId, long recordId) {
        return bookings.version(locationId, recordId);
    }

    /** Creates the appointment and returns its id; the answers to the services' questionnaires are required. */
    @Transactional
    public long create(Caller caller, long locationId, RecordWire.Record body) {
        return create(caller, locationId, body, true);
    }

    /**
     * Creates the appointment and returns its id; without {@code askQuestions} (the calendar, the
     * queue) the services' questionnaires are not asked.
     */
    @Transactional
    long create(Caller caller, long locationId, RecordWire.Record body, boolean askQuestions) {
        Location location = authorise(caller, locationId, body);
        RecordPlanner.Plan plan = planner.plan(caller, location, body);
        Intake.Accepted answers = askQuestions ? answers(plan, body) : Intake.Accepted.NONE;
        Bookings.Details details = details(plan, body, plan.clientConfirmed());
        Conflicts.Outcome checked = lockAndCheck(location, plan, null, body, false);
        Instant now = clock.instant();
        long id = write(() -> bookings.insert(appointment(
                location, plan, checked, body, caller, now, BookingRequests.newHash(), details.reminders())));
        bookings.setDetails(id, details);
        intake.store(id, serviceIds(plan), answers);
        activity.record(locationId, caller, "created", "appointment", id, logDetails(checked, "admin"));
        events.publishEvent(new AppointmentBooked(
                locationId,
                id,
                plan.lines().isEmpty() ? null : plan.lines().get(0).serviceId(),
                plan.status(),
                plan.times().start(),
                plan.times().end(),
                details.reminders(),
                caller.userId()));
        return id;
    }

    private Intake.Accepted answers(RecordPlanner.Plan plan, RecordWire.Record body) {
        Intake.Checked checked = intake.check(serviceIds(plan), body.answers());
        if (checked instanceof Intake.Rejected rejected) {
            throw rejected.refusal().exception();
        }
        return (Intake.Accepted) checked;
    }

    private static List<Long> serviceIds(RecordPlanner.Plan plan) {
        return plan.lines().stream().map(l -> l.serviceId()).distinct().toList();
    }

    /**
     * Replaces the appointment's fields with {@code body}'s, all of them. Keeping the appointment's
     * time, team member and services needs no free time: what it holds already stays held.
     */
    @Transactional
    void replace(Caller caller, long locationId, long recordId, RecordWire.Record body) {
        Location location = authorise(caller, locationId, body);
        Bookings.Held held = bookings.lock(recordId)
                .filter(h -> h.locationId() == locationId)
                .orElseThrow(() -> ApiException.notFound("Record"));
        if (held.status().deleted()) {
            throw new ApiException(
                    HttpStatus.CONFLICT, "A " + held.status().dbName() + " appointment cannot be changed", null);
        }
        RecordPlanner.Plan plan = planner.plan(caller, location, body);
        Bookings.Details details =
                details(plan, body, body.attendance() == null ? held.clientConfirmed() : plan.clientConfirmed());
        Conflicts.Outcome checked =
                lockAndCheck(location, plan, recordId, body, held.holdsAlready(plan, bookings.serviceIds(recordId)));
        Instant now = clock.instant();
        write(() -> {
            bookings.replace(
                    recordId,
                    appointment(location, plan, checked, body, caller, now, held.recordHash(), details.reminders()),
                    caller.userId());
            return recordId;
        });
        bookings.setDetails(recordId, details);
        if (!held.start()
                .atZone(location.zone())
                .toLocalDate()
                .equals(plan.times().start().atZone(location.zone()).toLocalDate())) {
            visits.regroup(
                    recordId,
                    locationId,
                    plan.client() == null ? null : plan.client().id(),
                    plan.times().start(),
                    plan.times().end());
        }
        events.publishEvent(
                held.start().equals(plan.times().start())
                                && held.end().equals(plan.times().end())
                        ? new AppointmentEdited(locationId, recordId, details.reminders(), caller.userId())
                        : new AppointmentRescheduled(
                                locationId,
                                recordId,
                                held.start(),
                                plan.times().start(),
                                plan.times().end(),
                                details.reminders(),
                                caller.userId()));
        if (body.attendance() != null) {
            lifecycle.setAttendance(caller, locationId, recordId, body.attendance());
        }
        activity.record(locationId, caller, "updated", "appointment", recordId, logDetails(checked, "admin"));
    }

    private Location authorise(Caller caller, long locationId, RecordWire.Record body) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        if (Boolean.TRUE.equals(body.saveIfBusy())) {
            access.require(caller, locationId, Right.OVERBOOK);
        }
        return requests.location(locationId);
    }

    /**
     * Locks what the plan books and finds what stands in its way; refused (433) unless the caller
     * overbooks on purpose or {@code heldAlready}: the appointment keeps the very time it holds.
     */
    private Conflicts.Outcome lockAndCheck(
            Location location, RecordPlanner.Plan plan, Long self, RecordWire.Record body, boolean heldAlready) {
        bookings.lockTeamMembers(plan.member() == null ? List.of() : List.of(plan.member()));
        bookings.lockServices(plan.staffFree().stream().map(s -> s.id()).toList());
        bookings.lockResources(List.copyOf(plan.resourceIds()));
        Conflicts.Outcome outcome = conflicts.check(location, plan, self);
        if (!outcome.problems().isEmpty() && !heldAlready && !Boolean.TRUE.equals(body.saveIfBusy())) {
            throw Refusals.of(
                    Refusals.TIME_TAKEN,
                    String.join("; ", outcome.problems())
                            + " (send save_if_busy to book anyway, with the right to overbook)",
                    self);
        }
        return outcome;
    }

    private static NewAppointment appointment(
            Location location,
            RecordPlanner.Plan plan,
            Conflicts.Outcome checked,
            RecordWire.Record body,
            Caller caller,
            Instant now,
            String hash,
            ReminderHours reminders) {
        Client client = plan.client();
        return new NewAppointment(
                location.id(),
                plan.member(),
                client == null ? null : client.id(),
                null,
                plan.times(),
                plan.status(),
                false,
                "admin",
                plan.member() != null,
                body.clientsCount() == null ? 1 : body.clientsCount(),
                text(body.comment(), 2000, "comment"),
                text(body.apiId(), 200, "api_id"),
                hash,
                caller.userId(),
                client == null ? "" : client.name(),
                client == null || client.phone() == null ? "" : client.phone().e164(),
                client == null ? "" : client.email(),
                now,
                plan.lines(),
                checked.holds(),
                !checked.problems().isEmpty(),
                reminders);
    }

    private static Bookings.Details details(RecordPlanner.Plan plan, RecordWire.Record body, boolean clientConfirmed) {
        return new Bookings.Details(
                clientConfirmed,
                BookingRequests.hours(body.smsRemainHours(), "sms_remain_hours"),
                BookingRequests.hours(body.emailRemainHours(), "email_remain_hours"),
                color(body.customColor()),
                color(body.customFontColor()),
                RecordParts.json(body.customFields()),
                plan.times().technicalBreakSeconds(),
                plan.labels());
    }

    private static long write(java.util.function.LongSupplier insert) {
        try {
            return insert.getAsLong();
        } catch (DataIntegrityViolationException e) {
            if (BookingRequests.isOverlap(e)) {
                throw Refusals.of(Refusals.TIME_TAKEN, "The selected time is already taken", null);
            }
            throw e;
        }
    }

    private static Map<String, Object> logDetails(Conflicts.Outcome checked, String source) {
        return checked.problems().isEmpty()
                ? Map.of("source", source)
                : Map.of("source", source, "overbooked", true, "conflicts", checked.problems());
    }

    private static String text(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw ApiException.invalid(field, "is longer than " + max + " characters");
        }
        return value == null ? "" : value;
    }

    private static String color(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String color = value.strip();
        if (!color.matches("#?[0-9a-fA-F]{6}")) {
            throw ApiException.invalid("custom_color", "must be a hex colour such as f44336 or #ffffff");
        }
        return color;
    }
}
