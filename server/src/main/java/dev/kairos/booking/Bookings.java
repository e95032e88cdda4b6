package dev.kairos.booking;

import dev.kairos.appointments.AppointmentStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appointment rows as booking writes them, and the row locks that serialise bookings. */
@Repository
public class Bookings {

    private static final String HELD = """
            select id, location_id, team_member_id, status, starts_at, ends_at, record_hash, busy_from, busy_until,
                   client_confirmed, sms_remain_hours, email_remain_hours
              from appointments""";

    /**
     * Service lines, in order, from arrays bound by {@link #lines(JdbcClient.StatementSpec, List)},
     * for the appointment named by the statement's common table {@code target(id)}.
     */
    private static final String LINES = """
            insert into appointment_services (appointment_id, service_id, position, amount, first_cost, discount, cost)
            select t.id, l.service_id, l.position - 1, l.amount, l.first_cost, l.discount, l.cost
              from target t,
                   unnest(cast(:lineServices as bigint[]), cast(:lineAmounts as int[]), cast(:lineFirstCosts as numeric[]),
                          cast(:lineDiscounts as numeric[]), cast(:lineCosts as numeric[]))
                   with ordinality as l(service_id, amount, first_cost, discount, cost, position)
            """;

    private static final String INSERT = """
            with a as (
                insert into appointments (location_id, team_member_id, client_id, event_id, starts_at, ends_at,
                    busy_from, busy_until, status, confirmed_at, arrived_at, no_show_at, online, source,
                    master_requested, clients_count, comment, api_id, record_hash, created_user_id, client_name,
                    client_phone, client_email, overbooked, created_at, updated_at, visit_id, services_cost,
                    technical_break_seconds, sms_remain_hours, email_remain_hours)
                values (:locationId, :teamMemberId, :clientId, :eventId, :start, :end, :busyFrom, :busyUntil,
                    :status, :confirmedAt, :arrivedAt, :noShowAt, :online, :source, :masterRequested, :clientsCount,
                    :comment, :apiId, :recordHash, :createdUserId, :clientName, :clientPhone, :clientEmail,
                    :overbooked, :createdAt, :createdAt, :visitId, :servicesCost, :technicalBreakSeconds,
                    :smsHours, :emailHours)
                returning id),
            target as (select id from a),
            lines as (""" + LINES + """
            )
            select id from a
            """;

    private static final String REPLACE_LINES = """
            with target as (select cast(:id as bigint) as id),
            line as (""" + LINES + """
             returning cost)
            update appointments set services_cost = (select coalesce(sum(cost), 0) from line) where id = :id
            """;

    /**
     * One lifecycle move: the status, the move's timestamp ({@code :stamped}: the column named
     * after the new status) and who made it ({@code :recordsWho}: confirmed_by, rejected_by or
     * cancelled_by), only while the status is one of {@code :from}.
     */
    private static final String TRANSITION = """
            update appointments
               set status = :to, updated_at = :at, version = version + 1,
                   confirmed_at = case when :stamped and :to = 'confirmed' then :at else confirmed_at end,
                   arrived_at = case when :stamped and :to = 'arrived' then :at else arrived_at end,
                   completed_at = case when :stamped and :to = 'completed' then :at else completed_at end,
                   no_show_at = case when :stamped and :to = 'no_show' then :at else no_show_at end,
                   cancelled_at = case when :stamped and :to = 'cancelled' then :at else cancelled_at end,
                   rejected_at = case when :stamped and :to = 'rejected' then :at else rejected_at end,
                   confirmed_by = case when :recordsWho and :to = 'confirmed' then :by else confirmed_by end,
                   cancelled_by = case when :recordsWho and :to = 'cancelled' then :by else cancelled_by end,
                   rejected_by = case when :recordsWho and :to = 'rejected' then :by else rejected_by end
             where id = :id and status = any(:from)
            """;

    private final JdbcClient db;
    private final VisitGrouping visits;

    Bookings(JdbcClient db, VisitGrouping visits) {
        this.db = db;
        this.visits = visits;
    }

    /** Locks team members in id order, so concurrent bookings of several members cannot deadlock. */
    public void lockTeamMembers(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            db.sql("select id from team_members where id = any(:ids) order by id for update")
                    .param("ids", ids.stream().sorted().toArray(Long[]::new))
                    .query(Long.class)
                    .list();
        }
    }

    /** Locks services whose capacity is counted (staff-free services), in id order. */
    public void lockServices(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            db.sql("select id from services where id = any(:ids) order by id for update")
                    .param("ids", ids.stream().sorted().toArray(Long[]::new))
                    .query(Long.class)
                    .list();
        }
    }

    /** Locks resources (all their instances at once), in id order. */
    public void lockResources(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            db.sql("select id from resources where id = any(:ids) order by id for update")
                    .param("ids", ids.stream().sorted().toArray(Long[]::new))
                    .query(Long.class)
                    .list();
        }
    }

    /**
     * Inserts the appointment with its service lines in one statement, and its resource holds;
     * the visit it joins is chosen first, so the row is written once with it.
     */
    public long insert(NewAppointment a) {
        long visit = visits.visitFor(
                a.locationId(),
                a.client().clientId(),
                a.times().start(),
                a.times().end(),
                null);
        long id = lines(db.sql(INSERT), a.services())
                .param("locationId", a.locationId())
                .param("teamMemberId", a.teamMemberId())
                .param("clientId", a.client().clientId())
                .param("eventId", a.eventId())
                .param("start", ts(a.times().start()))
                .param("end", ts(a.times().end()))
                .param("busyFrom", ts(a.times().busyFrom()))
                .param("busyUntil", ts(a.times().busyUntil()))
                .param("status", a.status().dbName())
                .param(
                        "confirmedAt",
                        a.status() == AppointmentStatus.REQUESTED
                                ? null
                                : ts(a.origin().createdAt()))
                .param(
                        "arrivedAt",
                        a.status() == AppointmentStatus.ARRIVED ? ts(a.origin().createdAt()) : null)
                .param(
                        "noShowAt",
                        a.status() == AppointmentStatus.NO_SHOW ? ts(a.origin().createdAt()) : null)
                .param("online", a.origin().online())
                .param("source", a.origin().source())
                .param("masterRequested", a.terms().masterRequested())
                .param("clientsCount", a.terms().clientsCount())
                .param("comment", a.terms().comment())
                .param("apiId", a.origin().apiId())
                .param("recordHash", a.origin().recordHash())
                .param("createdUserId", a.origin().createdUserId())
                .param("clientName", a.client().name())
                .param("clientPhone", a.client().phone())
                .param("clientEmail", a.client().email())
                .param("overbooked", a.terms().overbooked())
                .param("createdAt", ts(a.origin().createdAt()))
                .param("visitId", visit)
                .param("servicesCost", NewAppointment.Line.total(a.services()))
                .param("technicalBreakSeconds", a.times().technicalBreakSeconds())
                .param("smsHours", a.terms().reminders().sms())
                .param("emailHours", a.terms().reminders().email())
                .query(Long.class)
                .single();
        insertHolds(id, a.resources());
        return id;
    }

    /** Replaces a staff-made appointment's team member, client, times, lines and holds (PUT /record). */
    public void replace(long id, NewAppointment a, Long updatedBy) {
        db.sql("""
                        update appointments set team_member_id = :teamMemberId, client_id = :clientId, starts_at = :start,
                               ends_at = :end, busy_from = :busyFrom, busy_until = :busyUntil, comment = :comment, api_id = :apiId,
                               client_name = :clientName, client_phone = :clientPhone, client_email = :clientEmail,
                               overbooked = :overbooked, updated_at = :at, updated_by = :by, version = version + 1
                         where id = :id
                        """)
                .param("teamMemberId", a.teamMemberId())
                .param("clientId", a.client().clientId())
                .param("start", ts(a.times().start()))
                .param("end", ts(a.times().end()))
                .param("busyFrom", ts(a.times().busyFrom()))
                .param("busyUntil", ts(a.times().busyUntil()))
                .param("comment", a.terms().comment())
                .param("apiId", a.origin().apiId())
                .param("clientName", a.client().name())
                .param("clientPhone", a.client().phone())
                .param("clientEmail", a.client().email())
                .param("overbooked", a.terms().overbooked())
                .param("at", ts(a.origin().createdAt()))
                .param("by", updatedBy)
                .param("id", id)
                .update();
        replaceLines(id, a.services());
        db.sql("delete from appointment_resources where appointment_id = :id")
                .param("id", id)
                .update();
        insertHolds(id, a.resources());
    }

    /** Replaces an appointment's service lines, in the order given, and the cost it carries (in the same statement). */
    void replaceLines(long id, List<NewAppointment.Line> lines) {
        db.sql("delete from appointment_services where appointment_id = :id")
                .param("id", id)
                .update();
        lines(db.sql(REPLACE_LINES), lines).param("id", id).update();
    }

    private static JdbcClient.StatementSpec lines(JdbcClient.StatementSpec statement, List<NewAppointment.Line> lines) {
        return statement
                .param(
                        "lineServices",
                        lines.stream().map(NewAppointment.Line::serviceId).toArray(Long[]::new))
                .param(
                        "lineAmounts",
                        lines.stream().map(NewAppointment.Line::amount).toArray(Integer[]::new))
                .param(
                        "lineFirstCosts",
                        lines.stream().map(l -> l.firstCost().toPlainString()).toArray(String[]::new))
                .param(
                        "lineDiscounts",
                        lines.stream().map(l -> l.discount().toPlainString()).toArray(String[]::new))
                .param(
                        "lineCosts",
                        lines.stream().map(l -> l.cost().toPlainString()).toArray(String[]::new));
    }

    /** The appointment's location, status and start, if the hash matches (or no hash is asked for). */
    public Optional<Held> find(long id, String hash) {
        return db.sql(HELD + " where id = :id and (cast(:hash as text) is null or record_hash = :hash)")
                .param("id", id)
                .param("hash", hash)
                .query(Bookings::held)
                .optional();
    }

    /** The appointment's version: raised by every change of its times, team member, client, lines or status. */
    public Optional<Integer> version(long locationId, long id) {
        return db.sql("select version from appointments where id = :id and location_id = :location")
                .param("id", id)
                .param("location", locationId)
                .query(Integer.class)
                .optional();
    }

    /** The services of an appointment, in booking order. */
    public List<Long> serviceIds(long appointmentId) {
        return db.sql("select service_id from appointment_services where appointment_id = :id order by position")
                .param("id", appointmentId)
                .query(Long.class)
                .list();
    }

    /**
     * Locks one appointment row for a status change or a move, and reads it as it is once locked
     * (PostgreSQL re-reads a row it had to wait for).
     */
    public Optional<Held> lock(long id) {
        return db.sql(HELD + " where id = :id for update")
                .param("id", id)
                .query(Bookings::held)
                .optional();
    }

    /**
     * Makes {@code move} if the appointment is still in one of {@code from}, stamping its time and
     * recording {@code by} where the move does; false when it is no longer in one of those
     * statuses (another decision won).
     */
    public boolean transition(long id, Collection<AppointmentStatus> from, Transition move, Long by, Instant at) {
        int updated = db.sql(TRANSITION)
                .param("to", move.to().dbName())
                .param("stamped", move.stamps())
                .param("recordsWho", move.recordsWho())
                .param("by", by, java.sql.Types.BIGINT)
                .param("at", ts(at))
                .param("id", id)
                .param("from", from.stream().map(AppointmentStatus::dbName).toArray(String[]::new))
                .update();
        if (updated == 1) {
            // Resources are held exactly while the status holds time; a no-show marked arrived holds them again.
            db.sql(
                            "update appointment_resources set active = :holding where appointment_id = :id and active <> :holding")
                    .param("holding", AppointmentStatus.HOLDING.contains(move.to()))
                    .param("id", id)
                    .update();
        }
        return updated == 1;
    }

    /** The record fields only staff set, and the appointment's labels (replaced). */
    public record Details(
            boolean clientConfirmed,
            int smsRemainHours,
            int emailRemainHours,
            String customColor,
            String customFontColor,
            String customFieldsJson,
            Integer technicalBreakSeconds,
            List<Long> labels) {

        public ReminderHours reminders() {
            return new ReminderHours(smsRemainHours, emailRemainHours);
        }
    }

    public void setDetails(long id, Details d) {
        db.sql("""
                        update appointments set client_confirmed = :clientConfirmed, sms_remain_hours = :smsRemainHours,
                               email_remain_hours = :emailRemainHours, custom_color = :customColor,
                               custom_font_color = :customFontColor, custom_fields = cast(:customFieldsJson as jsonb),
                               technical_break_seconds = :technicalBreakSeconds
                         where id = :id
                        """)
                .paramSource(dev.kairos.platform.SqlParams.of(d).addValue("id", id))
                .update();
        db.sql("delete from appointment_labels where appointment_id = :id")
                .param("id", id)
                .update();
        for (Long label : d.labels()) {
            db.sql("insert into appointment_labels (appointment_id, category_id) values (:id, :label)")
                    .param("id", id)
                    .param("label", label)
                    .update();
        }
    }

    /** What was paid for the appointment, refunds and deleted payments accounted for (kept on the row by every payment write). */
    /** The location's appointments among {@code ids} that money was paid for. */
    public java.util.Set<Long> paidAmong(long locationId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(
                db.sql("select id from appointments where location_id = :location and id in (:ids) and paid_amount > 0")
                        .param("location", locationId)
                        .param("ids", ids)
                        .query(Long.class)
                        .list());
    }

    public java.math.BigDecimal paidAmount(long id) {
        return db.sql("select paid_amount from appointments where id = :id")
                .param("id", id)
                .query(java.math.BigDecimal.class)
                .single();
    }

    /** The technical break the appointment holds after it; null for one written before it was kept. */
    public Integer technicalBreakSeconds(long id) {
        return db.sql("select technical_break_seconds from appointments where id = :id")
                .param("id", id)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    /** Records that the client cancelled the appointment themselves: no staff user did. */
    public void markCancelledByClient(long id) {
        db.sql("update appointments set cancelled_by_client = true where id = :id")
                .param("id", id)
                .update();
    }

    public void setClientConfirmed(long id, boolean confirmed) {
        db.sql("update appointments set client_confirmed = :confirmed where id = :id")
                .param("confirmed", confirmed)
                .param("id", id)
                .update();
    }

    /** Moves an appointment to new times, re-holding its resources for them. */
    public void move(long id, NewAppointment.Times times, List<NewAppointment.Hold> holds, String comment, Instant at) {
        db.sql("""
                        update appointments set starts_at = :start, ends_at = :end, busy_from = :busyFrom, busy_until = :busyUntil,
                               comment = coalesce(:comment, comment), updated_at = :at, version = version + 1
                         where id = :id
                        """)
                .param("start", ts(times.start()))
                .param("end", ts(times.end()))
                .param("busyFrom", ts(times.busyFrom()))
                .param("busyUntil", ts(times.busyUntil()))
                .param("comment", comment)
                .param("at", ts(at))
                .param("id", id)
                .update();
        db.sql("delete from appointment_resources where appointment_id = :id")
                .param("id", id)
                .update();
        insertHolds(id, holds);
    }

    private void insertHolds(long id, List<NewAppointment.Hold> holds) {
        for (NewAppointment.Hold hold : holds) {
            db.sql("""
                            insert into appointment_resources (appointment_id, resource_instance_id, busy_from, busy_until)
                            values (:id, :instance, :from, :until)
                            """)
                    .param("id", id)
                    .param("instance", hold.instance().value())
                    .param("from", ts(hold.from()))
                    .param("until", ts(hold.until()))
                    .update();
        }
    }

    private static Held held(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Held(
                rs.getLong(1),
                rs.getLong(2),
                (Long) rs.getObject(3),
                AppointmentStatus.fromDb(rs.getString(4)),
                rs.getObject(5, OffsetDateTime.class).toInstant(),
                rs.getObject(6, OffsetDateTime.class).toInstant(),
                rs.getString(7),
                rs.getObject(8, OffsetDateTime.class).toInstant(),
                rs.getObject(9, OffsetDateTime.class).toInstant(),
                rs.getBoolean(10),
                new ReminderHours(rs.getInt(11), rs.getInt(12)));
    }

    public static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * The parts of an appointment that booking decisions look at.
     *
     * @param busyFrom when it starts to hold its team member (the start less the buffer before)
     * @param busyUntil until when it holds them (the end plus the buffer after and the break)
     * @param clientConfirmed whether the client confirmed they will come (Altegio attendance 2)
     */
    public record Held(
            long id,
            long locationId,
            Long teamMemberId,
            AppointmentStatus status,
            Instant start,
            Instant end,
            String recordHash,
            Instant busyFrom,
            Instant busyUntil,
            boolean clientConfirmed,
            ReminderHours reminders) {

        /** Whether {@code plan} books exactly the time, team member and services this appointment holds already. */
        public boolean holdsAlready(RecordPlanner.Plan plan, List<Long> serviceIds) {
            NewAppointment.Times t = plan.times();
            return java.util.Objects.equals(teamMemberId, plan.member())
                    && busyFrom.equals(t.busyFrom())
                    && busyUntil.equals(t.busyUntil())
                    && serviceIds.equals(
                            plan.services().stream().map(s -> s.id()).toList());
        }
    }
}
