package dev.kairos.booking;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.engine.ResourceInstanceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An appointment about to be inserted, with its priced service lines and resource holds. */
public record NewAppointment(
        long locationId,
        Long teamMemberId,
        Long clientId,
        Long eventId,
        Times times,
        AppointmentStatus status,
        boolean online,
        String source,
        boolean masterRequested,
        int clientsCount,
        String comment,
        String apiId,
        String recordHash,
        Long createdUserId,
        String clientName,
        String clientPhone,
        String clientEmail,
        Instant createdAt,
        List<Line> services,
        List<Hold> resources,
        boolean overbooked,
        ReminderHours reminders) {

    /** An appointment that keeps to the no-overlap rule (not overbooked) and asks for no reminders of its own. */
    NewAppointment(
            long locationId,
            Long teamMemberId,
            Long clientId,
            Long eventId,
            Times times,
            AppointmentStatus status,
            boolean online,
            String source,
            boolean masterRequested,
            int clientsCount,
            String comment,
            String apiId,
            String recordHash,
            Long createdUserId,
            String clientName,
            String clientPhone,
            String clientEmail,
            Instant createdAt,
            List<Line> services,
            List<Hold> resources) {
        this(
                locationId,
                teamMemberId,
                clientId,
                eventId,
                times,
                status,
                online,
                source,
                masterRequested,
                clientsCount,
                comment,
                apiId,
                recordHash,
                createdUserId,
                clientName,
                clientPhone,
                clientEmail,
                createdAt,
                services,
                resources,
                false,
                ReminderHours.NONE);
    }

    /** The first service, whose notification rules apply; null for an appointment without services. */
    public Long firstServiceId() {
        return services.isEmpty() ? null : services.get(0).serviceId();
    }

    /**
     * When the appointment runs and how long it holds its team member.
     *
     * @param busyFrom the start less the buffer before
     * @param busyUntil the end plus the buffer after and the technical break
     * @param technicalBreakSeconds the technical break held after it (Altegio's
     *     {@code technical_break_duration}), within {@code busyUntil}
     */
    public record Times(Instant start, Instant end, Instant busyFrom, Instant busyUntil, int technicalBreakSeconds) {

        /** Times without a technical break. */
        public Times(Instant start, Instant end, Instant busyFrom, Instant busyUntil) {
            this(start, end, busyFrom, busyUntil, 0);
        }
    }

    /** A service line: the list price, the discount in percent, what is charged and how many. */
    public record Line(long serviceId, BigDecimal firstCost, BigDecimal discount, BigDecimal cost, int amount) {

        public Line(long serviceId, BigDecimal firstCost, BigDecimal discount, BigDecimal cost) {
            this(serviceId, firstCost, discount, cost, 1);
        }

        /** What the lines cost in all, after discounts: the appointment's {@code services_cost}. */
        static BigDecimal total(List<Line> lines) {
            return lines.stream().map(Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A resource instance held from {@code from} until {@code until}. */
    public record Hold(ResourceInstanceId instance, Instant from, Instant until) {}
}
