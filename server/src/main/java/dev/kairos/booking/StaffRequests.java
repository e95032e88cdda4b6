package dev.kairos.booking;

import java.util.List;

/** Record bodies that staff pages build for {@link StaffBooking}: a new appointment. */
final class StaffRequests {

    private StaffRequests() {}

    static RecordWire.Record of(StaffBooking.Request r) {
        List<RecordWire.ServiceLine> lines = r.serviceIds().stream()
                .map(id -> new RecordWire.ServiceLine(id, null, null, null, null))
                .toList();
        RecordWire.ClientPart client =
                r.clientPhone() == null || r.clientPhone().isBlank()
                        ? null
                        : new RecordWire.ClientPart(r.clientPhone(), r.clientName(), null, null, null);
        return new RecordWire.Record(
                r.staffId(),
                lines,
                client,
                null,
                false,
                r.start().getEpochSecond(),
                r.lengthSeconds(),
                null,
                r.comment(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                r.resourceInstanceId() == null ? null : List.of(r.resourceInstanceId()));
    }
}
