package dev.kairos.booking;

import static dev.kairos.booking.Bookings.ts;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.clients.ClientByPhone;
import dev.kairos.platform.SequenceIds;
import dev.kairos.platform.SqlParams;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one writer of appointment rows with their service lines, resource holds and labels: one
 * appointment at a time for a booking (in one statement with its lines and holds, and for an
 * online booking with its client and visit too), or many in one statement per table for an import
 * or the demo data. The exclusion constraints refuse an overlap either way; the caller holds the
 * transaction.
 */
@Repository
public class AppointmentWriter {

    private static final String INTO_APPOINTMENTS = """
            insert into appointments (location_id, team_member_id, client_id, event_id, starts_at, ends_at,
                busy_from, busy_until, status, confirmed_at, arrived_at, no_show_at, online, source,
                master_requested, clients_count, comment, api_id, record_hash, created_user_id, client_name,
                client_phone, client_email, overbooked, created_at, updated_at, visit_id, services_cost,
                technical_break_seconds, sms_remain_hours, email_remain_hours""";

    private static final String INTO_LINES =
            "insert into appointment_services (appointment_id, service_id, position, amount, first_cost, discount, cost)";

    /**
     * Service lines, in order, from arrays bound by {@link #lines(MapSqlParameterSource, List)},
     * for the appointment named by the statement's common table {@code target(id)}.
     */
    private static final String LINES = INTO_LINES + """

            select t.id, l.service_id, l.position - 1, l.amount, l.first_cost, l.discount, l.cost
              from target t,
                   unnest(cast(:lineServices as bigint[]), cast(:lineAmounts as int[]), cast(:lineFirstCosts as numeric[]),
                          cast(:lineDiscounts as numeric[]), cast(:lineCosts as numeric[]))
                   with ordinality as l(service_id, amount, first_cost, discount, cost, position)
            """;

    /**
     * The appointment of {@code who(client_id)} in {@code visit(id)}, with its service lines and
     * resource holds: common tables ending in {@code a(id)} and {@code holds}, each refused with
     * {@code onConflict}'s word when an exclusion constraint finds its time taken.
     */
    private static String appointmentTables(String onConflict) {
        return "a as (\n" + INTO_APPOINTMENTS + """
                )
                select :locationId, :teamMemberId, w.client_id, :eventId, :start, :end, :busyFrom, :busyUntil,
                       :status, :confirmedAt, :arrivedAt, :noShowAt, :online, :source, :masterRequested, :clientsCount,
                       :note, :apiId, :recordHash, :createdUserId, :clientName, :clientPhone, :clientEmail,
                       :overbooked, :createdAt, :createdAt, v.id, :servicesCost, :technicalBreakSeconds,
                       :smsHours, :emailHours
                  from who w, visit v
                """ + onConflict + "\nreturning id),\n" + """
                target as (select id from a),
                lines as (""" + LINES + """
                ),
                holds as (
                    insert into appointment_resources (appointment_id, resource_instance_id, busy_from, busy_until, active)
                    select t.id, h.instance, h.busy_from, h.busy_until, true
                      from target t,
                           unnest(cast(:holdInstances as bigint[]), cast(:holdFroms as timestamptz[]),
                                  cast(:holdUntils as timestamptz[])) as h(instance, busy_from, busy_until)
                    """ + onConflict
                + "\nreturning resource_instance_id)";
    }

    /** The appointment, its lines and holds, for a client and visit chosen before. */
    private static final String INSERT = """
            with who as (select cast(:clientId as bigint) as client_id),
            visit as (select cast(:visitId as bigint) as id),
            """ + appointmentTables("") + """

            select id from a
            """;

    /**
     * A booking's whole write: its client found or made and held, its visit joined or made, and
     * the appointment with its lines and holds. A conflict says so rather than fail: no
     * appointment when its team member's time was taken, fewer holds than asked when a room's was;
     * what the statement wrote before it (a client, a visit, the appointment without its hold) is
     * for the caller to roll back.
     */
    private static final String INSERT_WITH_CLIENT = "with " + ClientByPhone.TABLES + ",\n"
            + VisitGrouping.CLIENT_HELD + ",\n" + VisitGrouping.JOIN_OR_CREATE_TABLES + ",\n"
            + appointmentTables("on conflict do nothing") + """

            select (select id from client) as client_id, coalesce((select created from client), false) as created,
                   exists (select 1 from who) as held, (select id from a) as appointment_id,
                   (select count(*) from holds) as holds
            """;

    private static final String REPLACE_LINES = """
            with target as (select cast(:id as bigint) as id),
            line as (""" + LINES + """
             returning cost)
            update appointments set services_cost = (select coalesce(sum(cost), 0) from line) where id = :id
            """;

    /** Many appointments at once, from arrays bound by {@link #insertAll}, with ids drawn ahead. */
    private static final String INSERT_ALL = INTO_APPOINTMENTS + """
            , id, client_confirmed, completed_at, cancelled_at, cancelled_by)
            select * from unnest(
                cast(:locations as bigint[]), cast(:members as bigint[]), cast(:clients as bigint[]), cast(:events as bigint[]),
                cast(:starts as timestamptz[]), cast(:ends as timestamptz[]), cast(:busyFroms as timestamptz[]),
                cast(:busyUntils as timestamptz[]), cast(:statuses as text[]), cast(:confirmedAts as timestamptz[]),
                cast(:arrivedAts as timestamptz[]), cast(:noShowAts as timestamptz[]), cast(:onlines as boolean[]),
                cast(:sources as text[]), cast(:masterRequesteds as boolean[]), cast(:clientsCounts as int[]),
                cast(:comments as text[]), cast(:apiIds as text[]), cast(:hashes as text[]), cast(:creators as bigint[]),
                cast(:names as text[]), cast(:phones as text[]), cast(:emails as text[]), cast(:overbookeds as boolean[]),
                cast(:createdAts as timestamptz[]), cast(:updatedAts as timestamptz[]), cast(:visits as bigint[]),
                cast(:costs as numeric[]), cast(:breaks as int[]), cast(:smsHours as int[]), cast(:emailHours as int[]),
                cast(:ids as bigint[]), cast(:clientConfirmeds as boolean[]), cast(:completedAts as timestamptz[]),
                cast(:cancelledAts as timestamptz[]), cast(:cancelledBys as bigint[]))
            """;

    private static final String INSERT_ALL_LINES = INTO_LINES + """

            select a, s, p, n, f, d, c
              from unnest(cast(:appointments as bigint[]), cast(:services as bigint[]), cast(:positions as int[]),
                          cast(:amounts as int[]), cast(:firsts as numeric[]), cast(:discounts as numeric[]),
                          cast(:costs as numeric[]))
                   as r(a, s, p, n, f, d, c)
            """;

    private static final String HOLD = """
            insert into appointment_resources (appointment_id, resource_instance_id, busy_from, busy_until, active)
            values (:id, :instance, :from, :until, :active)
            """;

    private static final String LABEL =
            "insert into appointment_labels (appointment_id, category_id) values (:id, :label)";

    private static final String VISIT_EACH = """
            insert into visits (id, location_id, client_id, day)
            select v, r.l, c, (s at time zone l.time_zone)::date
              from unnest(cast(:visits as bigint[]), cast(:locations as bigint[]), cast(:clients as bigint[]),
                          cast(:starts as timestamptz[])) as r(v, l, c, s)
              join locations l on l.id = r.l
            """;

    private static final String VISIT_BY_CLIENT_AND_DAY = """
            with made as (
                insert into visits (location_id, client_id, day)
                select distinct a.location_id, a.client_id, (a.starts_at at time zone l.time_zone)::date
                  from appointments a join locations l on l.id = a.location_id
                 where a.id = any(cast(:ids as bigint[])) and a.client_id is not null
                returning id, location_id, client_id, day)
            update appointments a set visit_id = m.id
              from made m, locations l
             where a.id = any(cast(:ids as bigint[])) and l.id = a.location_id
               and m.location_id = a.location_id and m.client_id = a.client_id
               and m.day = (a.starts_at at time zone l.time_zone)::date
            """;

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate jdbc;

    AppointmentWriter(JdbcClient db, NamedParameterJdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    /**
     * How the appointments of a batch are grouped into visits: each its own (an import, as
     * Altegio's asks), or one per client and local day (the location's default grouping).
     */
    public enum Visits {
        EACH_ITS_OWN,
        BY_CLIENT_AND_DAY
    }

    /**
     * What an appointment's lifecycle has recorded when it is written.
     *
     * @param cancelledBy the user who cancelled it, or null
     */
    public record Stamps(
            boolean clientConfirmed,
            Instant updatedAt,
            Instant confirmedAt,
            Instant arrivedAt,
            Instant completedAt,
            Instant noShowAt,
            Instant cancelledAt,
            Long cancelledBy) {

        /** A new appointment made in {@code status} at {@code at}: confirmed then unless requested, and arrived or missed then. */
        public static Stamps fresh(AppointmentStatus status, Instant at, boolean clientConfirmed) {
            return new Stamps(
                    clientConfirmed,
                    at,
                    status == AppointmentStatus.REQUESTED ? null : at,
                    status == AppointmentStatus.ARRIVED ? at : null,
                    null,
                    status == AppointmentStatus.NO_SHOW ? at : null,
                    null,
                    null);
        }
    }

    /** One appointment of a batch, with its lifecycle so far and its labels (appointment categories). */
    public record Row(NewAppointment appointment, Stamps stamps, List<Long> labels) {}

    /**
     * Inserts the appointment with its service lines and resource holds in one statement.
     *
     * @param visitId the visit it joins, chosen first so the row is written once with it
     */
    long insert(NewAppointment a, long visitId) {
        return db.sql(INSERT)
                .paramSource(row(a).addValue("clientId", a.client().clientId()).addValue("visitId", visitId))
                .query(Long.class)
                .single();
    }

    /** What {@link #insertWithClient} came to. */
    public sealed interface WithClient {

        /** Written: the appointment, its client, and whether the client was made for it. */
        record Written(long appointmentId, long clientId, boolean clientCreated) implements WithClient {}

        /**
         * Not written: an exclusion constraint found the team member's time taken, or a room's
         * when {@code room}. The transaction holds what the statement wrote before, and must be
         * rolled back.
         */
        record Taken(boolean room) implements WithClient {}
    }

    /**
     * Writes a booking in one statement: finds or makes its client by phone, holds the client's
     * row (as {@link VisitGrouping} does, after the team member's lock), joins or makes the visit,
     * and inserts the appointment with its lines and holds. A second statement runs only when the
     * first could not settle the client: another booking made the same client, or changed the
     * client's row (a booking of the same client committed) after the first began.
     *
     * @param a the appointment; its client's id is not read, its client's name, phone and email are
     *     the appointment's copy
     */
    WithClient insertWithClient(NewAppointment a, ClientByPhone client) {
        for (int attempt = 0; attempt < 4; attempt++) {
            Settled settled = db.sql(INSERT_WITH_CLIENT)
                    .paramSource(SqlParams.both(row(a).addValue("self", null, Types.BIGINT), client.params()))
                    .query((rs, n) -> new Settled(
                            rs.getObject("client_id", Long.class),
                            rs.getBoolean("created"),
                            rs.getBoolean("held"),
                            rs.getObject("appointment_id", Long.class),
                            rs.getInt("holds")))
                    .single();
            if (settled.clientId() == null || !settled.held()) {
                continue;
            }
            if (settled.appointmentId() == null) {
                return new WithClient.Taken(false);
            }
            if (settled.holds() < a.resources().size()) {
                return new WithClient.Taken(true);
            }
            return new WithClient.Written(settled.appointmentId(), settled.clientId(), settled.created());
        }
        throw new IllegalStateException("client with phone " + client.phone() + " keeps changing");
    }

    /** One run of {@link #INSERT_WITH_CLIENT}. */
    private record Settled(Long clientId, boolean created, boolean held, Long appointmentId, int holds) {}

    /** Binds the appointment's row, its lines and its holds. */
    private static MapSqlParameterSource row(NewAppointment a) {
        Stamps stamps = Stamps.fresh(a.status(), a.origin().createdAt(), false);
        return lines(new MapSqlParameterSource(), a.services())
                .addValue("locationId", a.locationId())
                .addValue("teamMemberId", a.teamMemberId())
                .addValue("eventId", a.eventId())
                .addValue("start", ts(a.times().start()))
                .addValue("end", ts(a.times().end()))
                .addValue("busyFrom", ts(a.times().busyFrom()))
                .addValue("busyUntil", ts(a.times().busyUntil()))
                .addValue("status", a.status().dbName())
                .addValue("confirmedAt", ts(stamps.confirmedAt()))
                .addValue("arrivedAt", ts(stamps.arrivedAt()))
                .addValue("noShowAt", ts(stamps.noShowAt()))
                .addValue("online", a.origin().online())
                .addValue("source", a.origin().source())
                .addValue("masterRequested", a.terms().masterRequested())
                .addValue("clientsCount", a.terms().clientsCount())
                .addValue("note", a.terms().comment())
                .addValue("apiId", a.origin().apiId())
                .addValue("recordHash", a.origin().recordHash())
                .addValue("createdUserId", a.origin().createdUserId())
                .addValue("clientName", a.client().name())
                .addValue("clientPhone", a.client().phone())
                .addValue("clientEmail", a.client().email())
                .addValue("overbooked", a.terms().overbooked())
                .addValue("createdAt", ts(a.origin().createdAt()))
                .addValue("servicesCost", NewAppointment.Line.total(a.services()))
                .addValue("technicalBreakSeconds", a.times().technicalBreakSeconds())
                .addValue("smsHours", a.terms().reminders().sms())
                .addValue("emailHours", a.terms().reminders().email())
                .addValue(
                        "holdInstances", array(a.resources(), h -> h.instance().value(), Long[]::new))
                .addValue("holdFroms", array(a.resources(), h -> text(h.from()), String[]::new))
                .addValue("holdUntils", array(a.resources(), h -> text(h.until()), String[]::new));
    }

    /** Replaces an appointment's service lines, in the order given, and the cost it carries (in the same statement). */
    void replaceLines(long id, List<NewAppointment.Line> lines) {
        db.sql("delete from appointment_services where appointment_id = :id")
                .param("id", id)
                .update();
        db.sql(REPLACE_LINES)
                .paramSource(lines(new MapSqlParameterSource("id", id), lines))
                .update();
    }

    /** Replaces the resource instances an appointment holds. */
    void replaceHolds(long id, List<NewAppointment.Hold> holds) {
        db.sql("delete from appointment_resources where appointment_id = :id")
                .param("id", id)
                .update();
        for (NewAppointment.Hold hold : holds) {
            db.sql(HOLD).paramSource(hold(id, hold, true)).update();
        }
    }

    /** Replaces an appointment's labels. */
    void replaceLabels(long id, List<Long> labels) {
        db.sql("delete from appointment_labels where appointment_id = :id")
                .param("id", id)
                .update();
        for (Long label : labels) {
            db.sql(LABEL).paramSource(label(id, label)).update();
        }
    }

    /**
     * Writes the appointments with their lines, holds and labels, one statement per table, and
     * returns their ids in the order given. A hold is active while its appointment's status holds time.
     */
    public List<Long> insertAll(List<Row> rows, Visits grouping) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = SequenceIds.draw(db, "appointments", rows.size());
        List<NewAppointment> as = rows.stream().map(Row::appointment).toList();
        Long[] visits = new Long[rows.size()];
        if (grouping == Visits.EACH_ITS_OWN) {
            SequenceIds.draw(db, "visits", rows.size()).toArray(visits);
            db.sql(VISIT_EACH)
                    .param("visits", visits)
                    .param("locations", array(as, NewAppointment::locationId, Long[]::new))
                    .param("clients", array(as, a -> a.client().clientId(), Long[]::new))
                    .param("starts", array(as, a -> text(a.times().start()), String[]::new))
                    .update();
        }
        List<Stamps> stamps = rows.stream().map(Row::stamps).toList();
        db.sql(INSERT_ALL)
                .param("locations", array(as, NewAppointment::locationId, Long[]::new))
                .param("members", array(as, NewAppointment::teamMemberId, Long[]::new))
                .param("clients", array(as, a -> a.client().clientId(), Long[]::new))
                .param("events", array(as, NewAppointment::eventId, Long[]::new))
                .param("starts", array(as, a -> text(a.times().start()), String[]::new))
                .param("ends", array(as, a -> text(a.times().end()), String[]::new))
                .param("busyFroms", array(as, a -> text(a.times().busyFrom()), String[]::new))
                .param("busyUntils", array(as, a -> text(a.times().busyUntil()), String[]::new))
                .param("statuses", array(as, a -> a.status().dbName(), String[]::new))
                .param("confirmedAts", array(stamps, s -> text(s.confirmedAt()), String[]::new))
                .param("arrivedAts", array(stamps, s -> text(s.arrivedAt()), String[]::new))
                .param("noShowAts", array(stamps, s -> text(s.noShowAt()), String[]::new))
                .param("onlines", array(as, a -> a.origin().online(), Boolean[]::new))
                .param("sources", array(as, a -> a.origin().source(), String[]::new))
                .param("masterRequesteds", array(as, a -> a.terms().masterRequested(), Boolean[]::new))
                .param("clientsCounts", array(as, a -> a.terms().clientsCount(), Integer[]::new))
                .param("comments", array(as, a -> a.terms().comment(), String[]::new))
                .param("apiIds", array(as, a -> a.origin().apiId(), String[]::new))
                .param("hashes", array(as, a -> a.origin().recordHash(), String[]::new))
                .param("creators", array(as, a -> a.origin().createdUserId(), Long[]::new))
                .param("names", array(as, a -> a.client().name(), String[]::new))
                .param("phones", array(as, a -> a.client().phone(), String[]::new))
                .param("emails", array(as, a -> a.client().email(), String[]::new))
                .param("overbookeds", array(as, a -> a.terms().overbooked(), Boolean[]::new))
                .param("createdAts", array(as, a -> text(a.origin().createdAt()), String[]::new))
                .param("updatedAts", array(stamps, s -> text(s.updatedAt()), String[]::new))
                .param("visits", visits)
                .param("costs", array(as, a -> NewAppointment.Line.total(a.services()), BigDecimal[]::new))
                .param("breaks", array(as, a -> a.times().technicalBreakSeconds(), Integer[]::new))
                .param("smsHours", array(as, a -> a.terms().reminders().sms(), Integer[]::new))
                .param("emailHours", array(as, a -> a.terms().reminders().email(), Integer[]::new))
                .param("ids", ids.toArray(Long[]::new))
                .param("clientConfirmeds", array(stamps, Stamps::clientConfirmed, Boolean[]::new))
                .param("completedAts", array(stamps, s -> text(s.completedAt()), String[]::new))
                .param("cancelledAts", array(stamps, s -> text(s.cancelledAt()), String[]::new))
                .param("cancelledBys", array(stamps, Stamps::cancelledBy, Long[]::new))
                .update();
        if (grouping == Visits.BY_CLIENT_AND_DAY) {
            db.sql(VISIT_BY_CLIENT_AND_DAY)
                    .param("ids", ids.toArray(Long[]::new))
                    .update();
        }
        insertAllLines(ids, as);
        insertAllHoldsAndLabels(ids, rows);
        return ids;
    }

    private void insertAllLines(List<Long> ids, List<NewAppointment> as) {
        List<Long> appointment = new ArrayList<>();
        List<Integer> position = new ArrayList<>();
        List<NewAppointment.Line> lines = new ArrayList<>();
        for (int i = 0; i < as.size(); i++) {
            List<NewAppointment.Line> own = as.get(i).services();
            for (int p = 0; p < own.size(); p++) {
                appointment.add(ids.get(i));
                position.add(p);
                lines.add(own.get(p));
            }
        }
        db.sql(INSERT_ALL_LINES)
                .param("appointments", appointment.toArray(Long[]::new))
                .param("services", array(lines, NewAppointment.Line::serviceId, Long[]::new))
                .param("positions", position.toArray(Integer[]::new))
                .param("amounts", array(lines, NewAppointment.Line::amount, Integer[]::new))
                .param("firsts", array(lines, NewAppointment.Line::firstCost, BigDecimal[]::new))
                .param("discounts", array(lines, NewAppointment.Line::discount, BigDecimal[]::new))
                .param("costs", array(lines, NewAppointment.Line::cost, BigDecimal[]::new))
                .update();
    }

    private void insertAllHoldsAndLabels(List<Long> ids, List<Row> rows) {
        List<SqlParameterSource> holds = new ArrayList<>();
        List<SqlParameterSource> labels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NewAppointment a = rows.get(i).appointment();
            boolean active = AppointmentStatus.HOLDING.contains(a.status());
            for (NewAppointment.Hold hold : a.resources()) {
                holds.add(hold(ids.get(i), hold, active));
            }
            for (Long label : rows.get(i).labels()) {
                labels.add(label(ids.get(i), label));
            }
        }
        if (!holds.isEmpty()) {
            jdbc.batchUpdate(HOLD, holds.toArray(SqlParameterSource[]::new));
        }
        if (!labels.isEmpty()) {
            jdbc.batchUpdate(LABEL, labels.toArray(SqlParameterSource[]::new));
        }
    }

    private static SqlParameterSource hold(long id, NewAppointment.Hold hold, boolean active) {
        return new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("instance", hold.instance().value())
                .addValue("from", ts(hold.from()))
                .addValue("until", ts(hold.until()))
                .addValue("active", active);
    }

    private static SqlParameterSource label(long id, long label) {
        return new MapSqlParameterSource().addValue("id", id).addValue("label", label);
    }

    private static MapSqlParameterSource lines(MapSqlParameterSource params, List<NewAppointment.Line> lines) {
        return params.addValue("lineServices", array(lines, NewAppointment.Line::serviceId, Long[]::new))
                .addValue("lineAmounts", array(lines, NewAppointment.Line::amount, Integer[]::new))
                .addValue("lineFirstCosts", array(lines, l -> l.firstCost().toPlainString(), String[]::new))
                .addValue("lineDiscounts", array(lines, l -> l.discount().toPlainString(), String[]::new))
                .addValue("lineCosts", array(lines, l -> l.cost().toPlainString(), String[]::new));
    }

    private static <T, V> V[] array(List<T> items, Function<T, V> value, java.util.function.IntFunction<V[]> make) {
        return items.stream().map(value).toArray(make);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
