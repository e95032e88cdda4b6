package dev.kairos.waitlist;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import dev.kairos.staffbooking.DirectBooking;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The waitlist of a location: joining (online or at the desk), leaving, accepting an offer (booked
 * as the client would book it, through book_record's locked re-check) and staff booking an entry
 * by hand (through staff booking's). Each move locks its entry and checks where it may come from,
 * so an offer is accepted once; each outcome is a {@link Result}.
 */
@Service
public class Waitlist {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A client's change without the key of their link. */
    static final Fault KEY_REQUIRED = Fault.of("fault.waitlist.key", "is required: the key of the client's link");

    private final Entries entries;
    private final Choices choices;
    private final WishCheck check;
    private final Locations locations;
    private final DirectBooking booking;
    private final Access access;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Waitlist(
            Entries entries,
            Choices choices,
            WishCheck check,
            Locations locations,
            DirectBooking booking,
            Access access,
            TransactionTemplate transactions,
            Clock clock) {
        this.entries = entries;
        this.choices = choices;
        this.check = check;
        this.locations = locations;
        this.booking = booking;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** How a move went: the entry as it now is, or why it was refused. */
    sealed interface Result {
        record Done(Entry entry) implements Result {}

        record Refused(Refusal refusal) implements Result {}
    }

    /** Whether clients may join the waitlist of the service: an active service of the location with a waitlist. */
    public boolean takes(long locationId, long serviceId) {
        return choices.waitlisted(locationId, serviceId);
    }

    /** Joins: a staff user (right to edit records) at the desk, or a partner-only caller online. */
    Result join(Caller caller, long locationId, WishBody body) {
        Location location = location(locationId);
        boolean desk = caller.user() != null;
        if (desk) {
            access.require(caller, locationId, Right.EDIT_RECORDS);
        } else {
            access.requirePartnerOfChain(caller, location.chainId());
        }
        WishCheck.Checked checked;
        try {
            checked = check.check(location, body, clock.instant());
        } catch (Refused refused) {
            return new Result.Refused(refused.refusal());
        }
        Instant now = clock.instant();
        return decide(() -> {
            long id = entries.insert(
                    locationId,
                    body.serviceId(),
                    checked.teamMemberId(),
                    checked.wish(),
                    checked.contact(),
                    desk ? "desk" : "online",
                    newKey(),
                    now,
                    desk ? caller.userId() : null);
            return entries.find(locationId, id).orElseThrow();
        });
    }

    /**
     * Accepts the entry's offer: books the offered time as the client, and marks the entry
     * fulfilled with its appointment, in one transaction. Exactly one of two accepts at once wins;
     * when the time was taken meanwhile, the entry goes back to waiting and the client is told.
     *
     * @param key the entry's secret; null when staff accept for the client
     */
    Result accept(Caller caller, long locationId, long entryId, String key) {
        Location location = location(locationId);
        if (caller.user() != null) {
            access.require(caller, locationId, Right.EDIT_RECORDS);
        } else {
            access.requirePartnerOfChain(caller, location.chainId());
            if (key == null || key.isBlank()) {
                return new Result.Refused(Refusal.invalid("key", KEY_REQUIRED));
            }
        }
        Instant now = clock.instant();
        Result result = decide(() -> {
            Entry entry = lock(locationId, entryId, key);
            if (entry.status() != EntryStatus.OFFERED) {
                throw new Refused(Refusal.conflict(Fault.of(
                        "refusal.waitlist.no-offer",
                        "There is no open offer: the entry is " + entry.status().dbName(),
                        word(entry.status()))));
            }
            if (!now.isBefore(entry.offer().expiresAt())) {
                throw new Refused(
                        Refusal.conflict(Fault.of("refusal.waitlist.offer-expired", "The offer has expired")));
            }
            // The offer holds its time from everyone, this booking included: close it first. A
            // refused booking rolls this back with the rest, and the offer holds again.
            entries.closeOffer(entry.id(), now);
            DirectBooking.Booked booked = booking.asClient(
                    caller,
                    locationId,
                    new DirectBooking.ClientAppointment(
                            entry.offer().teamMemberId(),
                            entry.serviceId(),
                            entry.contact().phone(),
                            entry.contact().name(),
                            entry.contact().email().isEmpty()
                                    ? null
                                    : entry.contact().email(),
                            entry.offer().start(),
                            "From the waitlist"));
            entries.fulfilled(entry.id(), booked.appointmentId(), now, caller.userId());
            return entries.find(locationId, entryId).orElseThrow();
        });
        if (result instanceof Result.Refused refused && refused.refusal().code() == RefusalCode.TIME_TAKEN) {
            // The time went to someone else before the client accepted: they wait for the next one.
            transactions.executeWithoutResult(tx -> entries.reactivated(entryId));
        }
        return result;
    }

    /** Staff book the entry by hand at a time they choose, with the team member they choose. */
    Result book(Caller caller, long locationId, long entryId, Instant start, Long memberId) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        if (start == null) {
            return new Result.Refused(Refusal.invalid("datetime", Fault.required()));
        }
        Instant now = clock.instant();
        return decide(() -> {
            Entry entry = lock(locationId, entryId, null);
            if (!EntryStatus.FULFILLED.mayFollow(entry.status())) {
                throw new Refused(Refusal.conflict(Fault.of(
                        "refusal.waitlist.entry-status",
                        "The entry is " + entry.status().dbName(),
                        word(entry.status()))));
            }
            Long member = memberId != null ? memberId : entry.teamMemberId();
            if (member == null) {
                throw new Refused(Refusal.invalid(
                        "team_member_id",
                        Fault.of("fault.waitlist.member-needed", "is required: the entry asks for any team member")));
            }
            long appointment = booking.asStaff(
                    caller,
                    locationId,
                    new DirectBooking.StaffAppointment(
                            member,
                            entry.serviceId(),
                            entry.contact().phone(),
                            entry.contact().name(),
                            start,
                            "From the waitlist",
                            false));
            entries.fulfilled(entry.id(), appointment, now, caller.userId());
            return entries.find(locationId, entryId).orElseThrow();
        });
    }

    /** Leaves the waitlist: staff (key null, right to edit records) or the client with the entry's key. */
    Result cancel(Caller caller, long locationId, long entryId, String key) {
        Location location = location(locationId);
        if (key == null) {
            access.require(caller, locationId, Right.EDIT_RECORDS);
        } else {
            access.requirePartnerOfChain(caller, location.chainId());
        }
        Instant now = clock.instant();
        return decide(() -> {
            Entry entry = lock(locationId, entryId, key);
            if (!EntryStatus.CANCELLED.mayFollow(entry.status())) {
                throw new Refused(Refusal.conflict(Fault.of(
                        "refusal.waitlist.entry-status",
                        "The entry is " + entry.status().dbName(),
                        word(entry.status()))));
            }
            entries.cancelled(entry.id(), now, key == null ? caller.userId() : null);
            return entries.find(locationId, entryId).orElseThrow();
        });
    }

    List<Entry> list(Caller caller, long locationId, List<EntryStatus> statuses) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        return entries.list(locationId, statuses);
    }

    Optional<Entry> find(Caller caller, long locationId, long entryId) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        return entries.find(locationId, entryId);
    }

    Optional<Entry> own(long locationId, long entryId, String key) {
        return entries.find(locationId, entryId).filter(e -> e.accessKey().equals(key));
    }

    Location location(long locationId) {
        return locations
                .find(locationId)
                .filter(Location::active)
                .orElseThrow(() -> new Refused(Refusal.notFound("Location")));
    }

    private Entry lock(long locationId, long entryId, String key) {
        return entries.lock(locationId, entryId)
                .filter(e -> key == null || e.accessKey().equals(key))
                .orElseThrow(() -> new Refused(Refusal.notFound("Waitlist entry")));
    }

    private Result decide(Supplier<Entry> change) {
        try {
            return new Result.Done(transactions.execute(tx -> change.get()));
        } catch (Refused refused) {
            return new Result.Refused(refused.refusal());
        }
    }

    private static String newKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The status in the page's words. */
    private static MessageSourceResolvable word(EntryStatus status) {
        return Fault.word("waitlist.status." + status.dbName(), status.dbName());
    }
}
