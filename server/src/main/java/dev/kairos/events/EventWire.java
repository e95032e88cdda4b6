package dev.kairos.events;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** Group events (Altegio's activities) on the wire: as sent to create or change one, and as read. */
public final class EventWire {

    private EventWire() {}

    /**
     * An event as sent. On a change, what is not sent stays; {@code staff_id} or
     * {@code resource_instance_id} 0 takes the team member or the room off the event.
     *
     * @param date the start, as Altegio writes it ({@code 2026-05-04 10:00:00}, local time) or ISO
     *     with an offset; {@code datetime} is read when {@code date} is absent
     * @param length seconds; the service's duration when not sent
     * @param price null for the service's price
     * @param resourceInstanceIds Altegio's list form of {@code resource_instance_id}, of one room
     */
    public record Body(
            String date,
            String datetime,
            Long serviceId,
            Long staffId,
            Long resourceInstanceId,
            List<Long> resourceInstanceIds,
            Integer capacity,
            Integer length,
            BigDecimal price,
            String comment) {

        /** A body that sends nothing: on a change, everything stays. */
        public static Body empty() {
            return new Body(null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** An event as read. {@code staff} and {@code resource_instance} are null when it has none. */
    @Schema(name = "Activity", example = """
            {"id": 381, "company_id": 4, "service_id": 12, "staff_id": 5, "resource_instance_ids": [3],
             "date": "2026-03-02 10:00:00", "datetime": "2026-03-02T10:00:00+01:00", "length": 3600,
             "capacity": 8, "records_count": 2, "price": 50.00, "comment": "Bring a mat", "deleted": false,
             "service": {"id": 12, "title": "Pilates class"}, "staff": {"id": 5, "name": "Anna"},
             "resource_instance": {"id": 3, "title": "Studio · Hall 1"}}""")
    public record View(
            long id,
            long companyId,
            long serviceId,
            long staffId,
            List<Long> resourceInstanceIds,
            String date,
            String datetime,
            long length,
            int capacity,
            int recordsCount,
            BigDecimal price,
            String comment,
            boolean deleted,
            ServiceRef service,
            StaffRef staff,
            RoomRef resourceInstance) {

        /** Seats still free. */
        public int seatsLeft() {
            return Math.max(0, capacity - recordsCount);
        }
    }

    @Schema(name = "ActivityService")
    public record ServiceRef(long id, String title) {}

    @Schema(name = "ActivityStaff")
    public record StaffRef(long id, String name) {}

    @Schema(name = "ActivityRoom")
    public record RoomRef(long id, String title) {}

    /** One booked seat (or several, for one client) of an event. */
    @Schema(name = "ActivityAttendee")
    public record Attendee(
            long recordId, Long clientId, String name, String phone, int seats, String status, boolean arrived) {}
}
