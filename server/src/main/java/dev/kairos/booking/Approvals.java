package dev.kairos.booking;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.web.ApiException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff decide requested appointments: confirm or reject, recording who and when. The decision is
 * a conditional update from {@code requested}, so of two concurrent decisions exactly one wins.
 */
@Service
public class Approvals {

    private final Bookings bookings;
    private final Access access;
    private final ActivityLog activity;
    private final Clock clock;

    Approvals(Bookings bookings, Access access, ActivityLog activity, Clock clock) {
        this.bookings = bookings;
        this.access = access;
        this.activity = activity;
        this.clock = clock;
    }

    @Transactional
    public void confirm(Caller caller, long locationId, long recordId) {
        decide(caller, locationId, recordId, AppointmentStatus.CONFIRMED, "confirmed_at", "confirmed_by", "confirmed");
    }

    @Transactional
    public void reject(Caller caller, long locationId, long recordId) {
        decide(caller, locationId, recordId, AppointmentStatus.REJECTED, "rejected_at", "rejected_by", "rejected");
    }

    private void decide(Caller caller, long locationId, long recordId, AppointmentStatus to, String stamp, String byColumn,
            String action) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        Bookings.Held held = bookings.find(recordId, null).filter(h -> h.locationId() == locationId)
                .orElseThrow(() -> ApiException.notFound("Record"));
        if (!bookings.transition(held.id(), List.of(AppointmentStatus.REQUESTED), to, stamp, byColumn, caller.userId(), clock.instant())) {
            AppointmentStatus now = bookings.find(recordId, null).orElseThrow().status();
            throw ApiException.conflict("The appointment is " + now.dbName() + ", not requested: it was already decided");
        }
        activity.record(locationId, caller, action, "appointment", recordId, Map.of());
    }
}
