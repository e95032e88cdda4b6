package dev.kairos.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The weekly working hours of team members per location (team_member_weekly_hours). */
@Repository
class WeeklyHours {

    static final String INSERT = """
            insert into team_member_weekly_hours (team_member_id, location_id, day_of_week, starts_at, ends_at)
            values (:member, :location, :day, :from, :to)
            """;

    private final JdbcClient db;

    WeeklyHours(JdbcClient db) {
        this.db = db;
    }

    /** The weekly hours of each given member at the location, in one query; members without hours are absent. */
    Map<Long, Map<DayOfWeek, List<TimeSlot>>> of(Collection<Long> memberIds, long locationId) {
        Map<Long, Map<DayOfWeek, List<TimeSlot>>> hours = new HashMap<>();
        if (memberIds.isEmpty()) {
            return hours;
        }
        db.sql("""
                        select team_member_id, day_of_week, starts_at, ends_at
                          from team_member_weekly_hours
                         where location_id = :location and team_member_id in (:members)
                         order by team_member_id, day_of_week, starts_at
                        """).param("location", locationId).param("members", memberIds).query((ResultSet rs) -> {
            hours.computeIfAbsent(rs.getLong("team_member_id"), m -> new EnumMap<>(DayOfWeek.class))
                    .computeIfAbsent(DayOfWeek.of(rs.getInt("day_of_week")), d -> new ArrayList<>())
                    .add(slot(rs, "starts_at", "ends_at"));
        });
        return hours;
    }

    Map<DayOfWeek, List<TimeSlot>> of(long memberId, long locationId) {
        return of(List.of(memberId), locationId).getOrDefault(memberId, Map.of());
    }

    /** Replaces all weekly hours of the member at the location. */
    void replace(long memberId, long locationId, Map<DayOfWeek, List<TimeSlot>> week) {
        db.sql("delete from team_member_weekly_hours where team_member_id = :member and location_id = :location")
                .param("member", memberId)
                .param("location", locationId)
                .update();
        week.forEach((day, slots) -> slots.forEach(slot -> db.sql(INSERT)
                .param("member", memberId)
                .param("location", locationId)
                .param("day", day.getValue())
                .param("from", slot.from())
                .param("to", slot.to())
                .update()));
    }

    static TimeSlot slot(ResultSet rs, String from, String to) throws SQLException {
        return TimeSlot.of(rs.getObject(from, LocalTime.class), rs.getObject(to, LocalTime.class));
    }
}
