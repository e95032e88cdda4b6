package dev.kairos.appointments;

import dev.kairos.wire.WireTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The parts of record objects that live in other tables, each read for many appointments at once. */
@Repository
public class RecordParts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient db;

    RecordParts(JdbcClient db) {
        this.db = db;
    }

    /** A priced service line of an appointment. */
    record Line(
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
        Map<String, Object> cabinetView() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", serviceId);
            m.put("title", title);
            m.put("cost", cost);
            m.put("price_min", priceMin);
            m.put("price_max", priceMax);
            m.put("discount", discount);
            m.put("amount", amount);
            m.put("seance_length", durationSeconds);
            return m;
        }

        Map<String, Object> view() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", serviceId);
            m.put("title", title);
            m.put("cost", cost);
            m.put("cost_to_pay", cost);
            m.put("manual_cost", cost);
            m.put(
                    "cost_per_unit",
                    amount == 0 ? cost : cost.divide(BigDecimal.valueOf(amount), 2, java.math.RoundingMode.HALF_UP));
            m.put("discount", discount);
            m.put("first_cost", firstCost);
            m.put("amount", amount);
            m.put("assistants", List.of());
            return m;
        }
    }

    /** Money received (positive) or refunded (negative) for an appointment. */
    record Payment(
            long id,
            long appointmentId,
            long accountId,
            String accountTitle,
            BigDecimal amount,
            String comment,
            Long userId,
            Instant at) {

        Map<String, Object> view(ZoneId zone) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("document_id", 0);
            m.put("date", WireTime.local(at, zone));
            m.put("type_id", amount.signum() > 0 ? 1 : 2);
            m.put("expense_id", 0);
            m.put("account_id", accountId);
            m.put("account", Map.of("id", accountId, "title", accountTitle));
            m.put("amount", amount);
            m.put("client_id", 0);
            m.put("master_id", 0);
            m.put("supplier_id", 0);
            m.put("comment", comment);
            m.put("user_id", userId == null ? 0 : userId);
            m.put("record_id", appointmentId);
            return m;
        }
    }

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

    Map<Long, List<Map<String, Object>>> labels(Long[] appointmentIds) {
        Map<Long, List<Map<String, Object>>> labels = new HashMap<>();
        db.sql("""
                        select l.appointment_id, c.id, c.title, c.color, c.icon, c.font_color
                          from appointment_labels l join appointment_categories c on c.id = l.category_id
                         where l.appointment_id = any(:ids) order by l.appointment_id, c.id
                        """)
                .param("ids", appointmentIds)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong(2));
                    m.put("title", rs.getString(3));
                    m.put("color", rs.getString(4));
                    m.put("icon", rs.getString(5));
                    m.put("font_color", rs.getString(6));
                    labels.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(m);
                    return m;
                })
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

    /** The record's client object, with its counts of attended and missed appointments. */
    Map<Long, Map<String, Object>> clients(Long[] clientIds) {
        Map<Long, Map<String, Object>> clients = new HashMap<>();
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
                    Map<String, Object> m = new LinkedHashMap<>();
                    String name = rs.getString("name");
                    String surname = rs.getString("surname");
                    m.put("id", rs.getLong("id"));
                    m.put("name", name);
                    m.put("surname", surname);
                    m.put("middle_name", rs.getString("patronymic"));
                    m.put("patronymic", rs.getString("patronymic"));
                    m.put("display_name", surname.isEmpty() ? name : name + " " + surname);
                    m.put("comment", rs.getString("comment"));
                    m.put("phone", rs.getString("phone"));
                    m.put("card", rs.getString("card"));
                    m.put("email", rs.getString("email"));
                    m.put("success_visits_count", rs.getLong("success"));
                    m.put("fail_visits_count", rs.getLong("fail"));
                    m.put("discount", rs.getBigDecimal("discount"));
                    m.put("is_new", rs.getLong("success") == 0);
                    m.put("custom_fields", List.of());
                    m.put("gender", rs.getInt("gender"));
                    m.put("sex", rs.getInt("gender"));
                    m.put(
                            "birthday",
                            rs.getObject("birth_date") == null
                                    ? ""
                                    : rs.getObject("birth_date").toString());
                    m.put("client_tags", List.of());
                    m.put("phone_country_id", 0);
                    clients.put(rs.getLong("id"), m);
                    return m;
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
