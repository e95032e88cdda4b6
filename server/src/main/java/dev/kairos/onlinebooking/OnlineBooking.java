package dev.kairos.onlinebooking;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.availability.Availability;
import dev.kairos.availability.AvailabilityQuery;
import dev.kairos.availability.Offer;
import dev.kairos.availability.ServiceRules;
import dev.kairos.availability.SharedLocks;
import dev.kairos.booking.AppointmentBooked;
import dev.kairos.booking.AppointmentWriter;
import dev.kairos.booking.BookingRequests;
import dev.kairos.booking.BookingWire;
import dev.kairos.booking.Bookings;
import dev.kairos.booking.NewAppointment;
import dev.kairos.booking.Refusals;
import dev.kairos.clients.ClientByPhone;
import dev.kairos.clients.Clients;
import dev.kairos.clients.PhoneNumber;
import dev.kairos.directory.Location;
import dev.kairos.engine.BookingDecision;
import dev.kairos.engine.RejectionReason;
import dev.kairos.engine.Slot;
import dev.kairos.engine.TeamMemberId;
import dev.kairos.questionnaires.Intake;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Online booking: book_check and book_record. A booking is chosen against current availability,
 * then committed under row locks on what it books, after a re-check of the same availability; the
 * database's exclusion constraints refuse whatever slips past both. When "any" team member was
 * asked for and the chosen one is taken meanwhile, the next free member is tried. The location's
 * rules come from its snapshot, which the re-check holds to the rules' version in the database.
 */
@Service
public class OnlineBooking {

    private static final int MAX_ATTEMPTS = 8;

    private final Access access;
    private final Availability availability;
    private final Bookings bookings;
    private final Clients clients;
    private final ActivityLog activity;
    private final Idempotency idempotency;
    private final Intake intake;
    private final BookingRequests requests;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OnlineBooking(
            Access access,
            Availability availability,
            Bookings bookings,
            Clients clients,
            ActivityLog activity,
            Idempotency idempotency,
            Intake intake,
            BookingRequests requests,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.access = access;
        this.availability = availability;
        this.bookings = bookings;
        this.clients = clients;
        this.activity = activity;
        this.idempotency = idempotency;
        this.intake = intake;
        this.requests = requests;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** What a book_record came to. */
    public sealed interface Result {
        /** Booked now: one appointment per appointment of the request, in its order. */
        record Booked(List<BookedAppointment> appointments) implements Result {}

        /** A request with the same key completed before: the answer it was given, as stored then. */
        record Replayed(int status, String body) implements Result {}

        record Refused(Refusal refusal) implements Result {}
    }

    /** One booked appointment: the request's id for it (null when none was sent), its id and its hash. */
    @Schema(name = "BookedRecord", example = """
            {"id": 1, "record_id": 4711, "record_hash": "a41f0c9e2b7d4c1f8e0a6b3d5c9f2e17"}""")
    public record BookedAppointment(Long id, long recordId, String recordHash) {}

    /**
     * Checks every appointment of a book_check; empty when every one could be booked, else the
     * first refusal.
     */
    public Optional<Refusal> check(long locationId, List<BookingWire.Appointment> appointments) {
        try {
            Location location = requests.location(locationId);
            List<BookingRequests.Wanted> wanted = requests.parse(location, appointments);
            return choices(location, wanted, Map.of(), false) instanceof Miss miss
                    ? Optional.of(miss.refusal())
                    : Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused.refusal());
        }
    }

    /**
     * Books every appointment of a book_record, all or none. The caller's partner must cover the
     * location's chain: that is decided here, on the booking's own read of the location.
     *
     * @param idempotencyKey null for a request without one
     * @param answer the answer the caller gives for what was booked, stored under {@code
     *     idempotencyKey} for a retry (not used without a key)
     */
    public Result book(
            Caller caller,
            long locationId,
            BookingWire.Record request,
            String idempotencyKey,
            Function<List<BookedAppointment>, String> answer) {
        return book(caller, locationId, request, idempotencyKey, answer, true);
    }

    /**
     * Books as {@link #book(Caller, long, BookingWire.Record, String, Function)} does; without {@code
     * askQuestions} the services' questionnaires are not asked (a booking staff make for the client
     * from a waitlist or queue, where nobody was shown the questions).
     */
    public Result book(
            Caller caller,
            long locationId,
            BookingWire.Record request,
            String idempotencyKey,
            Function<List<BookedAppointment>, String> answer,
            boolean askQuestions) {
        try {
            Location location = requests.location(locationId);
            access.requirePartnerOfChain(caller, location.chainId());
            PhoneNumber phone = requests.phone(request.phone(), location);
            requests.requireName(request.fullname());
            BookingRequests.email(request.email(), "email");
            BookingRequests.reminders(request);
            List<BookingRequests.Wanted> wanted = requests.parse(location, request.appointments());
            Intake.Accepted answers = askQuestions ? answers(wanted, request) : Intake.Accepted.NONE;
            Request r = new Request(caller, location, request, phone, wanted, answers, idempotencyKey, answer);
            return attempts(r);
        } catch (Refused refused) {
            // Refused while reading the request, or inside a booking transaction it rolled back.
            return new Result.Refused(refused.refusal());
        }
    }

    /**
     * Chooses and commits until the booking holds; when "any" team member was asked for and the
     * one chosen was taken meanwhile, chooses again without her.
     */
    private Result attempts(Request r) {
        // Only a request with a key can be a retry; hashing the others would be wasted work.
        String requestHash = r.key == null ? null : requests.hash(r.request);
        Map<Integer, Set<Long>> lost = new HashMap<>();
        for (int attempt = 1; ; attempt++) {
            Pick picked = choices(r.location, r.wanted, lost, true);
            if (picked instanceof Miss miss) {
                // A retry of a request that has meanwhile succeeded finds its own booking in the way.
                return stored(r, requestHash)
                        .<Result>map(stored -> new Result.Replayed(stored.status(), stored.body()))
                        .orElseGet(() -> new Result.Refused(miss.refusal()));
            }
            List<Choice> choices = ((Picked) picked).choices();
            Attempt done = transactions.execute(tx -> commit(r, choices, requestHash, tx));
            if (done instanceof Attempt.Done committed) {
                return committed.result();
            }
            Attempt.Lost taken = (Attempt.Lost) done;
            BookingRequests.Wanted w = r.wanted.get(taken.index());
            if (attempt >= MAX_ATTEMPTS) {
                return new Result.Refused(Refusals.of(taken.reason(), w.correlationId()));
            }
            if (taken.again()) {
                // Another booking took the room instance chosen, or two bookings' inserts waited for
                // each other: the next attempt's re-check sees the other booking, and chooses
                // another instance or refuses. Or the services' rules changed since the choice: the
                // next attempt chooses on the new ones.
                continue;
            }
            if (w.staffId() != 0 || taken.member() == null) {
                return new Result.Refused(Refusals.of(taken.reason(), w.correlationId()));
            }
            lost.computeIfAbsent(taken.index(), i -> new HashSet<>()).add(taken.member());
        }
    }

    private Optional<Idempotency.Stored> stored(Request r, String requestHash) {
        return r.key == null ? Optional.empty() : idempotency.find(r.caller.partnerId(), r.key, requestHash);
    }

    /**
     * What to book for each wanted appointment, or the first refusal. Before a commit, a named team
     * member needs no availability read here: the commit reads it under the member's lock anyway,
     * and refuses with the same codes.
     */
    private Pick choices(
            Location location, List<BookingRequests.Wanted> wanted, Map<Integer, Set<Long>> lost, boolean committing) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            BookingRequests.Wanted w = wanted.get(i);
            Choice named = committing && w.staffId() != 0 ? named(location, w, i) : null;
            Pick pick = named != null ? named : choose(location, w, i, lost.getOrDefault(i, Set.of()));
            if (pick instanceof Miss miss) {
                return miss;
            }
            choices.add((Choice) pick);
        }
        return overlap(choices).<Pick>map(Miss::new).orElseGet(() -> new Picked(choices));
    }

    /**
     * The named team member's choice, if every service is one of the location's and needs staff;
     * else null. The services are the location's snapshot's, perhaps stale: the commit checks them
     * against the rules' version in its transaction, and chooses again when they changed.
     */
    private Choice named(Location location, BookingRequests.Wanted w, int index) {
        List<ServiceRules> services = availability.snapshotServiceRules(location.id(), w.services());
        boolean plain =
                services.size() == w.services().size() && services.stream().allMatch(ServiceRules::requiresStaff);
        if (!plain) {
            return null;
        }
        Map<Long, ServiceRules> byId = new HashMap<>();
        services.forEach(s -> byId.put(s.id(), s));
        return new Choice(
                index, w, w.staffId(), w.services().stream().map(byId::get).toList());
    }

    private Pick choose(Location location, BookingRequests.Wanted w, int index, Set<Long> taken) {
        Offer offer = offer(location, w.services(), w.staffId(), w.start());
        BookingDecision decision = availability.check(offer, w.staffId(), w.start());
        if (decision instanceof BookingDecision.Rejected rejected) {
            return new Miss(Refusals.of(rejected.reason(), w.correlationId()));
        }
        if (!offer.requiresStaff()) {
            return new Choice(index, w, null, offer.services());
        }
        if (w.staffId() == 0 && offer.services().stream().anyMatch(ServiceRules::customerMustSelectStaff)) {
            return new Miss(Refusal.of(
                    RefusalCode.NO_STAFF,
                    Fault.of("refusal.choose-member", "Choose a team member for this service"),
                    w.correlationId()));
        }
        Slot slot = ((BookingDecision.Bookable) decision).slot();
        return slot.teamMembers().stream()
                .map(TeamMemberId::value)
                .filter(m -> !taken.contains(m))
                .findFirst()
                .<Pick>map(member -> new Choice(index, w, member, offer.services()))
                .orElseGet(() -> new Miss(Refusals.of(RejectionReason.NO_STAFF_AVAILABLE, w.correlationId())));
    }

    /** Two appointments of one request for the same chosen team member must not overlap (437). */
    private static Optional<Refusal> overlap(List<Choice> choices) {
        for (Choice a : choices) {
            for (Choice b : choices) {
                if (a.index < b.index
                        && a.member != null
                        && a.member.equals(b.member)
                        && a.wanted.staffId() != 0
                        && b.wanted.staffId() != 0
                        && overlap(a, b)) {
                    return Optional.of(Refusal.of(
                            RefusalCode.OVERLAP_IN_REQUEST,
                            Fault.of("refusal.overlap-in-request", "Two appointments of this request overlap"),
                            b.wanted.correlationId()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean overlap(Choice a, Choice b) {
        NewAppointment.Times x = Plans.times(a.services, a.member, a.wanted.start());
        NewAppointment.Times y = Plans.times(b.services, b.member, b.wanted.start());
        return x.busyFrom().isBefore(y.busyUntil()) && y.busyFrom().isBefore(x.busyUntil());
    }

    /**
     * Books the choices in one transaction, each re-checked under the locks; a choice taken
     * meanwhile rolls the transaction back, so that no appointment of the request stays.
     */
    private Attempt commit(Request r, List<Choice> choices, String requestHash, TransactionStatus tx) {
        long partner = r.caller.partnerId();
        if (r.key != null) {
            var stored = idempotency.claim(partner, r.key, requestHash);
            if (stored.isPresent()) {
                return new Attempt.Done(
                        new Result.Replayed(stored.get().status(), stored.get().body()));
            }
        }
        SharedLocks shared = locks(choices);
        Instant now = clock.instant();
        List<BookedAppointment> booked = new ArrayList<>();
        for (Choice choice : choices) {
            BookingRequests.Wanted w = choice.wanted;
            long staff = choice.member == null ? 0 : choice.member;
            Offer fresh = recheck(r.location, w.services(), staff, w.start(), shared);
            shared = SharedLocks.NONE;
            if (!sameLocks(choice.services, fresh.services())) {
                // The services changed since they were chosen (their rooms, or whether they need
                // staff): the locks taken were not theirs. The next attempt chooses on the new rules.
                return lost(tx, choice, RejectionReason.SLOT_TAKEN, true);
            }
            BookingDecision decision = availability.check(fresh, staff, w.start());
            if (decision instanceof BookingDecision.Rejected rejected) {
                return lost(tx, choice, rejected.reason(), false);
            }
            String hash = BookingRequests.newHash();
            NewAppointment appointment =
                    appointment(r, choice, fresh, ((BookingDecision.Bookable) decision).slot(), hash, now);
            Written written = insert(r, appointment);
            if (written.taken() != null) {
                return lost(tx, choice, RejectionReason.SLOT_TAKEN, written.taken() != Taken.TEAM_MEMBER);
            }
            intake.store(written.id(), w.services(), r.answers);
            booked.add(new BookedAppointment(w.correlationId(), written.id(), hash));
        }
        if (r.key != null) {
            idempotency.complete(partner, r.key, 201, r.answer.apply(booked));
        }
        return new Attempt.Done(new Result.Booked(List.copyOf(booked)));
    }

    /** The choice was taken between choosing and committing: nothing of this attempt may stay. */
    private static Attempt lost(TransactionStatus tx, Choice choice, RejectionReason reason, boolean again) {
        tx.setRollbackOnly();
        return new Attempt.Lost(choice.index, choice.member, reason, again);
    }

    /**
     * The locks of a booking. Where every conflict is an exclusion constraint's (team members and
     * resource instances), the constraint is the lock: the members and resources are only held in
     * share mode, taken with the first re-check's read, so that bookings never wait for one
     * another and a group event (which takes them exclusively) cannot slip between a re-check and
     * its insert. Staff-free services count their capacity, which no constraint holds: such a
     * request locks everything exclusively first and re-checks under the locks.
     */
    private SharedLocks locks(List<Choice> choices) {
        if (choices.stream().anyMatch(c -> c.member == null)) {
            lockEverything(choices);
            return SharedLocks.NONE;
        }
        Set<Long> members = new HashSet<>();
        Set<Long> resources = new HashSet<>();
        for (Choice c : choices) {
            members.add(c.member);
            c.services.forEach(s -> resources.addAll(s.resourceIds()));
        }
        return new SharedLocks(members, resources);
    }

    private void lockEverything(List<Choice> choices) {
        Set<Long> members = new HashSet<>();
        Set<Long> staffFree = new HashSet<>();
        Set<Long> resources = new HashSet<>();
        for (Choice c : choices) {
            if (c.member != null) {
                members.add(c.member);
            } else {
                c.services.forEach(s -> staffFree.add(s.id()));
            }
            c.services.forEach(s -> resources.addAll(s.resourceIds()));
        }
        bookings.lockTeamMembers(members);
        bookings.lockServices(staffFree);
        bookings.lockResources(resources);
    }

    /** The appointment to write; its client is found or made by the same statement ({@link #insert}). */
    private NewAppointment appointment(Request r, Choice choice, Offer fresh, Slot slot, String hash, Instant now) {
        BookingRequests.Wanted w = choice.wanted;
        return new NewAppointment(
                r.location.id(),
                choice.member,
                null,
                Plans.times(fresh.services(), choice.member, w.start()),
                Plans.initialStatus(fresh.services()),
                new NewAppointment.ClientSnapshot(
                        null,
                        r.request.fullname().strip(),
                        r.phone.e164(),
                        BookingRequests.email(r.request.email(), "email")),
                NewAppointment.Origin.online(blank(r.request.apiId()), hash, r.caller.userId(), now),
                NewAppointment.Terms.of(blank(r.request.comment()), BookingRequests.reminders(r.request))
                        .withMasterRequested(w.staffId() != 0),
                Plans.lines(fresh.services()),
                Plans.holds(fresh.services(), choice.member, slot));
    }

    /**
     * Writes the appointment with its client in one statement, after the re-check, which took the
     * share locks: the same lock order as every other writer (team member, then client), and no
     * client made for a refusal. Refused when an exclusion constraint found its team member's or a
     * room's time taken, or when PostgreSQL chose it as the deadlock victim of bookings written at
     * once whose inserts wait for each other (two appointments of one request, say, each of whose
     * times the other booking holds).
     */
    private Written insert(Request r, NewAppointment appointment) {
        ClientByPhone client = new ClientByPhone(
                r.location.chainId(),
                r.location.id(),
                r.phone,
                r.request.fullname(),
                null,
                BookingRequests.email(r.request.email(), "email"));
        AppointmentWriter.WithClient outcome;
        try {
            outcome = bookings.insertWithClient(appointment, client);
        } catch (DataAccessException e) {
            if (BookingRequests.isDeadlock(e)) {
                return new Written(0, Taken.EITHER);
            }
            throw e;
        }
        if (outcome instanceof AppointmentWriter.WithClient.Taken taken) {
            return new Written(0, taken.room() ? Taken.ROOM : Taken.TEAM_MEMBER);
        }
        AppointmentWriter.WithClient.Written written = (AppointmentWriter.WithClient.Written) outcome;
        long id = written.appointmentId();
        if (written.clientCreated()) {
            clients.recordCreated(r.caller, client, written.clientId());
        }
        activity.record(r.location.id(), r.caller, "created", "appointment", id, Map.of("source", "online"));
        events.publishEvent(new AppointmentBooked(
                r.location.id(),
                id,
                appointment.firstServiceId(),
                appointment.status(),
                appointment.times().start(),
                appointment.times().end(),
                appointment.terms().reminders(),
                r.caller.userId()));
        return new Written(id, null);
    }

    /** What an insert came to: the appointment's id, or whose time a constraint found taken. */
    private record Written(long id, Taken taken) {}

    /** Whose time an exclusion constraint found taken. */
    private enum Taken {
        TEAM_MEMBER,
        ROOM,
        /** Not known: another booking of overlapping time was being written at the same moment. */
        EITHER
    }

    /** The answers to every questionnaire the request's services ask; refused when one is missing or wrong. */
    private Intake.Accepted answers(List<BookingRequests.Wanted> wanted, BookingWire.Record request) {
        List<Long> services =
                wanted.stream().flatMap(w -> w.services().stream()).distinct().toList();
        Intake.Checked checked = intake.check(services, request.answers());
        if (checked instanceof Intake.Rejected rejected) {
            throw rejected.refusal().exception();
        }
        return (Intake.Accepted) checked;
    }

    /** The availability of the start's day. */
    private Offer offer(Location location, List<Long> services, long staffId, Instant start) {
        return availability.prepare(query(location, services, staffId, start), clock.instant());
    }

    /**
     * The availability of the start's day inside the booking's transaction, {@code shared} locked
     * first: the location's rules are its snapshot's when their version (read after the locks) is
     * the snapshot's, else read again.
     */
    private Offer recheck(Location location, List<Long> services, long staffId, Instant start, SharedLocks shared) {
        return availability.prepareBooking(
                query(location, services, staffId, start), clock.instant(), shared, location.zone());
    }

    private static AvailabilityQuery query(Location location, List<Long> services, long staffId, Instant start) {
        LocalDate date = start.atZone(location.zone()).toLocalDate();
        return AvailabilityQuery.online(location.id(), services, staffId, date, date);
    }

    /** Whether the services as re-checked need the locks taken for them as chosen: the same rooms, staff or not. */
    private static boolean sameLocks(List<ServiceRules> chosen, List<ServiceRules> fresh) {
        if (chosen.size() != fresh.size()) {
            return false;
        }
        for (int i = 0; i < chosen.size(); i++) {
            if (chosen.get(i).id() != fresh.get(i).id()
                    || chosen.get(i).requiresStaff() != fresh.get(i).requiresStaff()
                    || !chosen.get(i).resourceIds().equals(fresh.get(i).resourceIds())) {
                return false;
            }
        }
        return true;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    /** A book_record read and validated, with what the caller answers for it. */
    private record Request(
            Caller caller,
            Location location,
            BookingWire.Record request,
            PhoneNumber phone,
            List<BookingRequests.Wanted> wanted,
            Intake.Accepted answers,
            String key,
            Function<List<BookedAppointment>, String> answer) {}

    /** A choice for each wanted appointment, or why there is none. */
    private sealed interface Pick {}

    private record Choice(int index, BookingRequests.Wanted wanted, Long member, List<ServiceRules> services)
            implements Pick {}

    private record Picked(List<Choice> choices) implements Pick {}

    private record Miss(Refusal refusal) implements Pick {}

    /** What one booking transaction came to: done (booked or replayed), or a choice taken meanwhile. */
    private sealed interface Attempt {
        record Done(Result result) implements Attempt {}

        /**
         * @param again whether to choose again without excluding the member (a room was taken, two
         *     inserts deadlocked, or the services' rules changed since the choice)
         */
        record Lost(int index, Long member, RejectionReason reason, boolean again) implements Attempt {}
    }
}
