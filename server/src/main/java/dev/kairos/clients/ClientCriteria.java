package dev.kairos.clients;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which clients of one location a list or search selects: filter conditions joined with AND or
 * OR, always within the location and never deleted ones. Each filter becomes SQL with named
 * parameters.
 */
final class ClientCriteria {

    private final long locationId;
    private final String region;
    private final boolean any;
    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    private ClientCriteria(long locationId, String region, boolean any) {
        this.locationId = locationId;
        this.region = region;
        this.any = any;
    }

    /** Clients matching every filter added. */
    static ClientCriteria all(long locationId, String region) {
        return new ClientCriteria(locationId, region, false);
    }

    /** Clients matching any filter added, or every client when none is added. */
    static ClientCriteria any(long locationId, String region) {
        return new ClientCriteria(locationId, region, true);
    }

    /** Name, surname, patronymic, email or card containing {@code text}, or a phone with its digits. */
    ClientCriteria quickSearch(String text) {
        String p = param("%" + escape(text.strip()) + "%");
        StringBuilder sql = new StringBuilder("(c.name ilike :" + p + " or c.surname ilike :" + p
                + " or c.patronymic ilike :" + p + " or c.email ilike :" + p + " or c.card ilike :" + p
                + " or (c.name || ' ' || c.surname) ilike :" + p + " or (c.surname || ' ' || c.name) ilike :" + p);
        sql.append(phoneMatch(text)).append(')');
        return add(sql.toString());
    }

    /**
     * What a search box at the front desk finds: every word of {@code text} in the full name (case
     * and accents aside, so "muller" finds Müller), the email containing it, or the phone however
     * it is spelled ("0151 123-45", "+49 151...").
     */
    ClientCriteria typed(String text) {
        List<String> words = List.of(text.strip().split("\\s+"));
        StringBuilder sql = new StringBuilder("((true");
        for (String word : words) {
            sql.append(" and search_fold(c.name || ' ' || c.surname) like '%' || search_fold(:")
                    .append(param(escape(word)))
                    .append(") || '%'");
        }
        sql.append(") or c.email ilike :").append(param("%" + escape(text.strip()) + "%"));
        PhoneNumber.parse(text, region)
                .ifPresent(n -> sql.append(" or c.phone = :").append(param(n.e164())));
        String digits = PhoneNumber.searchDigits(text);
        if (digits.length() >= 3) {
            sql.append(" or c.phone like :").append(param("%" + digits + "%"));
        }
        return add(sql.append(')').toString());
    }

    /** Full name (any order of name, surname, patronymic) containing {@code text}. */
    ClientCriteria fullName(String text) {
        String p = param("%" + escape(text.strip()) + "%");
        return add("(concat_ws(' ', c.name, c.surname, c.patronymic) ilike :" + p
                + " or concat_ws(' ', c.surname, c.name, c.patronymic) ilike :" + p + ")");
    }

    /** A phone equal to {@code text} read as a number, or containing its digits. */
    ClientCriteria phone(String text) {
        String match = phoneMatch(text);
        return add(match.isEmpty() ? "false" : "(false" + match + ")");
    }

    ClientCriteria emailContains(String text) {
        return add("c.email ilike :" + param("%" + escape(text.strip()) + "%"));
    }

    ClientCriteria cardContains(String text) {
        return add("c.card ilike :" + param("%" + escape(text.strip()) + "%"));
    }

    ClientCriteria ids(List<Long> ids) {
        return ids.isEmpty() ? this : add("c.id in (:" + param(ids) + ")");
    }

    /** Spent between {@code from} and {@code to}, both inclusive; null leaves that side open. */
    ClientCriteria spent(BigDecimal from, BigDecimal to) {
        if (from != null) {
            add("c.spent >= :" + param(from));
        }
        return to == null ? this : add("c.spent <= :" + param(to));
    }

    /** Changed at or after {@code from} and at or before {@code to}; null leaves that side open. */
    ClientCriteria changed(Instant from, Instant to) {
        if (from != null) {
            add("c.updated_at >= :" + param(java.sql.Timestamp.from(from)));
        }
        return to == null ? this : add("c.updated_at <= :" + param(java.sql.Timestamp.from(to)));
    }

    String where() {
        String base = "c.location_id = :location and not c.deleted";
        if (conditions.isEmpty()) {
            return base;
        }
        return base + " and (" + String.join(any ? " or " : " and ", conditions) + ")";
    }

    MapSqlParameterSource params() {
        return new MapSqlParameterSource(params.getValues()).addValue("location", locationId);
    }

    private String phoneMatch(String text) {
        StringBuilder sql = new StringBuilder();
        PhoneNumber.parse(text, region)
                .ifPresent(n -> sql.append(" or c.phone = :").append(param(n.e164())));
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.length() >= 3) {
            sql.append(" or c.phone like :").append(param("%" + digits + "%"));
        }
        return sql.toString();
    }

    private ClientCriteria add(String condition) {
        conditions.add(condition);
        return this;
    }

    private String param(Object value) {
        String name = "p" + params.getValues().size();
        params.addValue(name, value);
        return name;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
