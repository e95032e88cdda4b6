package dev.kairos.staffbooking;

import dev.kairos.appointments.RecordParts;
import dev.kairos.appointments.RecordViews;
import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.booking.AppointmentBooked;
import dev.kairos.booking.AppointmentEdited;
import dev.kairos.booking.AppointmentRescheduled;
import dev.kairos.booking.BookingRequests;
import dev.kairos.booking.Bookings;
import dev.kairos.booking.NewAppointment;
import dev.kairos.booking.RecordPlanner;
import dev.kairos.booking.RecordWire;
import dev.kairos.booking.ReminderHours;
import dev.kairos.booking.VisitGrouping;
import dev.kairos.directory.Location;
import dev.kairos.questionnaires.Intake;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final TransactionTemplate transactions;
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
            TransactionTemplate transactions,
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
        this.transactions = transactions;
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

    /**
     * What a staff booking or change came to: the appointment saved (its id), or refused and why.
     * A refusal has rolled back everything the call wrote.
     */
    public sealed interface Outcome {
        record Saved(long id) implements Outcome {}

        record Refused(Refusal refusal) implements Outcome {}
    }

    /** Creates the appointment a staff page asks for; refused as {@link #create(Caller, long, RecordWire.Record)}. */
    public Outcome create(Caller caller, long locationId, Request request) {
        return decided(() -> create(caller, locationId, StaffRequests.of(request), false));
    }

    /**
     * Moves the appointment to a new start and team member, everything else unchanged, under the
     * same no-overlap and working-hours checks as {@link #replace}: refused {@link
     * RefusalCode#NOT_FOUND} for an unknown or foreign appointment, {@link RefusalCode#CONFLICT} for
     * a deleted one, {@link RefusalCode#TIME_TAKEN} when the new time is taken or not a working time.
     */
    public Outcome move(Caller caller, long locationId, long recordId, Instant start, long staffId) {
        return update(caller, locationId, recordId, changes.moveTo(start, staffId));
    }

    /** Like {@link #update(Caller, long, long, JsonNode, IntPredicate)}, whatever the appointment's version. */
    public Outcome update(Caller caller, long locationId, long recordId, JsonNode body) {
        return update(caller, locationId, recordId, body, version -> true);
    }

    /**
     * Changes the fields {@code body} names and keeps the others ({@code PUT /record}): a full
     * record replaces the appointment, a partial one changes only what it holds. Refused as {@link
     * #replace}, {@link RefusalCode#MALFORMED} for a body that is not an object, {@link
     * RefusalCode#STALE} when the current version is not one expected.
     *
     * @param expectedVersion which versions the caller's change was made on (HTTP If-Match)
     */
    public Outcome update(Caller caller, long locationId, long recordId, JsonNode body, IntPredicate expectedVersion) {
        return decided(() -> change(caller, locationId, recordId, body, expectedVersion));
    }

    /** Creates the appointment; the answers to the services' questionnaires are required. */
    public Outcome create(Caller caller, long locationId, RecordWire.Record body) {
        return decided(() -> create(caller, locationId, body, true));
    }

    /**
     * Runs {@code work} in a transaction of its own (or the caller's), a refusal thrown inside rolling
     * it back and coming out as a value.
     */
    private Outcome decided(LongSupplier work) {
        try {
            return new Outcome.Saved(transactions.execute(tx -> work.getAsLong()));
        } catch (Refused refused) {
            return new Outcome.Refused(refused.refusal());
        }
    }

    private long change(Caller caller, long locationId, long recordId, JsonNode body, IntPredicate expectedVersion) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        bookings.lock(recordId).filter(h -> h.locationId() == locationId).orElseThrow(() -> Refusal.notFound("Record")
                .exception());
        // Checked under the row lock: of two writers that read the same version, the second is refused.
        int version = bookings.version(locationId, recordId).orElseThrow();
        if (!expectedVersion.test(version)) {
            throw Refusal.of(
                            RefusalCode.STALE,
                            Fault.of(
                                    "refusal.stale-version",
                                    "The appointment has changed since it was read (now version " + version
                                            + "); read it again",
                                    version))
                    .exception();
        }
        RecordViews.RecordView current = views.find(locationId, recordId)
                .orElseThrow(() -> Refusal.notFound("Record").exception())
                .record(RecordViews.Include.NONE);
        replace(caller, locationId, recordId, changes.merge(current, bookings.technicalBreakSeconds(recordId), body));
        return recordId;
    }

    /**
     * Creates the appointment and returns its id; without {@code askQuestions} (the calendar, the
     * queue) the services' questionnaires are not asked.
     *
     * @throws Refused when refused, to roll back the transaction it joins
     */
    @Transactional
    long create(Caller caller, long locationId, RecordWire.Record body, boolean askQuestions) {
        Location location = authorise(caller, locationId, body);
        RecordPlanner.Plan plan = plan(caller, location, body);
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
                .orElseThrow(() -> Refusal.notFound("Record").exception());
        if (held.status().deleted()) {
            throw Refusal.conflict(Fault.of(
                            "refusal.status-unchangeable",
                            "A " + held.status().dbName() + " appointment cannot be changed",
                            held.status().word()))
                    .exception();
        }
        RecordPlanner.Plan plan = plan(caller, location, body);
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
            lifecycle
                    .setAttendance(caller, locationId, recordId, body.attendance())
                    .orThrow();
        }
        activity.record(locationId, caller, "updated", "appointment", recordId, logDetails(checked, "admin"));
    }

    /** The record's plan; a refusal thrown, to roll back the transaction (and a client planning made). */
    private RecordPlanner.Plan plan(Caller caller, Location location, RecordWire.Record body) {
        RecordPlanner.Planning planning = planner.plan(caller, location, body);
        if (planning instanceof RecordPlanner.Unplannable refused) {
            throw refused.refusal().exception();
        }
        return (RecordPlanner.Plan) planning;
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
            throw Refusal.of(RefusalCode.TIME_TAKEN, overbookable(Fault.joined(outcome.problems())), self)
                    .exception();
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
        String comment = text(body.comment(), 2000, "comment");
        String apiId = text(body.apiId(), 200, "api_id");
        return new NewAppointment(
                location.id(),
                plan.member(),
                null,
                plan.times(),
                plan.status(),
                NewAppointment.ClientSnapshot.of(plan.client()),
                NewAppointment.Origin.admin(apiId, hash, caller.userId(), now),
                NewAppointment.Terms.of(comment, reminders)
                        .withClientsCount(body.clientsCount() == null ? 1 : body.clientsCount())
                        .withMasterRequested(plan.member() != null)
                        .withOverbooked(!checked.problems().isEmpty()),
                plan.lines(),
                checked.holds());
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
                throw Refusal.of(
                                RefusalCode.TIME_TAKEN,
                                Fault.of("refusal.time-taken", "The selected time is already taken"),
                                null)
                        .exception();
            }
            throw e;
        }
    }

    /** The API tells its clients how to book anyway; a page that offers no overbooking shows the problems only. */
    private static Fault overbookable(Fault problems) {
        return problems.saying(problems.english() + " (send save_if_busy to book anyway, with the right to overbook)");
    }

    private static Map<String, Object> logDetails(Conflicts.Outcome checked, String source) {
        return checked.problems().isEmpty()
                ? Map.of("source", source)
                : Map.of(
                        "source",
                        source,
                        "overbooked",
                        true,
                        "conflicts",
                        checked.problems().stream().map(Fault::english).toList());
    }

    private static String text(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw Refusal.invalid(field, Fault.tooLong(max)).exception();
        }
        return value == null ? "" : value;
    }

    private static String color(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String color = value.strip();
        if (!color.matches("#?[0-9a-fA-F]{6}")) {
            throw Refusal.invalid(
                            "custom_color",
                            Fault.of("fault.hex-colour", "must be a hex colour such as f44336 or #ffffff"))
                    .exception();
        }
        return color;
    }
}
