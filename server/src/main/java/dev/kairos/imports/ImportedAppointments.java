package dev.kairos.imports;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.booking.AppointmentWriter;
import dev.kairos.booking.AppointmentsImported;
import dev.kairos.booking.NewAppointment;
import dev.kairos.booking.ReminderHours;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Appointments written in bulk by an Excel import ({@code source = 'import'}): staff-made, with the
 * times exactly as given (no buffers), no working hours required, and each appointment its own
 * visit (Altegio's import asks for "treat each booking as a separate visit"). The no-overlap rule
 * still holds: {@link #busy} names the rows that would overlap another appointment of the team
 * member, and the exclusion constraint refuses any the caller misses. One statement per table, so
 * thousands of rows write in well under a second. The caller holds the transaction.
 */
@Service
public class ImportedAppointments {

    private final JdbcClient db;
    private final AppointmentWriter writer;
    private final ApplicationEventPublisher events;

    ImportedAppointments(JdbcClient db, AppointmentWriter writer, ApplicationEventPublisher events) {
        this.db = db;
        this.writer = writer;
        this.events = events;
    }

    /** A service line: the price before the discount, the discount in percent, what is charged. */
    public record Line(long serviceId, BigDecimal firstCost, BigDecimal discount, BigDecimal cost) {}

    /**
     * One appointment to write.
     *
     * @param status confirmed, arrived or no_show
     * @param endExclusive after {@code start}
     */
    public record Imported(
            long teamMemberId,
            long clientId,
            String clientName,
            String clientPhone,
            Instant start,
            Instant endExclusive,
            AppointmentStatus status,
            boolean clientConfirmed,
            String comment,
            List<Line> lines) {}

    /** Of the given spans, the index of each that overlaps an appointment holding the team member, with that appointment's id. */
    public Map<Integer, Long> busy(long locationId, List<Imported> rows) {
        Map<Integer, Long> busy = new HashMap<>();
        db.sql("""
                        select r.i, min(a.id)
                          from unnest(cast(:members as bigint[]), cast(:starts as timestamptz[]), cast(:ends as timestamptz[]))
                               with ordinality as r(member, starts_at, ends_at, i)
                          join appointments a on a.team_member_id = r.member and a.event_id is null and not a.overbooked
                               and holds_time(a.status)
                               and tstzrange(a.busy_from, a.busy_until) && tstzrange(r.starts_at, r.ends_at)
                         group by r.i
                        """)
                .param("members", rows.stream().map(Imported::teamMemberId).toArray(Long[]::new))
                .param("starts", rows.stream().map(r -> r.start().toString()).toArray(String[]::new))
                .param(
                        "ends",
                        rows.stream().map(r -> r.endExclusive().toString()).toArray(String[]::new))
                .query((rs, n) -> busy.put(rs.getInt(1) - 1, rs.getLong(2)))
                .list();
        return busy;
    }

    /** Writes the appointments, each with its own visit, and returns their ids in the order given. */
    public List<Long> insertAll(long locationId, Long userId, Instant now, List<Imported> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = writer.insertAll(
                rows.stream().map(r -> row(locationId, userId, now, r)).toList(),
                AppointmentWriter.Visits.EACH_ITS_OWN);
        events.publishEvent(new AppointmentsImported(locationId, ids, userId));
        return ids;
    }

    private static AppointmentWriter.Row row(long locationId, Long userId, Instant now, Imported r) {
        NewAppointment appointment = new NewAppointment(
                locationId,
                r.teamMemberId(),
                null,
                NewAppointment.Times.exactly(r.start(), r.endExclusive()),
                r.status(),
                new NewAppointment.ClientSnapshot(r.clientId(), r.clientName(), r.clientPhone(), ""),
                NewAppointment.Origin.imported(UUID.randomUUID().toString(), userId, now),
                NewAppointment.Terms.of(r.comment(), ReminderHours.NONE),
                r.lines().stream()
                        .map(l -> new NewAppointment.Line(l.serviceId(), l.firstCost(), l.discount(), l.cost()))
                        .toList(),
                List.of());
        return new AppointmentWriter.Row(
                appointment, AppointmentWriter.Stamps.fresh(r.status(), now, r.clientConfirmed()), List.of());
    }
}
