package dev.kairos.events;

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

    public record ServiceRef(long id, String title) {}

    public record StaffRef(long id, String name) {}

    public record RoomRef(long id, String title) {}

    /** One booked seat (or several, for one client) of an event. */
    public record Attendee(
            long recordId, Long clientId, String name, String phone, int seats, String status, boolean arrived) {}
}
