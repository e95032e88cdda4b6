package dev.kairos.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Record bodies that staff pages build for {@link StaffBooking}: a new appointment, or one moved as it is. */
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
                null);
    }

    /**
     * The appointment's record as a full replacement that changes only its start and team member:
     * same length, services and prices, client, comment, labels and details.
     */
    @SuppressWarnings("unchecked")
    static RecordWire.Record moved(
            Map<String, Object> record, Integer technicalBreakSeconds, Instant start, long staffId) {
        List<RecordWire.ServiceLine> lines = ((List<Map<String, Object>>) record.get("services"))
                .stream()
                        .map(s -> new RecordWire.ServiceLine(
                                (Long) s.get("id"),
                                (BigDecimal) s.get("first_cost"),
                                (BigDecimal) s.get("discount"),
                                (BigDecimal) s.get("cost"),
                                (Integer) s.get("amount")))
                        .toList();
        Map<String, Object> client = (Map<String, Object>) record.get("client");
        return new RecordWire.Record(
                staffId,
                lines,
                null,
                client == null ? null : (Long) client.get("id"),
                false,
                start.getEpochSecond(),
                (Long) record.get("seance_length"),
                null,
                (String) record.get("comment"),
                (Integer) record.get("sms_remain_hours"),
                (Integer) record.get("email_remain_hours"),
                null,
                (String) record.get("api_id"),
                (String) record.get("custom_color"),
                (String) record.get("custom_font_color"),
                List.copyOf((List<Object>) record.get("record_labels")),
                (Map<String, Object>) record.get("custom_fields"),
                technicalBreakSeconds,
                null,
                (Integer) record.get("clients_count"));
    }
}
