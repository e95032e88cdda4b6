package dev.kairos.staffbooking;

import dev.kairos.booking.RecordWire;
import java.util.List;

/** Record bodies that staff pages build for {@link StaffBooking}: a new appointment. */
final class StaffRequests {

    private StaffRequests() {}

    static RecordWire.Record of(StaffBooking.Request r) {
        RecordWire.ClientPart client =
                r.clientPhone() == null || r.clientPhone().isBlank()
                        ? null
                        : new RecordWire.ClientPart(r.clientPhone(), r.clientName(), null, null, null);
        return RecordWire.Record.booked(
                r.staffId(),
                RecordWire.Record.lines(r.serviceIds()),
                client,
                r.start(),
                r.lengthSeconds(),
                r.comment(),
                null,
                r.resourceInstanceId() == null ? null : List.of(r.resourceInstanceId()));
    }
}
