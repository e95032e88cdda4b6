package dev.kairos.appointments;

import dev.kairos.directory.TeamMemberView;
import dev.kairos.directory.TeamMembers;
import dev.kairos.questionnaires.AnswerView;
import dev.kairos.questionnaires.Intake;
import dev.kairos.wire.WireTime;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
 * Altegio's record object (GET /records, GET /record, webhooks), built for a page of appointments
 * at once: one query per part (appointments, service lines, team members, clients, labels,
 * payments), never one per appointment.
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

    /** The record of the location, deleted ones included; empty for another location's or an unknown id. */
    public Optional<Map<String, Object>> find(long locationId, long recordId, Include include) {
        List<Map<String, Object>> found = render(List.of(recordId), include);
        return found.stream()
                .filter(r -> ((Long) r.get("company_id")) == locationId)
                .findFirst();
    }

    /** The records with these ids, in the order given; unknown ids are left out. */
    public List<Map<String, Object>> render(List<Long> ids, Include include) {
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
        Map<Long, Object> staff = staff(rows.values());
        Map<Long, Map<String, Object>> clients = parts.clients(rows.values().stream()
                .map(Row::clientId)
                .filter(c -> c != null)
                .distinct()
                .toArray(Long[]::new));
        Map<Long, List<Map<String, Object>>> labels = parts.labels(array);
        Map<Long, List<RecordParts.Payment>> payments = parts.payments(array);
        Map<Long, List<Long>> instances = parts.instances(array);
        SentNotifications told = sent.getIfAvailable();
        Map<Long, SentNotifications.Flags> flags = told == null ? Map.of() : told.of(array);
        Map<Long, List<AnswerView>> answers = intake.of(ids);
        List<Map<String, Object>> records = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Row row = rows.get(id);
            if (row != null) {
                records.add(record(
                        row,
                        lines.getOrDefault(id, List.of()),
                        staff.get(row.teamMemberId()),
                        row.clientId() == null ? null : clients.get(row.clientId()),
                        labels.getOrDefault(id, List.of()),
                        payments.getOrDefault(id, List.of()),
                        instances.getOrDefault(id, List.of()),
                        flags.getOrDefault(id, SentNotifications.Flags.NONE),
                        answers.getOrDefault(id, List.of()),
                        include));
            }
        }
        return records;
    }

    private Map<Long, Object> staff(java.util.Collection<Row> rows) {
        List<Long> ids = rows.stream()
                .map(Row::teamMemberId)
                .filter(m -> m != null)
                .distinct()
                .toList();
        Map<Long, Object> views = new HashMap<>();
        teamMembers.findAll(ids).forEach(m -> views.put(m.id(), TeamMemberView.forRecord(m)));
        return views;
    }

    private static Map<String, Object> record(
            Row row,
            List<RecordParts.Line> lines,
            Object staff,
            Map<String, Object> client,
            List<Map<String, Object>> labels,
            List<RecordParts.Payment> payments,
            List<Long> instances,
            SentNotifications.Flags sent,
            List<AnswerView> answers,
            Include include) {
        ZoneId zone = row.zone();
        int attendance = row.status().attendance(row.clientConfirmed());
        long length = row.end().getEpochSecond() - row.start().getEpochSecond();
        PaymentState paid = PaymentState.of(lines, payments);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", row.id());
        m.put("company_id", row.locationId());
        m.put("staff_id", row.teamMemberId() == null ? 0 : row.teamMemberId());
        m.put("services", lines.stream().map(RecordParts.Line::view).toList());
        m.put("goods_transactions", List.of());
        m.put("staff", staff);
        m.put("client", client);
        m.put("comer", null);
        m.put("clients_count", row.clientsCount());
        m.put("date", WireTime.local(row.start(), zone));
        m.put("datetime", WireTime.iso(row.start(), zone));
        m.put("create_date", WireTime.compact(row.createdAt(), zone));
        m.put("comment", row.comment());
        m.put("online", row.online());
        m.put("visit_attendance", attendance);
        m.put("attendance", attendance);
        m.put("confirmed", row.status().confirmed());
        m.put("seance_length", length);
        m.put("length", length);
        m.put("sms_before", row.smsRemainHours() > 0 ? 1 : 0);
        m.put("sms_now", sent.smsNow() ? 1 : 0);
        m.put("sms_now_text", "");
        m.put("email_now", sent.emailNow() ? 1 : 0);
        m.put("notified", sent.notified() ? 1 : 0);
        m.put("master_request", row.masterRequested() ? 1 : 0);
        m.put("api_id", row.apiId());
        m.put("from_url", "");
        m.put("review_requested", 0);
        m.put("is_remind_sms_sent", sent.reminderSmsSent());
        m.put("visit_id", row.visitId() == null ? 0 : row.visitId());
        m.put("created_user_id", row.createdUserId() == null ? 0 : row.createdUserId());
        m.put("deleted", row.status().deleted());
        m.put("paid_full", paid.full() ? 1 : 0);
        m.put("payment_status", paid.status());
        m.put("prepaid", false);
        m.put("prepaid_confirmed", false);
        m.put("last_change_date", WireTime.compact(row.updatedAt(), zone));
        m.put("custom_color", row.customColor());
        m.put("custom_font_color", row.customFontColor());
        m.put("record_labels", labels);
        m.put("activity_id", row.eventId() == null ? 0 : row.eventId());
        m.put("custom_fields", row.customFields());
        m.put("documents", List.of());
        m.put("sms_remain_hours", row.smsRemainHours());
        m.put("email_remain_hours", row.emailRemainHours());
        m.put("bookform_id", 0);
        m.put("record_from", row.online() ? "online" : "");
        m.put("is_mobile", 0);
        m.put("is_sale_bill_printed", false);
        m.put("acceptance_free", null);
        m.put("is_update_blocked", row.status().deleted());
        m.put("resource_instance_ids", instances);
        m.put("answers", answers);
        m.put("short_link", "");
        m.put("status", row.status().dbName());
        m.put("source", row.source());
        m.put("overbooked", row.overbooked());
        // In minutes, as the GET /records reference gives it (POST takes seconds).
        m.put("technical_break_duration", row.technicalBreakSeconds() == null ? 0 : row.technicalBreakSeconds() / 60);
        m.put("timestamps", row.timestamps());
        if (include.consumables()) {
            // Kairos keeps no stock of goods: an appointment consumes nothing it could list.
            m.put("consumables", List.of());
        }
        if (include.financeTransactions()) {
            m.put(
                    "finance_transactions",
                    payments.stream().map(p -> p.view(zone)).toList());
        }
        return m;
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

    private record Row(
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
            Map<String, Object> timestamps) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        ZoneId zone = ZoneId.of(rs.getString("time_zone"));
        Map<String, Object> stamps = new LinkedHashMap<>();
        for (String stamp :
                List.of("created", "confirmed", "arrived", "completed", "no_show", "cancelled", "rejected")) {
            stamps.put(stamp + "_at", WireTime.iso(instant(rs, stamp + "_at"), zone));
        }
        stamps.put("confirmed_by", rs.getObject("confirmed_by"));
        stamps.put("cancelled_by", rs.getObject("cancelled_by"));
        stamps.put("cancelled_by_client", rs.getBoolean("cancelled_by_client"));
        stamps.put("rejected_by", rs.getObject("rejected_by"));
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
