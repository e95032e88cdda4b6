package dev.kairos.directory;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dated overrides of team members' weekly hours (team_member_schedule_days and _slots). */
@Repository
class ScheduleOverrides {

    static final String INSERT_DAY = """
            insert into team_member_schedule_days (team_member_id, location_id, day, is_working, off_day_type)
            values (:member, :location, :day, :working, :offDayType)
            """;

    private final JdbcClient db;

    ScheduleOverrides(JdbcClient db) {
        this.db = db;
    }

    /** The overrides of each given member at the location between the dates, inclusive: two queries in all. */
    Map<Long, Map<LocalDate, DayOverride>> of(
            Collection<Long> memberIds, long locationId, LocalDate from, LocalDate toInclusive) {
        Map<Long, Map<LocalDate, DayOverride>> overrides = new HashMap<>();
        if (memberIds.isEmpty()) {
            return overrides;
        }
        Map<Long, Map<LocalDate, List<TimeSlot>>> slots = slots(memberIds, locationId, from, toInclusive);
        db.sql("""
                        select team_member_id, day, is_working, off_day_type
                          from team_member_schedule_days
                         where location_id = :location and team_member_id in (:members) and day between :from and :to
                        """)
                .param("location", locationId)
                .param("members", memberIds)
                .param("from", from)
                .param("to", toInclusive)
                .query((ResultSet rs) -> {
                    long member = rs.getLong("team_member_id");
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    List<TimeSlot> daySlots =
                            slots.getOrDefault(member, Map.of()).getOrDefault(day, List.of());
                    overrides
                            .computeIfAbsent(member, m -> new HashMap<>())
                            .put(
                                    day,
                                    new DayOverride(
                                            day, rs.getBoolean("is_working"), daySlots, rs.getInt("off_day_type")));
                });
        return overrides;
    }

    private Map<Long, Map<LocalDate, List<TimeSlot>>> slots(
            Collection<Long> memberIds, long locationId, LocalDate from, LocalDate toInclusive) {
        Map<Long, Map<LocalDate, List<TimeSlot>>> slots = new HashMap<>();
        db.sql("""
                        select team_member_id, day, starts_at, ends_at
                          from team_member_schedule_slots
                         where location_id = :location and team_member_id in (:members) and day between :from and :to
                         order by starts_at
                        """)
                .param("location", locationId)
                .param("members", memberIds)
                .param("from", from)
                .param("to", toInclusive)
                .query((ResultSet rs) -> {
                    slots.computeIfAbsent(rs.getLong("team_member_id"), m -> new HashMap<>())
                            .computeIfAbsent(rs.getObject("day", LocalDate.class), d -> new ArrayList<>())
                            .add(WeeklyHours.slot(rs, "starts_at", "ends_at"));
                });
        return slots;
    }

    /** Stores the override, replacing any the member had on that date at the location. */
    void set(long memberId, long locationId, DayOverride day) {
        delete(memberId, locationId, List.of(day.date()));
        db.sql(INSERT_DAY)
                .param("member", memberId)
                .param("location", locationId)
                .param("day", day.date())
                .param("working", !day.isDayOff())
                .param("offDayType", day.offDayType())
                .update();
        for (TimeSlot slot : day.slots()) {
            db.sql("""
                            insert into team_member_schedule_slots (team_member_id, location_id, day, starts_at, ends_at)
                            values (:member, :location, :day, :from, :to)
                            """)
                    .param("member", memberId)
                    .param("location", locationId)
                    .param("day", day.date())
                    .param("from", slot.from())
                    .param("to", slot.to())
                    .update();
        }
    }

    /** Removes the member's overrides on the dates, so the weekly hours apply again; returns how many there were. */
    int delete(long memberId, long locationId, Collection<LocalDate> dates) {
        if (dates.isEmpty()) {
            return 0;
        }
        return db.sql("""
                        delete from team_member_schedule_days
                         where team_member_id = :member and location_id = :location and day in (:days)
                        """)
                .param("member", memberId)
                .param("location", locationId)
                .param("days", List.copyOf(dates))
                .update();
    }
}
