package dev.kairos.booking;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.availability.Availability;
import dev.kairos.availability.AvailabilityQuery;
import dev.kairos.availability.Offer;
import dev.kairos.availability.ServiceRules;
import dev.kairos.clients.Clients;
import dev.kairos.clients.PhoneNumber;
import dev.kairos.directory.Location;
import dev.kairos.engine.BookingDecision;
import dev.kairos.engine.RejectionReason;
import dev.kairos.engine.Slot;
import dev.kairos.engine.TeamMemberId;
import dev.kairos.questionnaires.Intake;
import dev.kairos.refusal.Refused;
import dev.kairos.web.Envelope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Online booking: book_check and book_record. A booking is chosen against current availability,
 * then committed under row locks on what it books, after a re-check of the same availability; the
 * database's exclusion constraints refuse whatever slips past both. When "any" team member was
 * asked for and the chosen one is taken meanwhile, the next free member is tried.
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
    private final JsonMapper json;
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
            JsonMapper json,
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
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** The answer to a book_record: fresh, or the stored answer to an earlier request with the same key. */
    public record Outcome(int status, String body) {}

    /**
     * One booked appointment of a book_record answer.
     *
     * @param id the request's correlation id for it, echoed back
     * @param recordHash what lets the client read, move and cancel it without a user token
     */
    public record Booked(Long id, long recordId, String recordHash) {}

    /** Checks every appointment of a book_check; throws the first refusal. */
    public void check(long locationId, List<BookingWire.Appointment> appointments) {
        Location location = requests.location(locationId);
        List<BookingRequests.Wanted> wanted = requests.parse(location, appointments);
        choices(location, wanted, Map.of(), false);
    }

    /**
     * Books every appointment of a book_record, all or none. The caller's partner must cover the
     * location's chain: that is decided here, on the booking's own read of the location.
     */
    public Outcome book(Caller caller, long locationId, BookingWire.Record request, String idempotencyKey) {
        return book(caller, locationId, request, idempotencyKey, true);
    }

    /**
     * Books as {@link #book(Caller, long, BookingWire.Record, String)} does; without {@code
     * askQuestions} the services' questionnaires are not asked (a booking staff make for the client
     * from a waitlist or queue, where nobody was shown the questions).
     */
    Outcome book(
            Caller caller, long locationId, BookingWire.Record request, String idempotencyKey, boolean askQuestions) {
        Location location = requests.location(locationId);
        access.requirePartnerOfChain(caller, location.chainId());
        PhoneNumber phone = requests.phone(request.phone(), location);
        requests.requireName(request.fullname());
        BookingRequests.email(request.email(), "email");
        BookingRequests.reminders(request);
        List<BookingRequests.Wanted> wanted = requests.parse(location, request.appointments());
        Intake.Accepted answers = askQuestions ? answers(wanted, request) : Intake.Accepted.NONE;
        // Only a request with a key can be a retry; hashing the others would be wasted work.
        String requestHash = idempotencyKey == null ? null : requests.hash(request);
        Map<Integer, Set<Long>> lost = new HashMap<>();
        for (int attempt = 1; ; attempt++) {
            List<Choice> choices;
            try {
                choices = choices(location, wanted, lost, true);
            } catch (Refused refused) {
                // A retry of a request that has meanwhile succeeded finds its own booking in the way.
                var stored = idempotencyKey == null
                        ? java.util.Optional.<Idempotency.Stored>empty()
                        : idempotency.find(caller.partnerId(), idempotencyKey, requestHash);
                if (stored.isPresent()) {
                    return new Outcome(stored.get().status(), stored.get().body());
                }
                throw refused;
            }
            try {
                return transactions.execute(
                        tx -> commit(caller, location, request, phone, choices, answers, idempotencyKey, requestHash));
            } catch (Lost e) {
                BookingRequests.Wanted w = wanted.get(e.index);
                if (attempt >= MAX_ATTEMPTS || w.staffId() != 0 || e.member == null) {
                    throw Refusals.of(e.reason, w.correlationId());
                }
                lost.computeIfAbsent(e.index, i -> new HashSet<>()).add(e.member);
            }
        }
    }

    /**
     * What to book for each wanted appointment. Before a commit, a named team member needs no
     * availability read here: the commit reads it under the member's lock anyway, and refuses
     * with the same codes.
     */
    private List<Choice> choices(
            Location location, List<BookingRequests.Wanted> wanted, Map<Integer, Set<Long>> lost, boolean committing) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            BookingRequests.Wanted w = wanted.get(i);
            Choice named = committing && w.staffId() != 0 ? named(location, w, i) : null;
            choices.add(named != null ? named : choose(location, w, i, lost.getOrDefault(i, Set.of())));
        }
        rejectOverlaps(choices);
        return choices;
    }

    /** The named team member's choice, if every service is one of the location's and needs staff; else null. */
    private Choice named(Location location, BookingRequests.Wanted w, int index) {
        List<ServiceRules> services = availability.serviceRules(location.id(), w.services());
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

    private Choice choose(Location location, BookingRequests.Wanted w, int index, Set<Long> taken) {
        Offer offer = offer(location, w.services(), null, w.staffId(), w.start());
        BookingDecision decision = availability.check(offer, w.staffId(), w.start());
        if (decision instanceof BookingDecision.Rejected rejected) {
            throw Refusals.of(rejected.reason(), w.correlationId());
        }
        if (!offer.requiresStaff()) {
            return new Choice(index, w, null, offer.services());
        }
        if (w.staffId() == 0 && offer.services().stream().anyMatch(ServiceRules::customerMustSelectStaff)) {
            throw Refusals.of(Refusals.NO_STAFF, "Choose a team member for this service", w.correlationId());
        }
        Slot slot = ((BookingDecision.Bookable) decision).slot();
        Long member = slot.teamMembers().stream()
                .map(TeamMemberId::value)
                .filter(m -> !taken.contains(m))
                .findFirst()
                .orElseThrow(() -> Refusals.of(RejectionReason.NO_STAFF_AVAILABLE, w.correlationId()));
        return new Choice(index, w, member, offer.services());
    }

    /** Two appointments of one request for the same chosen team member must not overlap (437). */
    private static void rejectOverlaps(List<Choice> choices) {
        for (Choice a : choices) {
            for (Choice b : choices) {
                if (a.index < b.index
                        && a.member != null
                        && a.member.equals(b.member)
                        && a.wanted.staffId() != 0
                        && b.wanted.staffId() != 0
                        && overlap(a, b)) {
                    throw Refusals.of(
                            Refusals.OVERLAP_IN_REQUEST,
                            "Two appointments of this request overlap",
                            b.wanted.correlationId());
                }
            }
        }
    }

    private static boolean overlap(Choice a, Choice b) {
        NewAppointment.Times x = Plans.times(a.services, a.member, a.wanted.start());
        NewAppointment.Times y = Plans.times(b.services, b.member, b.wanted.start());
        return x.busyFrom().isBefore(y.busyUntil()) && y.busyFrom().isBefore(x.busyUntil());
    }

    private Outcome commit(
            Caller caller,
            Location location,
            BookingWire.Record request,
            PhoneNumber phone,
            List<Choice> choices,
            Intake.Accepted answers,
            String key,
            String requestHash) {
        if (key != null) {
            var stored = idempotency.claim(caller.partnerId(), key, requestHash);
            if (stored.isPresent()) {
                return new Outcome(stored.get().status(), stored.get().body());
            }
        }
        lockEverything(choices);
        long client = clients.findOrCreateIdByPhone(
                caller,
                location.chainId(),
                location.id(),
                phone,
                request.fullname().strip(),
                null,
                BookingRequests.email(request.email(), "email"));
        Instant now = clock.instant();
        List<Booked> booked = new ArrayList<>();
        for (Choice choice : choices) {
            String hash = BookingRequests.newHash();
            long id = insert(caller, location, request, client, phone, choice, hash, now);
            intake.store(id, choice.wanted.services(), answers);
            booked.add(new Booked(choice.wanted.correlationId(), id, hash));
        }
        String body = json.writeValueAsString(Envelope.of(booked));
        if (key != null) {
            idempotency.complete(caller.partnerId(), key, 201, body);
        }
        return new Outcome(201, body);
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

    private long insert(
            Caller caller,
            Location location,
            BookingWire.Record request,
            long client,
            PhoneNumber phone,
            Choice choice,
            String hash,
            Instant now) {
        BookingRequests.Wanted w = choice.wanted;
        long staff = choice.member == null ? 0 : choice.member;
        Offer fresh = offer(location, w.services(), choice.services, staff, w.start());
        BookingDecision decision = availability.check(fresh, staff, w.start());
        if (decision instanceof BookingDecision.Rejected rejected) {
            throw new Lost(choice.index, choice.member, rejected.reason());
        }
        Slot slot = ((BookingDecision.Bookable) decision).slot();
        NewAppointment appointment = new NewAppointment(
                location.id(),
                choice.member,
                client,
                null,
                Plans.times(fresh.services(), choice.member, w.start()),
                Plans.initialStatus(fresh.services()),
                true,
                "online",
                w.staffId() != 0,
                1,
                blank(request.comment()),
                blank(request.apiId()),
                hash,
                caller.userId(),
                request.fullname().strip(),
                phone.e164(),
                BookingRequests.email(request.email(), "email"),
                now,
                Plans.lines(fresh.services()),
                Plans.holds(fresh.services(), choice.member, slot),
                false,
                BookingRequests.reminders(request));
        try {
            long id = bookings.insert(appointment);
            activity.record(location.id(), caller, "created", "appointment", id, Map.of("source", "online"));
            events.publishEvent(new AppointmentBooked(
                    location.id(),
                    id,
                    appointment.firstServiceId(),
                    appointment.status(),
                    appointment.times().start(),
                    appointment.times().end(),
                    appointment.reminders(),
                    caller.userId()));
            return id;
        } catch (DataIntegrityViolationException e) {
            if (BookingRequests.isOverlap(e)) {
                throw new Lost(choice.index, choice.member, RejectionReason.SLOT_TAKEN);
            }
            throw e;
        }
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

    /** The availability of the start's day; {@code known}, when not null, are the services as already read. */
    private Offer offer(Location location, List<Long> services, List<ServiceRules> known, long staffId, Instant start) {
        LocalDate date = start.atZone(location.zone()).toLocalDate();
        return availability.prepare(
                AvailabilityQuery.online(location.id(), services, staffId, date, date), known, clock.instant());
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private record Choice(int index, BookingRequests.Wanted wanted, Long member, List<ServiceRules> services) {}

    /** The chosen time was taken between choosing and committing. */
    private static final class Lost extends RuntimeException {
        private final int index;
        private final Long member;
        private final RejectionReason reason;

        Lost(int index, Long member, RejectionReason reason) {
            super(null, null, false, false);
            this.index = index;
            this.member = member;
            this.reason = reason;
        }
    }
}
