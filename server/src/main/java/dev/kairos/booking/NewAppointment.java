package dev.kairos.booking;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.clients.Client;
import dev.kairos.engine.ResourceInstanceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An appointment about to be inserted, with its priced service lines and resource holds.
 *
 * @param teamMemberId null for a staff-free service
 * @param eventId the group event it takes seats of, or null
 */
public record NewAppointment(
        long locationId,
        Long teamMemberId,
        Long eventId,
        Times times,
        AppointmentStatus status,
        ClientSnapshot client,
        Origin origin,
        Terms terms,
        List<Line> services,
        List<Hold> resources) {

    /**
     * The client as the appointment keeps them, so it reads the same after the client changes.
     *
     * @param clientId null for an appointment without a client
     * @param phone the E.164 phone, or empty
     * @param email empty when none is known
     */
    public record ClientSnapshot(Long clientId, String name, String phone, String email) {

        /** An appointment without a client. */
        public static final ClientSnapshot NONE = new ClientSnapshot(null, "", "", "");

        /** The client's name, phone and e-mail as stored now; {@link #NONE} for null. */
        public static ClientSnapshot of(Client client) {
            if (client == null) {
                return NONE;
            }
            return new ClientSnapshot(
                    client.id(),
                    client.name(),
                    client.phone() == null ? "" : client.phone().e164(),
                    client.email() == null ? "" : client.email());
        }
    }

    /**
     * Who made the appointment, how and when.
     *
     * @param online whether the client booked it themselves (Altegio's {@code online})
     * @param source {@code online}, {@code admin} or {@code import}
     * @param createdUserId the user who made it, or null
     */
    public record Origin(
            boolean online, String source, String apiId, String recordHash, Long createdUserId, Instant createdAt) {

        /** Booked by the client, through the booking widget or the API on their behalf. */
        public static Origin online(String apiId, String recordHash, Long createdUserId, Instant createdAt) {
            return new Origin(true, "online", apiId, recordHash, createdUserId, createdAt);
        }

        /** Made by staff. */
        public static Origin admin(String apiId, String recordHash, Long createdUserId, Instant createdAt) {
            return new Origin(false, "admin", apiId, recordHash, createdUserId, createdAt);
        }

        /** Written by an Excel import. */
        public static Origin imported(String recordHash, Long createdUserId, Instant createdAt) {
            return new Origin(false, "import", "", recordHash, createdUserId, createdAt);
        }
    }

    /**
     * What the booking asked for beyond the time and the services.
     *
     * @param clientsCount how many people come (seats of a group event)
     * @param masterRequested whether the client chose the team member
     * @param overbooked whether staff booked it over the no-overlap rule (save_if_busy)
     */
    public record Terms(
            String comment, int clientsCount, boolean masterRequested, boolean overbooked, ReminderHours reminders) {

        /** One person, any team member, within the no-overlap rule. */
        public static Terms of(String comment, ReminderHours reminders) {
            return new Terms(comment, 1, false, false, reminders);
        }

        public Terms withClientsCount(int count) {
            return new Terms(comment, count, masterRequested, overbooked, reminders);
        }

        public Terms withMasterRequested(boolean requested) {
            return new Terms(comment, clientsCount, requested, overbooked, reminders);
        }

        public Terms withOverbooked(boolean over) {
            return new Terms(comment, clientsCount, masterRequested, over, reminders);
        }
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
     *     {@code technical_break_duration}), within {@code busyUntil}; null when none was recorded
     *     (an imported appointment: an edit then takes the service's)
     */
    public record Times(
            Instant start, Instant end, Instant busyFrom, Instant busyUntil, Integer technicalBreakSeconds) {

        /** Times without a technical break. */
        public Times(Instant start, Instant end, Instant busyFrom, Instant busyUntil) {
            this(start, end, busyFrom, busyUntil, 0);
        }

        /** The times exactly as given: no buffers, and no technical break recorded. */
        public static Times exactly(Instant start, Instant endExclusive) {
            return new Times(start, endExclusive, start, endExclusive, null);
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
