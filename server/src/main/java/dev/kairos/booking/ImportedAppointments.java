package dev.kairos.booking;

import dev.kairos.appointments.AppointmentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
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
    private final ApplicationEventPublisher events;

    ImportedAppointments(JdbcClient db, ApplicationEventPublisher events) {
        this.db = db;
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
            List<Line> lines) {

        /** What the lines cost in all, after discounts. */
        BigDecimal cost() {
            return lines.stream().map(Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

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
        List<Long> ids = nextIds("appointments", rows.size());
        List<Long> visits = nextIds("visits", rows.size());
        String at = now.toString();
        db.sql("""
                        insert into visits (id, location_id, client_id, day)
                        select v, :location, c, (s at time zone l.time_zone)::date
                          from unnest(cast(:visits as bigint[]), cast(:clients as bigint[]), cast(:starts as timestamptz[])) as r(v, c, s)
                          join locations l on l.id = :location
                        """)
                .param("location", locationId)
                .param("visits", visits.toArray(Long[]::new))
                .param("clients", rows.stream().map(Imported::clientId).toArray(Long[]::new))
                .param("starts", rows.stream().map(r -> r.start().toString()).toArray(String[]::new))
                .update();
        db.sql("""
                        insert into appointments (id, location_id, team_member_id, client_id, visit_id, starts_at, ends_at, busy_from,
                            busy_until, status, client_confirmed, confirmed_at, arrived_at, no_show_at, online, source, comment,
                            record_hash, created_user_id, client_name, client_phone, created_at, updated_at, services_cost)
                        select id, :location, member, client, visit, s, e, s, e, status, confirmed_by_client, cast(:at as timestamptz),
                               case when status = 'arrived' then cast(:at as timestamptz) end,
                               case when status = 'no_show' then cast(:at as timestamptz) end,
                               false, 'import', comment, hash, :user, name, phone, cast(:at as timestamptz), cast(:at as timestamptz),
                               cost
                          from unnest(cast(:ids as bigint[]), cast(:members as bigint[]), cast(:clients as bigint[]),
                                      cast(:visits as bigint[]), cast(:starts as timestamptz[]), cast(:ends as timestamptz[]),
                                      cast(:statuses as text[]), cast(:confirmed as boolean[]), cast(:comments as text[]),
                                      cast(:hashes as text[]), cast(:names as text[]), cast(:phones as text[]), cast(:costs as numeric[]))
                               as r(id, member, client, visit, s, e, status, confirmed_by_client, comment, hash, name, phone, cost)
                        """)
                .param("location", locationId)
                .param("at", at)
                .param("user", userId)
                .param("ids", ids.toArray(Long[]::new))
                .param("members", rows.stream().map(Imported::teamMemberId).toArray(Long[]::new))
                .param("clients", rows.stream().map(Imported::clientId).toArray(Long[]::new))
                .param("visits", visits.toArray(Long[]::new))
                .param("starts", rows.stream().map(r -> r.start().toString()).toArray(String[]::new))
                .param(
                        "ends",
                        rows.stream().map(r -> r.endExclusive().toString()).toArray(String[]::new))
                .param("statuses", rows.stream().map(r -> r.status().dbName()).toArray(String[]::new))
                .param("confirmed", rows.stream().map(Imported::clientConfirmed).toArray(Boolean[]::new))
                .param("comments", rows.stream().map(Imported::comment).toArray(String[]::new))
                .param(
                        "hashes",
                        rows.stream().map(r -> UUID.randomUUID().toString()).toArray(String[]::new))
                .param("names", rows.stream().map(Imported::clientName).toArray(String[]::new))
                .param("phones", rows.stream().map(Imported::clientPhone).toArray(String[]::new))
                .param("costs", rows.stream().map(Imported::cost).toArray(BigDecimal[]::new))
                .update();
        insertLines(ids, rows);
        events.publishEvent(new AppointmentsImported(locationId, ids, userId));
        return ids;
    }

    private void insertLines(List<Long> ids, List<Imported> rows) {
        List<Long> appointment = new ArrayList<>();
        List<Long> service = new ArrayList<>();
        List<Integer> position = new ArrayList<>();
        List<BigDecimal> first = new ArrayList<>();
        List<BigDecimal> discount = new ArrayList<>();
        List<BigDecimal> cost = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Line> lines = rows.get(i).lines();
            for (int p = 0; p < lines.size(); p++) {
                appointment.add(ids.get(i));
                service.add(lines.get(p).serviceId());
                position.add(p);
                first.add(lines.get(p).firstCost());
                discount.add(lines.get(p).discount());
                cost.add(lines.get(p).cost());
            }
        }
        db.sql("""
                        insert into appointment_services (appointment_id, service_id, position, amount, first_cost, discount, cost)
                        select a, s, p, 1, f, d, c
                          from unnest(cast(:appointments as bigint[]), cast(:services as bigint[]), cast(:positions as int[]),
                                      cast(:firsts as numeric[]), cast(:discounts as numeric[]), cast(:costs as numeric[]))
                               as r(a, s, p, f, d, c)
                        """)
                .param("appointments", appointment.toArray(Long[]::new))
                .param("services", service.toArray(Long[]::new))
                .param("positions", position.toArray(Integer[]::new))
                .param("firsts", first.toArray(BigDecimal[]::new))
                .param("discounts", discount.toArray(BigDecimal[]::new))
                .param("costs", cost.toArray(BigDecimal[]::new))
                .update();
    }

    private List<Long> nextIds(String table, int count) {
        return db.sql("select nextval(pg_get_serial_sequence(:table, 'id')) from generate_series(1, :count)")
                .param("table", table)
                .param("count", count)
                .query(Long.class)
                .list();
    }
}
