package dev.kairos.queue;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.clients.PhoneNumber;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.directory.TeamMembers;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import dev.kairos.staffbooking.DirectBooking;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The walk-in queue of a location: joining (front desk or the client's phone), calling (the next
 * ticket a team member can serve, or a chosen one), serving (an appointment starting now, Arrived,
 * booked through {@link DirectBooking}), cancelling and marking no-shows. Every move locks its
 * ticket and checks where it may come from, so a ticket is called once and served once; each
 * move's outcome is a {@link Step}.
 */
@Service
public class Queue {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Tickets tickets;
    private final Floor floor;
    private final Locations locations;
    private final TeamMembers members;
    private final DirectBooking booking;
    private final Access access;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Queue(
            Tickets tickets,
            Floor floor,
            Locations locations,
            TeamMembers members,
            DirectBooking booking,
            Access access,
            TransactionTemplate transactions,
            Clock clock) {
        this.tickets = tickets;
        this.floor = floor;
        this.locations = locations;
        this.members = members;
        this.booking = booking;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a client gives to join: the service, their name and, if they like, a phone number. */
    record Join(Long serviceId, String name, String phone) {}

    /**
     * Joins the queue. A staff user (with the right to edit records) joins someone at the front
     * desk; a partner-only caller, such as the public queue page, joins them online.
     */
    Step join(Caller caller, long locationId, Join join) {
        Location location = location(locationId);
        boolean desk = caller != null && caller.user() != null;
        if (desk) {
            access.require(caller, locationId, Right.EDIT_RECORDS);
        } else if (caller != null) {
            access.requirePartnerOfChain(caller, location.chainId());
        }
        Optional<Refusal> invalid = validate(location, join);
        if (invalid.isPresent()) {
            return new Step.Refused(invalid.get());
        }
        String phone = blank(join.phone())
                ? ""
                : PhoneNumber.parse(join.phone(), location.defaultRegion())
                        .orElseThrow()
                        .e164();
        Instant now = clock.instant();
        LocalDate day = today(location);
        return decide(() -> {
            int number = tickets.nextNumber(locationId, day);
            long id = tickets.insert(new Tickets.New(
                    locationId,
                    join.serviceId(),
                    day,
                    number,
                    join.name().strip(),
                    phone,
                    desk ? "desk" : "online",
                    newKey(),
                    now,
                    desk ? caller.userId() : null));
            return tickets.find(locationId, id).orElseThrow();
        });
    }

    private Optional<Refusal> validate(Location location, Join join) {
        if (join.serviceId() == null) {
            return Optional.of(Refusal.invalid("service_id", Fault.required()));
        }
        if (floor.service(location.id(), join.serviceId()).isEmpty()) {
            return Optional.of(Refusal.invalid(
                    "service_id",
                    Fault.of(
                            "fault.queue.service-unknown",
                            "is not a service of this location that takes queue tickets")));
        }
        if (blank(join.name())) {
            return Optional.of(Refusal.invalid("name", Fault.required()));
        }
        if (join.name().strip().length() > 200) {
            return Optional.of(Refusal.invalid("name", Fault.tooLong(200)));
        }
        if (!blank(join.phone())
                && PhoneNumber.parse(join.phone(), location.defaultRegion()).isEmpty()) {
            return Optional.of(Refusal.invalid("phone", Fault.of("fault.phone", "is not a phone number we can read")));
        }
        return Optional.empty();
    }

    /** Calls the next waiting ticket, in join order, whose service the team member performs. */
    Step callNext(Caller caller, long locationId, Long teamMemberId) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        Location location = location(locationId);
        Optional<Refusal> busy = caller(location, teamMemberId);
        if (busy.isPresent()) {
            return new Step.Refused(busy.get());
        }
        Instant now = clock.instant();
        return decide(() -> tickets.callFirst(locationId, today(location), teamMemberId, now, caller.userId())
                .flatMap(id -> tickets.find(locationId, id))
                .orElseThrow(() -> new Refused(Refusal.conflict(Fault.of(
                        "refusal.queue.nobody-waiting",
                        "Nobody is waiting for a service this team member performs")))));
    }

    /** Calls one chosen waiting ticket to the team member. */
    Step call(Caller caller, long locationId, long ticketId, Long teamMemberId) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        Location location = location(locationId);
        Optional<Refusal> busy = caller(location, teamMemberId);
        if (busy.isPresent()) {
            return new Step.Refused(busy.get());
        }
        Instant now = clock.instant();
        return move(locationId, ticketId, TicketStatus.CALLED, ticket -> {
            if (!floor.performs(teamMemberId, ticket.serviceId())) {
                throw new Refused(Refusal.invalid(
                        "team_member_id",
                        Fault.of("fault.event.member-not-performing", "does not perform this ticket's service")));
            }
            tickets.called(ticket.id(), teamMemberId, now, caller.userId());
        });
    }

    /**
     * Serves a called ticket: books an appointment starting now with the team member who called
     * it, Arrived, and links it to the ticket, in one transaction; refused (and nothing changed)
     * when the booking is refused, for example outside the team member's working hours.
     */
    Step serve(Caller caller, long locationId, long ticketId) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        Instant now = clock.instant();
        return move(locationId, ticketId, TicketStatus.SERVED, ticket -> {
            long appointment = booking.asStaff(
                    caller,
                    locationId,
                    new DirectBooking.StaffAppointment(
                            ticket.teamMemberId(),
                            ticket.serviceId(),
                            ticket.phone(),
                            ticket.name(),
                            now,
                            "Walk-in, queue ticket " + ticket.number() + ": " + ticket.name(),
                            true));
            tickets.served(ticket.id(), appointment, now, caller.userId());
        });
    }

    /** Cancels a waiting or called ticket (staff), or marks a called one a no-show. */
    Step end(Caller caller, long locationId, long ticketId, TicketStatus to) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        Instant now = clock.instant();
        return move(locationId, ticketId, to, ticket -> tickets.ended(ticket.id(), to, now, caller.userId()));
    }

    /** The client leaves the queue from their own ticket's page. */
    Step leave(long locationId, long ticketId, String key) {
        Instant now = clock.instant();
        return move(locationId, ticketId, TicketStatus.CANCELLED, ticket -> {
            if (!ticket.accessKey().equals(key)) {
                throw new Refused(Refusal.notFound("Ticket"));
            }
            tickets.ended(ticket.id(), TicketStatus.CANCELLED, now, null);
        });
    }

    /** One ticket, for staff. */
    Optional<Ticket> find(Caller caller, long locationId, long ticketId) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        return tickets.find(locationId, ticketId);
    }

    /** One ticket, for the client holding its link. */
    Optional<Ticket> own(long locationId, long ticketId, String key) {
        return tickets.find(locationId, ticketId).filter(t -> t.accessKey().equals(key));
    }

    /** The day's tickets of the given statuses (all when empty), for staff. */
    List<Ticket> list(Caller caller, long locationId, LocalDate day, List<TicketStatus> statuses) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        Location location = location(locationId);
        return tickets.ofDay(locationId, day == null ? today(location) : day, statuses);
    }

    /** Today's queue as it stands, with expected call times, for any page that shows it. */
    QueueState state(long locationId) {
        Location location = location(locationId);
        Instant now = clock.instant();
        List<Ticket> open =
                tickets.ofDay(locationId, today(location), List.of(TicketStatus.WAITING, TicketStatus.CALLED));
        return QueueState.of(
                location, now, open, floor.servers(location, now, called(open)), floor.members(locationId));
    }

    Location location(long locationId) {
        return locations
                .find(locationId)
                .filter(Location::active)
                .orElseThrow(() -> new Refused(Refusal.notFound("Location")));
    }

    List<Floor.QueueService> services(long locationId) {
        return floor.services(locationId);
    }

    private static List<Ticket> called(List<Ticket> open) {
        return open.stream().filter(t -> t.status() == TicketStatus.CALLED).toList();
    }

    /** Why the team member cannot call a ticket now, if they cannot. */
    private Optional<Refusal> caller(Location location, Long teamMemberId) {
        if (teamMemberId == null) {
            return Optional.of(Refusal.invalid("team_member_id", Fault.required()));
        }
        if (members.findAt(location.id(), teamMemberId).isEmpty()) {
            return Optional.of(Refusal.invalid(
                    "team_member_id",
                    Fault.of("fault.event.member-not-here", "is not a team member of this location")));
        }
        return tickets.calledBy(teamMemberId)
                .map(t -> Refusal.conflict(Fault.of(
                        "refusal.queue.serving-ticket",
                        "The team member is serving ticket " + t.number() + " already",
                        t.number())));
    }

    /** A move of one ticket under its row lock, refused unless the ticket's status allows it. */
    private Step move(long locationId, long ticketId, TicketStatus to, java.util.function.Consumer<Ticket> change) {
        return decide(() -> {
            Ticket ticket =
                    tickets.lock(locationId, ticketId).orElseThrow(() -> new Refused(Refusal.notFound("Ticket")));
            if (!to.mayFollow(ticket.status())) {
                throw new Refused(Refusal.conflict(Fault.of(
                        "refusal.queue.ticket-status",
                        "Ticket " + ticket.number() + " is " + ticket.status().dbName() + ": it cannot be "
                                + to.dbName() + " now",
                        ticket.number(),
                        word(ticket.status()),
                        word(to))));
            }
            change.accept(ticket);
            return tickets.find(locationId, ticketId).orElseThrow();
        });
    }

    /** Runs a change in its own transaction; a refusal rolls it back and comes out as a value. */
    private Step decide(Supplier<Ticket> change) {
        try {
            return new Step.Moved(transactions.execute(tx -> change.get()));
        } catch (Refused refused) {
            return new Step.Refused(refused.refusal());
        } catch (DuplicateKeyException e) {
            // Only one called ticket per team member: the same member called twice at once.
            return new Step.Refused(
                    Refusal.conflict(Fault.of("refusal.queue.serving", "The team member is serving a ticket already")));
        }
    }

    /** The status in the page's words. */
    private static MessageSourceResolvable word(TicketStatus status) {
        return Fault.word("queue.status." + status.dbName(), status.dbName());
    }

    LocalDate today(Location location) {
        return clock.instant().atZone(location.zone()).toLocalDate();
    }

    private static String newKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
