package dev.kairos.availability;

import dev.kairos.engine.IntervalSet;
import dev.kairos.engine.LocalTimeWindow;
import dev.kairos.engine.ResourceId;
import dev.kairos.engine.ResourceInstance;
import dev.kairos.engine.ResourceInstanceId;
import dev.kairos.engine.Schedule;
import dev.kairos.engine.TimeRange;
import dev.kairos.engine.WeeklySchedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reads behind availability: hours, schedules and busy time, a handful of queries per request. */
@Repository
class AvailabilityRepository {

    /** Statuses that hold a team member's, resource's or service's time. */
    static final String HOLDING = "('requested', 'confirmed', 'arrived', 'completed')";

    private final JdbcClient db;
    private final ServiceRulesReader services;

    AvailabilityRepository(JdbcClient db, ServiceRulesReader services) {
        this.db = db;
        this.services = services;
    }

    Optional<LocationRules> location(long id, LocalDate from, LocalDate to) {
        return db.sql("""
                        select id, chain_id, time_zone, slot_step_minutes, booking_min_lead_minutes, booking_max_advance_days
                          from locations where id = :id and not deleted
                        """)
                .param("id", id)
                .query((rs, n) -> new LocationRules(rs.getLong(1), rs.getLong(2), ZoneId.of(rs.getString(3)),
                        openingHours(id, from, to), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .optional();
    }

    List<ServiceRules> services(long locationId, Collection<Long> ids) {
        return services.read(locationId, ids);
    }

    private Schedule openingHours(long locationId, LocalDate from, LocalDate to) {
        WeeklySchedule.Builder hours = WeeklySchedule.builder();
        weekly(db.sql("select day_of_week, opens_at, closes_at from location_hours where location_id = :id order by 1, 2")
                .param("id", locationId)).forEach(hours::on);
        Map<LocalDate, List<LocalTimeWindow>> special = new LinkedHashMap<>();
        db.sql("""
                        select day, opens_at, closes_at from location_special_days
                         where location_id = :id and day between :from and :to order by day, opens_at
                        """)
                .param("id", locationId).param("from", from).param("to", to)
                .query(rs -> {
                    List<LocalTimeWindow> windows = special.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new ArrayList<>());
                    addWindow(windows, rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class));
                });
        special.forEach((date, windows) -> hours.special(date, windows.toArray(LocalTimeWindow[]::new)));
        return hours.build();
    }

    /** The team members who work at the location, optionally one, optionally only those shown online. */
    List<Long> teamMembers(long locationId, Long only, boolean onlineOnly) {
        return db.sql("""
                        select m.id from team_members m
                         where (m.location_id = :loc or exists (select 1 from team_member_locations tl
                                                                 where tl.team_member_id = m.id and tl.location_id = :loc))
                           and not m.fired and not m.deleted and (not :online or not m.hidden)
                           and (cast(:only as bigint) is null or m.id = :only)
                         order by m.weight desc, m.id
                        """)
                .param("loc", locationId).param("online", onlineOnly).param("only", only)
                .query(Long.class).list();
    }

    /** Each member's working hours at the location: weekly hours with the dated overrides in range. */
    Map<Long, Schedule> workingHours(long locationId, List<Long> members, LocalDate from, LocalDate to) {
        Map<Long, WeeklySchedule.Builder> builders = new HashMap<>();
        members.forEach(m -> builders.put(m, WeeklySchedule.builder()));
        Map<Long, Map<DayOfWeek, List<LocalTimeWindow>>> weekly = new HashMap<>();
        db.sql("""
                        select team_member_id, day_of_week, starts_at, ends_at from team_member_weekly_hours
                         where location_id = :loc and team_member_id = any(:ids) order by 1, 2, 3
                        """)
                .param("loc", locationId).param("ids", members.toArray(Long[]::new))
                .query(rs -> {
                    var days = weekly.computeIfAbsent(rs.getLong(1), m -> new HashMap<>());
                    addWindow(days.computeIfAbsent(DayOfWeek.of(rs.getInt(2)), d -> new ArrayList<>()),
                            rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class));
                });
        weekly.forEach((member, days) -> days.forEach((day, w) -> builders.get(member).on(day, w.toArray(LocalTimeWindow[]::new))));
        Map<Long, Map<LocalDate, List<LocalTimeWindow>>> overrides = new HashMap<>();
        db.sql("""
                        select d.team_member_id, d.day, d.is_working, s.starts_at, s.ends_at
                          from team_member_schedule_days d
                          left join team_member_schedule_slots s
                            on s.team_member_id = d.team_member_id and s.location_id = d.location_id and s.day = d.day
                         where d.location_id = :loc and d.team_member_id = any(:ids) and d.day between :from and :to
                         order by 1, 2, 4
                        """)
                .param("loc", locationId).param("ids", members.toArray(Long[]::new)).param("from", from).param("to", to)
                .query(rs -> {
                    var windows = overrides.computeIfAbsent(rs.getLong(1), m -> new HashMap<>())
                            .computeIfAbsent(rs.getObject(2, LocalDate.class), d -> new ArrayList<>());
                    if (rs.getBoolean(3)) {
                        addWindow(windows, rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class));
                    }
                });
        overrides.forEach((member, days) -> days.forEach((date, w) -> builders.get(member).special(date, w.toArray(LocalTimeWindow[]::new))));
        Map<Long, Schedule> result = new LinkedHashMap<>();
        members.forEach(m -> result.put(m, builders.get(m).build()));
        return result;
    }

    /** Time the members are held: appointments (with buffers) and group events they run, at any location. */
    Map<Long, IntervalSet> staffBusy(List<Long> members, Instant from, Instant to, Long excludeAppointment) {
        Map<Long, List<TimeRange>> busy = new HashMap<>();
        // An overlap of ranges, not two comparisons, so that the appointments_member_busy index answers it.
        db.sql("""
                        select team_member_id, busy_from, busy_until from appointments
                         where team_member_id = any(:ids) and event_id is null and status in %s
                           and tstzrange(busy_from, busy_until) && tstzrange(:from, :to) and id <> :exclude
                        union all
                        select team_member_id, starts_at, ends_at from events
                         where team_member_id = any(:ids) and not deleted and starts_at < :to and ends_at > :from
                        """.formatted(HOLDING))
                .param("ids", members.toArray(Long[]::new)).param("from", ts(from)).param("to", ts(to))
                .param("exclude", excludeAppointment == null ? -1L : excludeAppointment)
                .query(rs -> {
                    busy.computeIfAbsent(rs.getLong(1), m -> new ArrayList<>()).add(range(rs, 2, 3));
                });
        Map<Long, IntervalSet> sets = new HashMap<>();
        busy.forEach((member, ranges) -> sets.put(member, IntervalSet.of(ranges)));
        return sets;
    }

    /** The instances of the resources, each with the time it is already held. */
    List<ResourceInstance> resourceInstances(Collection<Long> resources, Instant from, Instant to, Long excludeAppointment) {
        if (resources.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> resourceOf = new LinkedHashMap<>();
        db.sql("select id, resource_id from resource_instances where resource_id = any(:ids) and not deleted order by id")
                .param("ids", resources.toArray(Long[]::new))
                .query(rs -> {
                    resourceOf.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, List<TimeRange>> busy = new HashMap<>();
        db.sql("""
                        select resource_instance_id, busy_from, busy_until from appointment_resources
                         where active and resource_instance_id = any(:ids) and busy_from < :to and busy_until > :from
                           and appointment_id <> :exclude
                        """)
                .param("ids", resourceOf.keySet().toArray(Long[]::new)).param("from", ts(from)).param("to", ts(to))
                .param("exclude", excludeAppointment == null ? -1L : excludeAppointment)
                .query(rs -> {
                    busy.computeIfAbsent(rs.getLong(1), i -> new ArrayList<>()).add(range(rs, 2, 3));
                });
        List<ResourceInstance> instances = new ArrayList<>();
        resourceOf.forEach((instance, resource) -> instances.add(ResourceInstance.of(ResourceInstanceId.of(instance),
                ResourceId.of(resource), IntervalSet.of(busy.getOrDefault(instance, List.of())))));
        return instances;
    }

    /** Existing bookings of staff-free services, one range per booked seat. */
    Map<Long, List<TimeRange>> serviceBookings(Collection<Long> services, Instant from, Instant to, Long excludeAppointment) {
        Map<Long, List<TimeRange>> bookings = new HashMap<>();
        if (services.isEmpty()) {
            return bookings;
        }
        db.sql("""
                        select s.service_id, a.starts_at, a.ends_at, a.clients_count
                          from appointments a join appointment_services s on s.appointment_id = a.id
                         where s.service_id = any(:ids) and a.status in %s and a.event_id is null
                           and a.starts_at < :to and a.ends_at > :from and a.id <> :exclude
                        """.formatted(HOLDING))
                .param("ids", services.toArray(Long[]::new)).param("from", ts(from)).param("to", ts(to))
                .param("exclude", excludeAppointment == null ? -1L : excludeAppointment)
                .query(rs -> {
                    TimeRange range = range(rs, 2, 3);
                    List<TimeRange> list = bookings.computeIfAbsent(rs.getLong(1), s -> new ArrayList<>());
                    for (int seat = 0; seat < rs.getInt(4); seat++) {
                        list.add(range);
                    }
                });
        return bookings;
    }

    static Map<DayOfWeek, LocalTimeWindow[]> weekly(JdbcClient.StatementSpec query) {
        Map<DayOfWeek, List<LocalTimeWindow>> days = new HashMap<>();
        query.query(rs -> {
            addWindow(days.computeIfAbsent(DayOfWeek.of(rs.getInt(1)), d -> new ArrayList<>()),
                    rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class));
        });
        Map<DayOfWeek, LocalTimeWindow[]> result = new HashMap<>();
        days.forEach((day, windows) -> result.put(day, windows.toArray(LocalTimeWindow[]::new)));
        return result;
    }

    private static void addWindow(List<LocalTimeWindow> windows, LocalTime from, LocalTime to) {
        if (from != null && to != null) {
            windows.add(LocalTimeWindow.of(from, to));
        }
    }

    private static TimeRange range(ResultSet rs, int from, int to) throws SQLException {
        return TimeRange.of(rs.getObject(from, java.time.OffsetDateTime.class).toInstant(),
                rs.getObject(to, java.time.OffsetDateTime.class).toInstant());
    }

    private static java.time.OffsetDateTime ts(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
