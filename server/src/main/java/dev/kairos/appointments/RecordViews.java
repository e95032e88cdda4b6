package dev.kairos.appointments;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kairos.directory.TeamMember;
import dev.kairos.directory.TeamMemberView;
import dev.kairos.directory.TeamMembers;
import dev.kairos.questionnaires.AnswerView;
import dev.kairos.questionnaires.Intake;
import dev.kairos.wire.WireTime;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appointments read for a page at once, one query per part (appointments, service lines, team
 * members, clients, labels, payments), never one per appointment; and Altegio's record object
 * (GET /records, GET /record, webhooks) made from them.
 */
@Component
public class RecordViews {

    private final JdbcClient db;
    private final TeamMembers teamMembers;
    private final RecordParts parts;
    private final ObjectProvider<SentNotifications> sent;
    private final Intake intake;

    RecordViews(
            JdbcClient db,
            TeamMembers teamMembers,
            RecordParts parts,
            ObjectProvider<SentNotifications> sent,
            Intake intake) {
        this.db = db;
        this.intake = intake;
        this.teamMembers = teamMembers;
        this.parts = parts;
        this.sent = sent;
    }

    /** Which optional parts to add: {@code consumables} and {@code finance_transactions}. */
    public record Include(boolean consumables, boolean financeTransactions) {
        public static final Include NONE = new Include(false, false);
    }

    /** The appointment of the location, deleted ones included; empty for another location's or an unknown id. */
    public Optional<Appointment> find(long locationId, long recordId) {
        return read(List.of(recordId)).stream()
                .filter(a -> a.row().locationId() == locationId)
                .findFirst();
    }

    /** The record objects of the appointments with these ids, in the order given; unknown ids are left out. */
    public List<RecordView> render(List<Long> ids, Include include) {
        return read(ids).stream().map(a -> a.record(include)).toList();
    }

    /** The appointments with these ids, in the order given; unknown ids are left out. */
    public List<Appointment> read(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] array = ids.toArray(Long[]::new);
        Map<Long, Row> rows = db.sql("""
                        select a.*, l.time_zone from appointments a join locations l on l.id = a.location_id
                         where a.id = any(:ids)
                        """).param("ids", array).query(RecordViews::row).list().stream()
                .collect(Collectors.toMap(Row::id, r -> r));
        Map<Long, List<RecordParts.Line>> lines = parts.lines(array);
        Map<Long, TeamMember> staff = staff(rows.values());
        Map<Long, RecordParts.RecordClient> clients = parts.clients(rows.values().stream()
                .map(Row::clientId)
                .filter(c -> c != null)
                .distinct()
                .toArray(Long[]::new));
        Map<Long, List<RecordParts.RecordLabel>> labels = parts.labels(array);
        Map<Long, List<RecordParts.Payment>> payments = parts.payments(array);
        Map<Long, List<Long>> instances = parts.instances(array);
        SentNotifications told = sent.getIfAvailable();
        Map<Long, SentNotifications.Flags> flags = told == null ? Map.of() : told.of(array);
        Map<Long, List<AnswerView>> answers = intake.of(ids);
        List<Appointment> read = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Row row = rows.get(id);
            if (row != null) {
                read.add(new Appointment(
                        row,
                        lines.getOrDefault(id, List.of()),
                        row.teamMemberId() == null ? null : staff.get(row.teamMemberId()),
                        row.clientId() == null ? null : clients.get(row.clientId()),
                        labels.getOrDefault(id, List.of()),
                        payments.getOrDefault(id, List.of()),
                        instances.getOrDefault(id, List.of()),
                        flags.getOrDefault(id, SentNotifications.Flags.NONE),
                        answers.getOrDefault(id, List.of())));
            }
        }
        return read;
    }

    private Map<Long, TeamMember> staff(java.util.Collection<Row> rows) {
        List<Long> ids = rows.stream()
                .map(Row::teamMemberId)
                .filter(m -> m != null)
                .distinct()
                .toList();
        Map<Long, TeamMember> members = new HashMap<>();
        teamMembers.findAll(ids).forEach(m -> members.put(m.id(), m));
        return members;
    }

    /**
     * An appointment read once, with all it shows: the API's record object, the admin pages and the
     * export are each built from it.
     *
     * @param staff its team member, null for none or one no longer known
     * @param client its client, null for none
     * @param payments the payments and refunds that count, oldest first
     * @param resourceInstanceIds the rooms and devices it holds
     */
    public record Appointment(
            Row row,
            List<RecordParts.Line> lines,
            TeamMember staff,
            RecordParts.RecordClient client,
            List<RecordParts.RecordLabel> labels,
            List<RecordParts.Payment> payments,
            List<Long> resourceInstanceIds,
            SentNotifications.Flags sent,
            List<AnswerView> answers) {

        public long id() {
            return row.id();
        }

        /** Its start, local to the location. */
        public LocalDateTime localStart() {
            return LocalDateTime.ofInstant(row.start(), row.zone());
        }

        /** Its length in seconds. */
        public long lengthSeconds() {
            return row.end().getEpochSecond() - row.start().getEpochSecond();
        }

        /** Altegio's attendance: 2 client confirmed, 1 arrived, 0 waiting, -1 no-show. */
        public int attendance() {
            return row.status().attendance(row.clientConfirmed());
        }

        /** What was paid, refunds taken off. */
        public BigDecimal paid() {
            return PaymentState.of(lines, payments).paid();
        }

        /** The services' cost after discounts. */
        public BigDecimal cost() {
            return PaymentState.of(lines, payments).cost();
        }

        /** {@code not_paid}, {@code partially_paid}, {@code paid_full} or {@code free}. */
        public String paymentStatus() {
            return PaymentState.of(lines, payments).status();
        }

        /** Altegio's record object; {@code include} adds the optional parts. */
        public RecordView record(Include include) {
            ZoneId zone = row.zone();
            int attendance = attendance();
            long length = lengthSeconds();
            PaymentState paid = PaymentState.of(lines, payments);
            return new RecordView(
                    row.id(),
                    row.locationId(),
                    row.teamMemberId() == null ? 0 : row.teamMemberId(),
                    lines.stream().map(RecordParts.Line::view).toList(),
                    List.of(),
                    staff == null ? null : TeamMemberView.forRecord(staff),
                    client,
                    null,
                    row.clientsCount(),
                    WireTime.local(row.start(), zone),
                    WireTime.iso(row.start(), zone),
                    WireTime.compact(row.createdAt(), zone),
                    row.comment(),
                    row.online(),
                    attendance,
                    attendance,
                    row.status().confirmed(),
                    length,
                    length,
                    row.smsRemainHours() > 0 ? 1 : 0,
                    sent.smsNow() ? 1 : 0,
                    "",
                    sent.emailNow() ? 1 : 0,
                    sent.notified() ? 1 : 0,
                    row.masterRequested() ? 1 : 0,
                    row.apiId(),
                    "",
                    0,
                    sent.reminderSmsSent(),
                    row.visitId() == null ? 0 : row.visitId(),
                    row.createdUserId() == null ? 0 : row.createdUserId(),
                    row.status().deleted(),
                    paid.full() ? 1 : 0,
                    paid.status(),
                    false,
                    false,
                    WireTime.compact(row.updatedAt(), zone),
                    row.customColor(),
                    row.customFontColor(),
                    labels,
                    row.eventId() == null ? 0 : row.eventId(),
                    row.customFields(),
                    List.of(),
                    row.smsRemainHours(),
                    row.emailRemainHours(),
                    0,
                    row.online() ? "online" : "",
                    0,
                    false,
                    null,
                    row.status().deleted(),
                    resourceInstanceIds,
                    answers,
                    "",
                    row.status().dbName(),
                    row.source(),
                    row.overbooked(),
                    // In minutes, as the GET /records reference gives it (POST takes seconds).
                    row.technicalBreakSeconds() == null ? 0 : row.technicalBreakSeconds() / 60,
                    row.stamps().view(zone),
                    // Kairos keeps no stock of goods: an appointment consumes nothing it could list.
                    include.consumables() ? List.of() : null,
                    include.financeTransactions()
                            ? payments.stream().map(p -> p.view(zone)).toList()
                            : null);
        }
    }

    /**
     * Altegio's record object (§2.2.5), field for field as the wire has it. The constant fields are
     * Altegio's for what Kairos does not keep (goods, documents, booking forms, prepayments).
     *
     * @param staff the team member's record view, null for none
     * @param consumables present only when asked for ({@code include_consumables})
     * @param financeTransactions present only when asked for ({@code include_finance_transactions})
     */
    public record RecordView(
            long id,
            long companyId,
            long staffId,
            List<RecordParts.RecordService> services,
            List<Object> goodsTransactions,
            TeamMemberView.ForRecord staff,
            RecordParts.RecordClient client,
            Object comer,
            int clientsCount,
            String date,
            String datetime,
            String createDate,
            String comment,
            boolean online,
            int visitAttendance,
            int attendance,
            int confirmed,
            long seanceLength,
            long length,
            int smsBefore,
            int smsNow,
            String smsNowText,
            int emailNow,
            int notified,
            int masterRequest,
            String apiId,
            String fromUrl,
            int reviewRequested,
            boolean isRemindSmsSent,
            long visitId,
            long createdUserId,
            boolean deleted,
            int paidFull,
            String paymentStatus,
            boolean prepaid,
            boolean prepaidConfirmed,
            String lastChangeDate,
            String customColor,
            String customFontColor,
            List<RecordParts.RecordLabel> recordLabels,
            long activityId,
            Object customFields,
            List<Object> documents,
            int smsRemainHours,
            int emailRemainHours,
            int bookformId,
            String recordFrom,
            int isMobile,
            boolean isSaleBillPrinted,
            Object acceptanceFree,
            boolean isUpdateBlocked,
            List<Long> resourceInstanceIds,
            List<AnswerView> answers,
            String shortLink,
            String status,
            String source,
            boolean overbooked,
            int technicalBreakDuration,
            RecordTimestamps timestamps,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Object> consumables,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<RecordParts.FinanceTransaction> financeTransactions) {}

    /** The lifecycle's timestamps of a record object, local to the location with their offset. */
    public record RecordTimestamps(
            String createdAt,
            String confirmedAt,
            String arrivedAt,
            String completedAt,
            String noShowAt,
            String cancelledAt,
            String rejectedAt,
            Long confirmedBy,
            Long cancelledBy,
            boolean cancelledByClient,
            Long rejectedBy) {}

    /**
     * When the appointment went through each step of its lifecycle (null for steps it did not
     * take), and who confirmed, cancelled or rejected it.
     */
    public record Stamps(
            Instant createdAt,
            Instant confirmedAt,
            Instant arrivedAt,
            Instant completedAt,
            Instant noShowAt,
            Instant cancelledAt,
            Instant rejectedAt,
            Long confirmedBy,
            Long cancelledBy,
            boolean cancelledByClient,
            Long rejectedBy) {

        /** The steps taken, in the lifecycle's order, by name ({@code created}, {@code no_show}...). */
        public Map<String, Instant> taken() {
            Map<String, Instant> taken = new LinkedHashMap<>();
            put(taken, "created", createdAt);
            put(taken, "confirmed", confirmedAt);
            put(taken, "arrived", arrivedAt);
            put(taken, "completed", completedAt);
            put(taken, "no_show", noShowAt);
            put(taken, "cancelled", cancelledAt);
            put(taken, "rejected", rejectedAt);
            return taken;
        }

        private static void put(Map<String, Instant> taken, String step, Instant at) {
            if (at != null) {
                taken.put(step, at);
            }
        }

        RecordTimestamps view(ZoneId zone) {
            return new RecordTimestamps(
                    WireTime.iso(createdAt, zone),
                    WireTime.iso(confirmedAt, zone),
                    WireTime.iso(arrivedAt, zone),
                    WireTime.iso(completedAt, zone),
                    WireTime.iso(noShowAt, zone),
                    WireTime.iso(cancelledAt, zone),
                    WireTime.iso(rejectedAt, zone),
                    confirmedBy,
                    cancelledBy,
                    cancelledByClient,
                    rejectedBy);
        }
    }

    /** Whether the services' cost after discounts is covered by the payments received. */
    record PaymentState(BigDecimal cost, BigDecimal paid) {

        static PaymentState of(List<RecordParts.Line> lines, List<RecordParts.Payment> payments) {
            BigDecimal cost = lines.stream().map(RecordParts.Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal paid =
                    payments.stream().map(RecordParts.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new PaymentState(cost, paid);
        }

        /** Nothing is left to pay; true for an appointment that costs nothing. */
        boolean full() {
            return paid.compareTo(cost) >= 0;
        }

        /** {@code not_paid}, {@code partially_paid}, {@code paid_full}, or {@code free} for an appointment that costs nothing. */
        String status() {
            if (cost.signum() == 0) {
                return "free";
            }
            return full() ? "paid_full" : paid.signum() > 0 ? "partially_paid" : "not_paid";
        }
    }

    /** The appointment's own columns, with its location's zone. */
    public record Row(
            long id,
            long locationId,
            Long teamMemberId,
            Long clientId,
            Long eventId,
            Long visitId,
            ZoneId zone,
            Instant start,
            Instant end,
            AppointmentStatus status,
            boolean clientConfirmed,
            boolean online,
            boolean overbooked,
            String source,
            boolean masterRequested,
            int clientsCount,
            String comment,
            String apiId,
            String customColor,
            String customFontColor,
            Object customFields,
            Long createdUserId,
            Instant createdAt,
            Instant updatedAt,
            int smsRemainHours,
            int emailRemainHours,
            Integer technicalBreakSeconds,
            Stamps stamps) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        ZoneId zone = ZoneId.of(rs.getString("time_zone"));
        Stamps stamps = new Stamps(
                instant(rs, "created_at"),
                instant(rs, "confirmed_at"),
                instant(rs, "arrived_at"),
                instant(rs, "completed_at"),
                instant(rs, "no_show_at"),
                instant(rs, "cancelled_at"),
                instant(rs, "rejected_at"),
                (Long) rs.getObject("confirmed_by"),
                (Long) rs.getObject("cancelled_by"),
                rs.getBoolean("cancelled_by_client"),
                (Long) rs.getObject("rejected_by"));
        return new Row(
                rs.getLong("id"),
                rs.getLong("location_id"),
                (Long) rs.getObject("team_member_id"),
                (Long) rs.getObject("client_id"),
                (Long) rs.getObject("event_id"),
                (Long) rs.getObject("visit_id"),
                zone,
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                AppointmentStatus.fromDb(rs.getString("status")),
                rs.getBoolean("client_confirmed"),
                rs.getBoolean("online"),
                rs.getBoolean("overbooked"),
                rs.getString("source"),
                rs.getBoolean("master_requested"),
                rs.getInt("clients_count"),
                rs.getString("comment"),
                rs.getString("api_id"),
                rs.getString("custom_color"),
                rs.getString("custom_font_color"),
                RecordParts.json(rs.getString("custom_fields")),
                (Long) rs.getObject("created_user_id"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getInt("sms_remain_hours"),
                rs.getInt("email_remain_hours"),
                (Integer) rs.getObject("technical_break_seconds"),
                stamps);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
