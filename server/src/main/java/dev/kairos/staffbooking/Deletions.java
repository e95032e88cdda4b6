package dev.kairos.staffbooking;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.booking.Bookings;
import dev.kairos.booking.Transition;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Deletes several appointments of a location, each on its own (in its own transaction, through
 * {@link Lifecycle}): one refused appointment does not keep the others, and the caller learns per
 * appointment whether it was deleted and, if not, why.
 */
@Service
public class Deletions {

    public static final int MAX_IDS = 500;

    private final Lifecycle lifecycle;
    private final Access access;
    private final Bookings bookings;

    Deletions(Lifecycle lifecycle, Access access, Bookings bookings) {
        this.lifecycle = lifecycle;
        this.access = access;
        this.bookings = bookings;
    }

    /**
     * The location's appointments among {@code ids} that money was paid for: deleting them needs
     * the right to delete paid appointments, so pages offer no Delete for them without it.
     */
    public java.util.Set<Long> paidAmong(long locationId, java.util.Collection<Long> ids) {
        return bookings.paidAmong(locationId, ids);
    }

    /** What became of one appointment: deleted, or refused with the reason. */
    public record Deletion(long id, boolean deleted, String message) {}

    /** What became of one appointment, the refusal's reason in words a page can give in its language. */
    public record Decided(long id, boolean deleted, Fault says) {

        Deletion wire() {
            return new Deletion(id, deleted, says.english());
        }
    }

    /**
     * Cancels each appointment, in the order given, duplicates once.
     *
     * @throws dev.kairos.refusal.Refused 403 without the right to edit records at the location, 422 for no ids,
     *     a null id or more than {@value #MAX_IDS}
     */
    public List<Deletion> deleteEach(Caller caller, long locationId, List<Long> ids) {
        return decideEach(caller, locationId, ids).stream().map(Decided::wire).toList();
    }

    /** {@link #deleteEach}, each refusal's reason for a page. */
    public List<Decided> decideEach(Caller caller, long locationId, List<Long> ids) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS || ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw Refusal.invalid(
                            "ids", Fault.of("fault.ids-count", "send 1 to " + MAX_IDS + " appointment ids", MAX_IDS))
                    .exception();
        }
        List<Decided> outcomes = new ArrayList<>();
        for (Long id : ids.stream().distinct().toList()) {
            outcomes.add(
                    lifecycle.apply(caller, locationId, id, Transition.CANCEL)
                                    instanceof Lifecycle.Outcome.Refused refused
                            ? new Decided(id, false, refused.refusal().says())
                            : new Decided(id, true, Fault.english("Deleted")));
        }
        return outcomes;
    }
}
