package dev.kairos.booking;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.clients.ClientByPhone;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appointment rows as booking changes them (written through {@link AppointmentWriter}), and the row locks that serialise bookings. */
@Repository
public class Bookings {

    private static final String HELD = """
            select id, location_id, team_member_id, status, starts_at, ends_at, record_hash, busy_from, busy_until,
                   client_confirmed, sms_remain_hours, email_remain_hours
              from appointments""";

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
    private final AppointmentWriter writer;

    Bookings(JdbcClient db, VisitGrouping visits, AppointmentWriter writer) {
        this.db = db;
        this.visits = visits;
        this.writer = writer;
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
        return writer.insert(a, visit);
    }

    /**
     * Writes a booking and its client in one statement, as {@link AppointmentWriter#insertWithClient}
     * does: the client found by phone or made, held, the visit joined or made, the appointment with
     * its lines and holds. Call after the team members' and resources' locks, as every writer does.
     */
    public AppointmentWriter.WithClient insertWithClient(NewAppointment a, ClientByPhone client) {
        return writer.insertWithClient(a, client);
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
        writer.replaceLines(id, a.services());
        writer.replaceHolds(id, a.resources());
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
        writer.replaceLabels(id, d.labels());
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
        writer.replaceHolds(id, holds);
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
