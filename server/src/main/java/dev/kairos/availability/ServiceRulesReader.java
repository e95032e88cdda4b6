package dev.kairos.availability;

import dev.kairos.engine.LocalTimeWindow;
import dev.kairos.engine.Schedule;
import dev.kairos.engine.WeeklySchedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads services with their linked staff, own hours and resources in one query. A service with
 * no hours of its own follows the location's; once it has some, days without hours are closed.
 */
@Component
class ServiceRulesReader {

    private final JdbcClient db;
    private final JsonMapper json;

    ServiceRulesReader(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The services of location {@code :loc} among {@code :ids}, removed ones left out, in display order. */
    static final String SQL = """
            select s.id, s.location_id, s.category_id, s.title, s.duration_seconds, s.price_min, s.price_max,
                   s.discount, s.booking_type, s.active, s.allow_customer_booking, s.requires_staff,
                   s.customer_must_select_staff, s.use_staff_from_location, s.max_concurrent_bookings,
                   s.min_lead_minutes, s.max_advance_days, s.slot_interval_minutes, s.buffer_before_seconds,
                   s.buffer_after_seconds, s.technical_break_seconds, s.prepaid,
                   coalesce((select json_agg(json_build_array(ss.team_member_id, ss.duration_seconds))
                               from service_staff ss join team_members m on m.id = ss.team_member_id
                              where ss.service_id = s.id and not m.deleted and not m.fired), '[]') as staff,
                   coalesce((select json_agg(json_build_array(h.day_of_week, h.opens_at, h.closes_at, h.is_closed))
                               from service_hours h where h.service_id = s.id), '[]') as hours,
                   coalesce((select json_agg(r.resource_id) from service_resources r join resources x on x.id = r.resource_id
                              where r.service_id = s.id and not x.deleted), '[]') as resources,
                   coalesce((select json_agg(x.team_member_id) from service_excluded_staff x
                              where x.service_id = s.id), '[]') as excluded
              from services s
             where s.location_id = :loc and s.id = any(:ids) and not s.deleted
             order by s.weight desc, s.id
            """;

    /** Every service of location {@code :loc}, removed ones left out: a snapshot's (RulesSnapshots). */
    static final String ALL = SQL.replace(" and s.id = any(:ids)", "");

    List<ServiceRules> read(long locationId, Collection<Long> ids) {
        return db.sql(SQL)
                .param("loc", locationId)
                .param("ids", ids.toArray(Long[]::new))
                .query(this::map)
                .list();
    }

    ServiceRules map(ResultSet rs, int row) throws SQLException {
        Map<Long, Integer> staff = new HashMap<>();
        for (JsonNode pair : json.readTree(rs.getString("staff"))) {
            staff.put(
                    pair.get(0).asLong(),
                    pair.get(1).isNull() ? null : pair.get(1).asInt());
        }
        Set<Long> resources = new HashSet<>();
        json.readTree(rs.getString("resources")).forEach(r -> resources.add(r.asLong()));
        Set<Long> excluded = new HashSet<>();
        json.readTree(rs.getString("excluded")).forEach(m -> excluded.add(m.asLong()));
        return new ServiceRules(
                rs.getLong("id"),
                rs.getLong("location_id"),
                (Long) rs.getObject("category_id"),
                rs.getString("title"),
                rs.getInt("duration_seconds"),
                rs.getBigDecimal("price_min"),
                rs.getBigDecimal("price_max"),
                rs.getBigDecimal("discount"),
                rs.getString("booking_type"),
                rs.getBoolean("active"),
                rs.getBoolean("allow_customer_booking"),
                rs.getBoolean("requires_staff"),
                rs.getBoolean("customer_must_select_staff"),
                rs.getBoolean("use_staff_from_location"),
                rs.getInt("max_concurrent_bookings"),
                (Integer) rs.getObject("min_lead_minutes"),
                (Integer) rs.getObject("max_advance_days"),
                (Integer) rs.getObject("slot_interval_minutes"),
                rs.getInt("buffer_before_seconds"),
                rs.getInt("buffer_after_seconds"),
                rs.getInt("technical_break_seconds"),
                rs.getString("prepaid"),
                hours(json.readTree(rs.getString("hours"))),
                staff,
                resources,
                excluded);
    }

    private static Schedule hours(JsonNode rows) {
        if (rows.isEmpty()) {
            return Schedule.always();
        }
        Map<DayOfWeek, List<LocalTimeWindow>> days = new EnumMap<>(DayOfWeek.class);
        for (JsonNode r : rows) {
            List<LocalTimeWindow> windows =
                    days.computeIfAbsent(DayOfWeek.of(r.get(0).asInt()), d -> new ArrayList<>());
            if (!r.get(3).asBoolean() && !r.get(1).isNull()) {
                windows.add(LocalTimeWindow.of(
                        AvailabilityRepository.time(r.get(1).asString()),
                        AvailabilityRepository.time(r.get(2).asString())));
            }
        }
        WeeklySchedule.Builder builder = WeeklySchedule.builder();
        days.forEach((day, windows) -> builder.on(day, windows.toArray(LocalTimeWindow[]::new)));
        return builder.build();
    }
}
