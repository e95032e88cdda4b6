package dev.kairos.demo;

import dev.kairos.demo.AppointmentPlanner.Planned;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/** Writes planned appointments with their services, held resources and labels, in batches. */
@Component
class DemoAppointmentsWriter {

    private static final List<String> COMMENTS = List.of(
            "Prefers a quiet room",
            "Allergic to latex",
            "Running late, called ahead",
            "Bring the colour card",
            "Gift voucher");

    private final Rows rows;

    DemoAppointmentsWriter(Rows rows) {
        this.rows = rows;
    }

    /** Writes the appointments and returns how many were written. */
    int write(SeededSite site, List<Planned> planned, long ownerId, Instant now, Random random) {
        List<Long> ids = rows.nextIds("appointments", planned.size());
        List<Appointment> appointments = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<Held> held = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            long id = ids.get(i);
            DemoLifecycle life = DemoLifecycle.of(p, now, random);
            appointments.add(appointment(id, site.locationId(), p, life, ownerId, random));
            lines.add(line(id, p, random));
            if (p.instanceId() != null) {
                boolean active =
                        !life.status().equals("cancelled") && !life.status().equals("no_show");
                held.add(new Held(id, p.instanceId(), utc(p.busyFrom()), utc(p.busyUntil()), active));
            }
            int roll = random.nextInt(100);
            if (roll < 25) {
                labels.add(new Label(id, site.labels().get(roll < 8 ? 0 : roll < 16 ? 1 : life.online() ? 2 : 3)));
            }
        }
        insert(appointments, lines, held, labels);
        price(site.locationId());
        groupIntoVisits(site.locationId());
        settle(site.locationId(), ownerId);
        return appointments.size();
    }

    /** Each appointment carries what its lines cost, as bookings write it. */
    private void price(long locationId) {
        rows.db().sql("""
                        update appointments a set services_cost = x.cost
                          from (select appointment_id, sum(cost) as cost from appointment_services group by appointment_id) x
                         where a.location_id = :location and x.appointment_id = a.id
                        """).param("location", locationId).update();
    }

    /** One visit per client and local day, as the location's default grouping would have made them. */
    private void groupIntoVisits(long locationId) {
        rows.db().sql("""
                        insert into visits (location_id, client_id, day)
                        select distinct a.location_id, a.client_id, (a.starts_at at time zone l.time_zone)::date
                          from appointments a join locations l on l.id = a.location_id
                         where a.location_id = :location and a.visit_id is null and a.client_id is not null
                        """).param("location", locationId).update();
        rows.db().sql("""
                        update appointments a set visit_id = v.id
                          from visits v, locations l
                         where a.location_id = :location and a.visit_id is null and l.id = a.location_id
                           and v.location_id = a.location_id and v.client_id = a.client_id
                           and v.day = (a.starts_at at time zone l.time_zone)::date
                        """).param("location", locationId).update();
    }

    /** A cash register and a card terminal; completed appointments paid in full, every third one in cash. */
    private void settle(long locationId, long ownerId) {
        rows.db().sql("""
                        insert into accounts (location_id, title, is_cash)
                        values (:location, 'Cash register', true), (:location, 'Card terminal', false)
                        """).param("location", locationId).update();
        rows.db().sql("""
                        with payment as (
                            insert into payment_transactions (location_id, appointment_id, visit_id, account_id, client_id, amount,
                                                              user_id, created_at)
                            select a.location_id, a.id, a.visit_id,
                                   (select id from accounts where location_id = a.location_id and is_cash = (a.id % 3 = 0)),
                                   a.client_id, sum(x.cost), :owner, coalesce(a.completed_at, a.ends_at)
                              from appointments a join appointment_services x on x.appointment_id = a.id
                             where a.location_id = :location and a.status = 'completed'
                             group by a.id
                            having sum(x.cost) > 0
                            returning appointment_id, amount)
                        update appointments a set paid_amount = a.paid_amount + payment.amount
                          from payment where a.id = payment.appointment_id
                        """).param("location", locationId).param("owner", ownerId).update();
    }

    private void insert(List<Appointment> appointments, List<Line> lines, List<Held> held, List<Label> labels) {
        rows.insert("""
                insert into appointments (id, location_id, team_member_id, client_id, starts_at, ends_at, busy_from, busy_until,
                    status, client_confirmed, online, source, comment, record_hash, created_user_id, created_at, updated_at,
                    confirmed_at, arrived_at, completed_at, no_show_at, cancelled_at, cancelled_by, technical_break_seconds)
                values (:id, :locationId, :memberId, :clientId, :startsAt, :endsAt, :busyFrom, :busyUntil,
                    :status, :clientConfirmed, :online, :source, :comment, :recordHash, :createdUserId, :createdAt, :updatedAt,
                    :confirmedAt, :arrivedAt, :completedAt, :noShowAt, :cancelledAt, :cancelledBy, :technicalBreakSeconds)
                """, appointments);
        rows.insert("""
                insert into appointment_services (appointment_id, service_id, first_cost, discount, cost)
                values (:appointmentId, :serviceId, :firstCost, :discount, :cost)
                """, lines);
        rows.insert("""
                insert into appointment_resources (appointment_id, resource_instance_id, busy_from, busy_until, active)
                values (:appointmentId, :instanceId, :busyFrom, :busyUntil, :active)
                """, held);
        rows.insert(
                "insert into appointment_labels (appointment_id, category_id) values (:appointmentId, :categoryId)",
                labels);
    }

    private static Appointment appointment(
            long id, long locationId, Planned p, DemoLifecycle life, long ownerId, Random random) {
        byte[] hash = new byte[16];
        random.nextBytes(hash);
        String comment = random.nextInt(100) < 6 ? COMMENTS.get(random.nextInt(COMMENTS.size())) : "";
        boolean cancelled = life.status().equals("cancelled");
        return new Appointment(
                id,
                locationId,
                p.memberId(),
                p.clientId(),
                utc(p.startsAt()),
                utc(p.endsAt()),
                utc(p.busyFrom()),
                utc(p.busyUntil()),
                life.status(),
                life.clientConfirmed(),
                life.online(),
                life.online() ? "online" : "admin",
                comment,
                HexFormat.of().formatHex(hash),
                life.online() ? null : ownerId,
                utc(life.createdAt()),
                utc(life.updatedAt()),
                utc(life.confirmedAt()),
                utc(life.arrivedAt()),
                utc(life.completedAt()),
                utc(life.noShowAt()),
                utc(life.cancelledAt()),
                cancelled ? ownerId : null,
                p.service().spec().technicalBreak() * 60);
    }

    private static Line line(long appointmentId, Planned p, Random random) {
        DemoServices.Spec spec = p.service().spec();
        int steps = (spec.priceMax() - spec.priceMin()) / 5;
        BigDecimal firstCost = BigDecimal.valueOf(spec.priceMin() + 5L * random.nextInt(steps + 1))
                .setScale(2);
        BigDecimal discount = BigDecimal.valueOf(random.nextInt(100) < 15 ? 10 : 0);
        BigDecimal cost = firstCost
                .multiply(BigDecimal.valueOf(100).subtract(discount))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new Line(appointmentId, p.service().id(), firstCost, discount, cost);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private record Appointment(
            long id,
            long locationId,
            Long memberId,
            long clientId,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            OffsetDateTime busyFrom,
            OffsetDateTime busyUntil,
            String status,
            boolean clientConfirmed,
            boolean online,
            String source,
            String comment,
            String recordHash,
            Long createdUserId,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            OffsetDateTime confirmedAt,
            OffsetDateTime arrivedAt,
            OffsetDateTime completedAt,
            OffsetDateTime noShowAt,
            OffsetDateTime cancelledAt,
            Long cancelledBy,
            int technicalBreakSeconds) {}

    private record Line(
            long appointmentId, long serviceId, BigDecimal firstCost, BigDecimal discount, BigDecimal cost) {}

    private record Held(
            long appointmentId, long instanceId, OffsetDateTime busyFrom, OffsetDateTime busyUntil, boolean active) {}

    private record Label(long appointmentId, long categoryId) {}
}
