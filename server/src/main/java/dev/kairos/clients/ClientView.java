package dev.kairos.clients;

import dev.kairos.wire.WireTime;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client in the Altegio shape, with both the YCLIENTS and the Altegio names where they differ
 * ({@code patronymic}/{@code middle_name}, {@code sex_id}/{@code gender_id}, {@code sex}/{@code gender}),
 * plus the search's visit fields.
 */
public final class ClientView {

    private static final List<String> IMPORTANCE = List.of("no category", "bronze", "silver", "gold");

    private ClientView() {}

    public static Map<String, Object> of(Client c, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("surname", c.surname());
        m.put("patronymic", c.patronymic());
        m.put("middle_name", c.patronymic());
        m.put("phone", c.phone() == null ? "" : c.phone().e164());
        m.put("email", c.email());
        m.put(
                "categories",
                c.categories().stream()
                        .map(k -> Map.of("id", k.id(), "title", k.title(), "color", k.color()))
                        .toList());
        m.put("sex_id", c.sex().id());
        m.put("gender_id", c.sex().id());
        m.put("sex", c.sex().wireName());
        m.put("gender", c.sex().wireName());
        m.put("discount", plain(c.discount()));
        m.put("importance_id", c.importance());
        m.put("importance", IMPORTANCE.get(c.importance()));
        m.put("card", c.card());
        m.put("birth_date", c.birthDate() == null ? "" : c.birthDate().toString());
        m.put("comment", c.comment());
        m.put("sms_check", c.smsCheck() ? 1 : 0);
        m.put("sms_not", c.smsNot() ? 1 : 0);
        m.put("spent", plain(c.spent()));
        m.put("balance", plain(c.balance()));
        m.put("visits", c.visits());
        m.put("last_change_date", WireTime.compact(c.changedAt(), zone));
        m.put("custom_fields", List.of());
        m.put("sold_amount", plain(c.spent()));
        m.put("visits_count", c.visits());
        m.put("first_visit_date", WireTime.iso(c.firstVisit(), zone));
        m.put("last_visit_date", WireTime.iso(c.lastVisit(), zone));
        return m;
    }

    /** Only the requested fields (unknown names ignored), always with the id; every field when none is requested. */
    static Map<String, Object> of(Client c, ZoneId zone, Collection<String> fields) {
        Map<String, Object> full = of(c, zone);
        if (fields.isEmpty()) {
            return full;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        for (String field : fields) {
            if (full.containsKey(field)) {
                m.put(field, full.get(field));
            }
        }
        return m;
    }

    private static BigDecimal plain(BigDecimal amount) {
        return new BigDecimal(amount.stripTrailingZeros().toPlainString());
    }
}
