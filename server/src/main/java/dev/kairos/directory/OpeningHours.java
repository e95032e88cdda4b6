package dev.kairos.directory;

import java.sql.ResultSet;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A location's opening hours: weekly (location_hours) and special days (location_special_days). */
@Repository
public class OpeningHours {

    static final String INSERT_HOURS = """
            insert into location_hours (location_id, day_of_week, opens_at, closes_at)
            values (:location, :day, :from, :to)
            """;

    static final String INSERT_SPECIAL = """
            insert into location_special_days (location_id, day, opens_at, closes_at)
            values (:location, :day, :from, :to)
            """;

    private final JdbcClient db;

    OpeningHours(JdbcClient db) {
        this.db = db;
    }

    /** The location's weekly hours and every special day, past ones included. Unknown locations have none. */
    @Transactional(readOnly = true)
    public LocationHours of(long locationId) {
        Map<DayOfWeek, List<TimeSlot>> weekly = new EnumMap<>(DayOfWeek.class);
        db.sql(
                        "select day_of_week, opens_at, closes_at from location_hours where location_id = :location order by day_of_week, opens_at")
                .param("location", locationId)
                .query((ResultSet rs) -> {
                    weekly.computeIfAbsent(DayOfWeek.of(rs.getInt("day_of_week")), d -> new ArrayList<>())
                            .add(WeeklyHours.slot(rs, "opens_at", "closes_at"));
                });
        NavigableMap<LocalDate, List<TimeSlot>> special = new TreeMap<>();
        db.sql(
                        "select day, opens_at, closes_at from location_special_days where location_id = :location order by day, opens_at")
                .param("location", locationId)
                .query((ResultSet rs) -> {
                    List<TimeSlot> slots =
                            special.computeIfAbsent(rs.getObject("day", LocalDate.class), d -> new ArrayList<>());
                    if (rs.getObject("opens_at") != null) {
                        slots.add(WeeklyHours.slot(rs, "opens_at", "closes_at"));
                    }
                });
        return new LocationHours(locationId, weekly, special);
    }

    /** Replaces all weekly hours and special days; a special day with no slots is stored as closed. */
    void replace(long locationId, Map<DayOfWeek, List<TimeSlot>> weekly, Map<LocalDate, List<TimeSlot>> special) {
        db.sql("delete from location_hours where location_id = :location")
                .param("location", locationId)
                .update();
        db.sql("delete from location_special_days where location_id = :location")
                .param("location", locationId)
                .update();
        weekly.forEach((day, slots) -> slots.forEach(slot -> db.sql(INSERT_HOURS)
                .param("location", locationId)
                .param("day", day.getValue())
                .param("from", slot.from())
                .param("to", slot.to())
                .update()));
        special.forEach((date, slots) -> {
            if (slots.isEmpty()) {
                insertSpecial(locationId, date, null, null);
            }
            slots.forEach(slot -> insertSpecial(locationId, date, slot.from(), slot.to()));
        });
    }

    private void insertSpecial(long locationId, LocalDate date, LocalTime from, LocalTime to) {
        db.sql(INSERT_SPECIAL)
                .param("location", locationId)
                .param("day", date)
                .param("from", from, Types.TIME)
                .param("to", to, Types.TIME)
                .update();
    }
}
