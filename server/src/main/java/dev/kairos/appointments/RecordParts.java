package dev.kairos.appointments;

import dev.kairos.wire.WireTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of record objects that live in other tables, each read for many appointments at once,
 * and their shapes on the wire.
 */
@Repository
public class RecordParts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient db;

    RecordParts(JdbcClient db) {
        this.db = db;
    }

    /** A priced service line of an appointment. */
    public record Line(
            long appointmentId,
            long serviceId,
            String title,
            Long categoryId,
            int amount,
            BigDecimal firstCost,
            BigDecimal discount,
            BigDecimal cost,
            BigDecimal priceMin,
            BigDecimal priceMax,
            int durationSeconds) {

        /** The line as the client cabinet shows it (Altegio's user record). */
        UserRecordService cabinetView() {
            return new UserRecordService(serviceId, title, cost, priceMin, priceMax, discount, amount, durationSeconds);
        }

        RecordService view() {
            BigDecimal perUnit =
                    amount == 0 ? cost : cost.divide(BigDecimal.valueOf(amount), 2, java.math.RoundingMode.HALF_UP);
            return new RecordService(
                    serviceId, title, cost, cost, cost, perUnit, discount, firstCost, amount, List.of());
        }
    }

    /** A service of a record object ({@code services[]}); Kairos has no assistants to list. */
    public record RecordService(
            long id,
            String title,
            BigDecimal cost,
            BigDecimal costToPay,
            BigDecimal manualCost,
            BigDecimal costPerUnit,
            BigDecimal discount,
            BigDecimal firstCost,
            int amount,
            List<Object> assistants) {}

    /** A service of the client cabinet's record. */
    public record UserRecordService(
            long id,
            String title,
            BigDecimal cost,
            BigDecimal priceMin,
            BigDecimal priceMax,
            BigDecimal discount,
            int amount,
            int seanceLength) {}

    /** Money received (positive) or refunded (negative) for an appointment. */
    public record Payment(
            long id,
            long appointmentId,
            long accountId,
            String accountTitle,
            BigDecimal amount,
            String comment,
            Long userId,
            Instant at) {

        FinanceTransaction view(ZoneId zone) {
            return new FinanceTransaction(
                    id,
                    0,
                    WireTime.local(at, zone),
                    amount.signum() > 0 ? 1 : 2,
                    0,
                    accountId,
                    new FinanceAccount(accountId, accountTitle),
                    amount,
                    0,
                    0,
                    0,
                    comment,
                    userId == null ? 0 : userId,
                    appointmentId);
        }
    }

    /** A payment ({@code type_id} 1) or refund (2) in a record's {@code finance_transactions}. */
    public record FinanceTransaction(
            long id,
            long documentId,
            String date,
            int typeId,
            long expenseId,
            long accountId,
            FinanceAccount account,
            BigDecimal amount,
            long clientId,
            long masterId,
            long supplierId,
            String comment,
            long userId,
            long recordId) {}

    /** The account a finance transaction went to. */
    public record FinanceAccount(long id, String title) {}

    /** An appointment category on a record ({@code record_labels[]}). */
    public record RecordLabel(long id, String title, String color, String icon, String fontColor) {}

    /**
     * The record's client, with its counts of attended and missed appointments.
     *
     * @param birthday {@code yyyy-MM-dd}, empty when unknown
     */
    public record RecordClient(
            long id,
            String name,
            String surname,
            String middleName,
            String patronymic,
            String displayName,
            String comment,
            String phone,
            String card,
            String email,
            long successVisitsCount,
            long failVisitsCount,
            BigDecimal discount,
            boolean isNew,
            List<Object> customFields,
            int gender,
            int sex,
            String birthday,
            List<Object> clientTags,
            int phoneCountryId) {}

    Map<Long, List<Line>> lines(Long[] appointmentIds) {
        Map<Long, List<Line>> lines = new HashMap<>();
        db.sql("""
                        select x.appointment_id, s.id, s.title, s.category_id, x.amount, x.first_cost, x.discount, x.cost,
                               s.price_min, s.price_max, s.duration_seconds
                          from appointment_services x join services s on s.id = x.service_id
                         where x.appointment_id = any(:ids) order by x.appointment_id, x.position
                        """)
                .param("ids", appointmentIds)
                .query((rs, n) -> new Line(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        (Long) rs.getObject(4),
                        rs.getInt(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getBigDecimal(9),
                        rs.getBigDecimal(10),
                        rs.getInt(11)))
                .list()
                .forEach(l -> lines.computeIfAbsent(l.appointmentId(), k -> new java.util.ArrayList<>())
                        .add(l));
        return lines;
    }

    Map<Long, List<RecordLabel>> labels(Long[] appointmentIds) {
        Map<Long, List<RecordLabel>> labels = new HashMap<>();
        db.sql("""
                        select l.appointment_id, c.id, c.title, c.color, c.icon, c.font_color
                          from appointment_labels l join appointment_categories c on c.id = l.category_id
                         where l.appointment_id = any(:ids) order by l.appointment_id, c.id
                        """)
                .param("ids", appointmentIds)
                .query((rs, n) -> labels.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new RecordLabel(
                                rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))))
                .list();
        return labels;
    }

    /** The resource instances each appointment holds (none once it no longer holds time). */
    Map<Long, List<Long>> instances(Long[] appointmentIds) {
        Map<Long, List<Long>> instances = new HashMap<>();
        db.sql("""
                        select appointment_id, resource_instance_id from appointment_resources
                         where appointment_id = any(:ids) and active order by 1, 2
                        """)
                .param("ids", appointmentIds)
                .query((rs, n) -> instances
                        .computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return instances;
    }

    /** Payments that count (not deleted), oldest first. */
    Map<Long, List<Payment>> payments(Long[] appointmentIds) {
        Map<Long, List<Payment>> payments = new HashMap<>();
        db.sql("""
                        select p.id, p.appointment_id, p.account_id, a.title, p.amount, p.comment, p.user_id, p.created_at
                          from payment_transactions p join accounts a on a.id = p.account_id
                         where p.appointment_id = any(:ids) and not p.deleted order by p.appointment_id, p.id
                        """)
                .param("ids", appointmentIds)
                .query((rs, n) -> new Payment(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getString(6),
                        (Long) rs.getObject(7),
                        RecordViews.instant(rs, "created_at")))
                .list()
                .forEach(p -> payments.computeIfAbsent(p.appointmentId(), k -> new java.util.ArrayList<>())
                        .add(p));
        return payments;
    }

    /** The record's client object of each client. */
    Map<Long, RecordClient> clients(Long[] clientIds) {
        Map<Long, RecordClient> clients = new HashMap<>();
        if (clientIds.length == 0) {
            return clients;
        }
        db.sql("""
                        select c.*, coalesce(v.success, 0) as success, coalesce(v.fail, 0) as fail
                          from clients c
                          left join lateral (select count(*) filter (where a.status in ('arrived', 'completed')) as success,
                                                    count(*) filter (where a.status = 'no_show') as fail
                                               from appointments a where a.client_id = c.id) v on true
                         where c.id = any(:ids)
                        """)
                .param("ids", clientIds)
                .query((rs, n) -> {
                    String name = rs.getString("name");
                    String surname = rs.getString("surname");
                    Object birthDate = rs.getObject("birth_date");
                    RecordClient client = new RecordClient(
                            rs.getLong("id"),
                            name,
                            surname,
                            rs.getString("patronymic"),
                            rs.getString("patronymic"),
                            surname.isEmpty() ? name : name + " " + surname,
                            rs.getString("comment"),
                            rs.getString("phone"),
                            rs.getString("card"),
                            rs.getString("email"),
                            rs.getLong("success"),
                            rs.getLong("fail"),
                            rs.getBigDecimal("discount"),
                            rs.getLong("success") == 0,
                            List.of(),
                            rs.getInt("gender"),
                            rs.getInt("gender"),
                            birthDate == null ? "" : birthDate.toString(),
                            List.of(),
                            0);
                    clients.put(client.id(), client);
                    return client;
                })
                .list();
        return clients;
    }

    public static Object json(String text) {
        return text == null || text.isBlank() ? Map.of() : JSON.readValue(text, Object.class);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value == null ? Map.of() : value);
    }
}
