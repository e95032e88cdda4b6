package dev.kairos.availability;

import dev.kairos.engine.IntervalSet;
import dev.kairos.engine.LocalTimeWindow;
import dev.kairos.engine.ResourceId;
import dev.kairos.engine.ResourceInstance;
import dev.kairos.engine.ResourceInstanceId;
import dev.kairos.engine.Schedule;
import dev.kairos.engine.TimeRange;
import dev.kairos.engine.WeeklySchedule;
import dev.kairos.platform.OneRoundTrip;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reads behind availability: hours, schedules and busy time, a handful of queries per request. */
@Repository
class AvailabilityRepository {

    // A member's weekly hours at the location and dated overrides in :from..:to, as JSON arrays, and
    // her assignments there as [from, until] pairs ([null, null] for her home location and undated
    // rows; null when she has none: a member of another location brought in by an allow-list).
    private static final String MEMBER_HOURS = """
            coalesce((select json_agg(json_build_array(w.day_of_week, w.starts_at, w.ends_at)
                                      order by w.day_of_week, w.starts_at)
                        from team_member_weekly_hours w
                       where w.location_id = :loc and w.team_member_id = m.id), '[]') as weekly,
            coalesce((select json_agg(json_build_array(d.day, d.is_working, s.starts_at, s.ends_at)
                                      order by d.day, s.starts_at)
                        from team_member_schedule_days d
                        left join team_member_schedule_slots s
                          on s.team_member_id = d.team_member_id and s.location_id = d.location_id and s.day = d.day
                       where d.location_id = :loc and d.team_member_id = m.id and d.day between :from and :to), '[]') as special,
            case when m.location_id = :loc then '[[null, null]]'::json
                 else (select json_agg(json_build_array(tl.starts_on, tl.ends_on))
                         from team_member_locations tl where tl.team_member_id = m.id and tl.location_id = :loc) end as periods
            """;

    // The members :ids with their hours at :loc.
    private static final String MEMBER_HOURS_OF =
            "select m.id, " + MEMBER_HOURS + " from team_members m where m.id = any(:ids)";

    // The location :loc with its weekly hours, its special days in :from..:to and its rules version.
    private static final String LOCATION = location("d.day between :from and :to");

    // The same with every special day from :from on, for a snapshot (RulesSnapshots).
    private static final String LOCATION_SINCE = location("d.day >= :from");

    // The version of the rules of :loc (a snapshot's of them still holds while it is the same).
    private static final String RULES_VERSION =
            "select l.rules_version from locations l where l.id = :loc and not l.deleted";

    private static String location(String specialDays) {
        return """
            select l.id, l.chain_id, l.time_zone, l.slot_step_minutes, l.booking_min_lead_minutes,
                   l.booking_max_advance_days,
                   coalesce((select json_agg(json_build_array(h.day_of_week, h.opens_at, h.closes_at)
                                             order by h.day_of_week, h.opens_at)
                               from location_hours h where h.location_id = l.id), '[]') as weekly,
                   coalesce((select json_agg(json_build_array(d.day, true, d.opens_at, d.closes_at)
                                             order by d.day, d.opens_at)
                               from location_special_days d
                              where d.location_id = l.id and %s), '[]') as special,
                   l.rules_version
              from locations l where l.id = :loc and not l.deleted
            """.formatted(specialDays);
    }

    // The team members who work at :loc, or whom the allow-list of a service among :ids brings in
    // from another location (with :online, not the hidden ones), in display order, with their hours;
    // none when a service among :ids is done without staff.
    private static final String MEMBERS = "select m.id, " + MEMBER_HOURS + """
              from team_members m
             where (m.location_id = :loc or exists (select 1 from team_member_locations tl
                                                     where tl.team_member_id = m.id and tl.location_id = :loc)
                    or exists (select 1 from service_staff ss join services s on s.id = ss.service_id
                                where ss.team_member_id = m.id and s.id = any(:ids) and s.location_id = :loc
                                  and not s.use_staff_from_location))
               and not m.fired and not m.deleted and (not :online or not m.hidden)
               and not exists (select 1 from services s
                                where s.location_id = :loc and s.id = any(:ids) and not s.deleted and not s.requires_staff)
             order by m.weight desc, m.id
            """;

    // The same for the one member :only. A query of its own rather than "(:only is null or m.id =
    // :only)" in MEMBERS: a generic plan cannot fold that condition away, so PostgreSQL planned the
    // query afresh on each execution (about half a millisecond of a booking's database time in its
    // log); this one keeps its generic plan.
    private static final String MEMBER = "select m.id, " + MEMBER_HOURS + """
              from team_members m
             where m.id = :only
               and (m.location_id = :loc or exists (select 1 from team_member_locations tl
                                                     where tl.team_member_id = m.id and tl.location_id = :loc)
                    or exists (select 1 from service_staff ss join services s on s.id = ss.service_id
                                where ss.team_member_id = m.id and s.id = any(:ids) and s.location_id = :loc
                                  and not s.use_staff_from_location))
               and not m.fired and not m.deleted and (not :online or not m.hidden)
               and not exists (select 1 from services s
                                where s.location_id = :loc and s.id = any(:ids) and not s.deleted and not s.requires_staff)
            """;

    // The time the members :members are held, and the same for the one member :member (whose query
    // PostgreSQL plans once per connection; see HeldTime.ONE_MEMBER).
    private static final String MEMBERS_BUSY = HeldTime.APPOINTMENTS + """
            union all
            select team_member_id, starts_at, ends_at from events
             where team_member_id = any(:members) and not deleted and starts_at < :until and ends_at > :from
            union all
            """ + HeldTime.OFFERS;
    private static final String ONE_MEMBER_BUSY = HeldTime.ONE_MEMBER + """
            union all
            select team_member_id, starts_at, ends_at from events
             where team_member_id = :member and not deleted and starts_at < :until and ends_at > :from
            union all
            """
            + HeldTime.OFFERS.replace("offer_team_member_id = any(:members)", "offer_team_member_id = :member");

    // ONE_MEMBER_BUSY as one query of load's batch, whose :from and :to are dates.
    private static final String ONE_MEMBER_BUSY_IN_BATCH =
            ONE_MEMBER_BUSY.replace(":from", ":busyFrom").replace(":until", ":busyUntil");

    // A booking's share locks (SharedLocks), in id order, members before resources as every writer takes them.
    private static final String SHARE_MEMBERS =
            "select id from team_members where id = any(:shareMembers) order by id for share";
    private static final String SHARE_RESOURCES =
            "select id from resources where id = any(:shareResources) order by id for share";

    private final JdbcClient db;
    private final OneRoundTrip roundTrip;
    private final ServiceRulesReader services;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<Long, LongAdder> ruleReads = new ConcurrentHashMap<>();

    AvailabilityRepository(
            JdbcClient db, OneRoundTrip roundTrip, ServiceRulesReader services, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.roundTrip = roundTrip;
        this.services = services;
        this.json = json;
    }

    /**
     * The location, the asked-for services and the team members who may take them, with their
     * hours in {@code from..to}: three queries in one round trip. Members are read only when the
     * services need staff (or none are asked for). With {@code versionOnly}, the location and
     * services are not read at all: only the location's rules version is, for the caller to take
     * them from a snapshot of that version.
     *
     * @param onlyMember one team member, or null for all of the location's
     * @param shared rows to lock in share mode first, in the same round trip, so that everything
     *     read after them was committed before any exclusive lock on them was released
     * @param busy the one team member whose held time to read in the same round trip too, or null
     */
    Loaded load(
            long locationId,
            Collection<Long> serviceIds,
            Long onlyMember,
            boolean onlineOnly,
            LocalDate from,
            LocalDate to,
            SharedLocks shared,
            BusyWindow busy,
            boolean versionOnly) {
        List<LocationRules> location = new ArrayList<>(1);
        List<Long> version = new ArrayList<>(1);
        List<TimeRange> held = new ArrayList<>();
        List<ServiceRules> services = versionOnly ? null : new ArrayList<>();
        Map<Long, Assigned> members = new LinkedHashMap<>();
        OneRoundTrip.Batch batch = roundTrip.queries();
        if (!shared.teamMembers().isEmpty()) {
            batch.add(SHARE_MEMBERS, rs -> {});
        }
        if (!shared.resources().isEmpty()) {
            batch.add(SHARE_RESOURCES, rs -> {});
        }
        if (versionOnly) {
            // After the share locks, as the location's read otherwise is: the version seen is
            // that of the rules committed before any writer holding one of them let go.
            batch.add(RULES_VERSION, rs -> version.add(rs.getLong(1)));
        } else {
            counted(locationId);
            batch.add(LOCATION, rs -> location.add(locationRules(rs)));
            batch.add(ServiceRulesReader.SQL, rs -> services.add(this.services.map(rs, services.size())));
        }
        batch.add(onlyMember == null ? MEMBERS : MEMBER, rs -> members.put(rs.getLong(1), assigned(rs)));
        if (busy != null) {
            batch.add(ONE_MEMBER_BUSY_IN_BATCH, rs -> held.add(range(rs, 2, 3)));
        }
        batch.run(new MapSqlParameterSource()
                .addValue("loc", locationId)
                .addValue("ids", serviceIds.toArray(Long[]::new))
                .addValue("only", onlyMember, Types.BIGINT)
                .addValue("online", onlineOnly)
                .addValue("from", from)
                .addValue("to", to)
                .addValue("shareMembers", shared.teamMembers().toArray(Long[]::new))
                .addValue("shareResources", shared.resources().toArray(Long[]::new))
                .addValue("member", busy == null ? null : busy.member(), Types.BIGINT)
                .addValue("busyFrom", busy == null ? null : ts(busy.from()), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("busyUntil", busy == null ? null : ts(busy.until()), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("exclude", busy == null || busy.exclude() == null ? -1L : busy.exclude())
                .addValue("now", ts(clock.instant())));
        return new Loaded(
                location.isEmpty() ? Optional.empty() : Optional.of(location.get(0)),
                version.isEmpty() ? null : version.get(0),
                services,
                members,
                busy == null ? null : Map.of(busy.member(), IntervalSet.of(held)));
    }

    /** A row of {@link #LOCATION} as the location's rules. */
    private LocationRules locationRules(ResultSet rs) throws SQLException {
        return new LocationRules(
                rs.getLong(1),
                rs.getLong(2),
                ZoneId.of(rs.getString(3)),
                schedule(weekly(rs.getString(7)), special(rs.getString(8))),
                rs.getInt(4),
                rs.getInt(5),
                rs.getInt(6));
    }

    /** The location's rules with its special days in {@code from..to}: one query. */
    Optional<LocationRules> location(long locationId, LocalDate from, LocalDate to) {
        counted(locationId);
        return db.sql(LOCATION)
                .param("loc", locationId)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> locationRules(rs))
                .optional();
    }

    /**
     * The location's rules, with every special day from {@code since} on and all of its services,
     * and their version: one round trip, the version read with the location and before the
     * services (so that the rules are never older than the version); empty for an unknown or
     * removed location.
     */
    Optional<RulesSnapshots.Snapshot> snapshot(long locationId, LocalDate since) {
        counted(locationId);
        List<RulesSnapshots.Snapshot> location = new ArrayList<>(1);
        Map<Long, ServiceRules> all = new HashMap<>();
        roundTrip
                .queries()
                .add(
                        LOCATION_SINCE,
                        rs -> location.add(new RulesSnapshots.Snapshot(
                                rs.getLong(9),
                                rs.getLong(1),
                                rs.getLong(2),
                                ZoneId.of(rs.getString(3)),
                                weekly(rs.getString(7)),
                                special(rs.getString(8)),
                                since,
                                rs.getInt(4),
                                rs.getInt(5),
                                rs.getInt(6),
                                Map.of())))
                .add(ServiceRulesReader.ALL, rs -> {
                    ServiceRules service = this.services.map(rs, all.size());
                    all.put(service.id(), service);
                })
                .run(new MapSqlParameterSource().addValue("loc", locationId).addValue("from", since));
        return location.isEmpty()
                ? Optional.empty()
                : Optional.of(location.get(0).with(all));
    }

    /**
     * How many times the location's rules or services have been read from the database (in this
     * process): a booking that a snapshot serves adds none.
     */
    long ruleReads(long locationId) {
        LongAdder reads = ruleReads.get(locationId);
        return reads == null ? 0 : reads.sum();
    }

    private void counted(long locationId) {
        ruleReads.computeIfAbsent(locationId, l -> new LongAdder()).increment();
    }

    /**
     * What {@link #load} read; no location if it is unknown or removed (or only its version was
     * read), no version unless it alone was read (nor when the location is unknown or removed),
     * no services then either.
     */
    record Loaded(
            Optional<LocationRules> location,
            Long version,
            List<ServiceRules> services,
            Map<Long, Assigned> members,
            Map<Long, IntervalSet> busy) {}

    /** The one team member whose held time {@link #load} reads too, and the window, as {@link #staffBusy} takes it. */
    record BusyWindow(long member, Instant from, Instant until, Long exclude) {}

    List<ServiceRules> services(long locationId, Collection<Long> ids) {
        counted(locationId);
        return services.read(locationId, ids);
    }

    /**
     * Each member's working hours at the location: weekly hours with the dated overrides in range,
     * on the dates she is assigned there.
     */
    Map<Long, Assigned> workingHours(long locationId, List<Long> members, LocalDate from, LocalDate to) {
        return schedules(db.sql(MEMBER_HOURS_OF)
                .param("loc", locationId)
                .param("ids", members.toArray(Long[]::new))
                .param("from", from)
                .param("to", to));
    }

    private Map<Long, Assigned> schedules(JdbcClient.StatementSpec query) {
        Map<Long, Assigned> result = new LinkedHashMap<>();
        query.query(rs -> {
            result.put(rs.getLong(1), assigned(rs));
        });
        return result;
    }

    /** A row of {@link #MEMBER_HOURS} (id, weekly, special, periods) as hours and assignments. */
    private Assigned assigned(ResultSet rs) throws SQLException {
        Schedule hours = schedule(rs.getString(2), rs.getString(3));
        String periodsJson = rs.getString(4);
        if (periodsJson == null) {
            return new Assigned(hours, false, List.of());
        }
        List<Assigned.Period> periods = new ArrayList<>();
        for (JsonNode row : json.readTree(periodsJson)) {
            if (row.get(0).isNull() && row.get(1).isNull()) {
                return new Assigned(hours, true, List.of());
            }
            periods.add(new Assigned.Period(date(row.get(0)), date(row.get(1))));
        }
        return new Assigned(hours, false, periods);
    }

    private static LocalDate date(JsonNode node) {
        return node.isNull() ? null : LocalDate.parse(node.asString());
    }

    /**
     * Weekly hours ({@code [day_of_week, from, to]} rows) with dated overrides
     * ({@code [day, working, from, to]} rows; a day listed without a window is closed).
     */
    private Schedule schedule(String weeklyJson, String specialJson) {
        return schedule(weekly(weeklyJson), special(specialJson));
    }

    /** Weekly hours from {@code [day_of_week, from, to]} rows. */
    private Map<DayOfWeek, List<LocalTimeWindow>> weekly(String weeklyJson) {
        Map<DayOfWeek, List<LocalTimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
        for (JsonNode row : json.readTree(weeklyJson)) {
            addWindow(
                    weekly.computeIfAbsent(DayOfWeek.of(row.get(0).asInt()), d -> new ArrayList<>()),
                    row.get(1),
                    row.get(2));
        }
        return weekly;
    }

    /** Dated overrides from {@code [day, working, from, to]} rows; a day listed without a window is closed. */
    private NavigableMap<LocalDate, List<LocalTimeWindow>> special(String specialJson) {
        NavigableMap<LocalDate, List<LocalTimeWindow>> special = new TreeMap<>();
        for (JsonNode row : json.readTree(specialJson)) {
            List<LocalTimeWindow> windows =
                    special.computeIfAbsent(LocalDate.parse(row.get(0).asString()), d -> new ArrayList<>());
            if (row.get(1).asBoolean()) {
                addWindow(windows, row.get(2), row.get(3));
            }
        }
        return special;
    }

    static Schedule schedule(
            Map<DayOfWeek, List<LocalTimeWindow>> weekly, Map<LocalDate, List<LocalTimeWindow>> special) {
        WeeklySchedule.Builder hours = WeeklySchedule.builder();
        weekly.forEach((day, windows) -> hours.on(day, windows.toArray(LocalTimeWindow[]::new)));
        special.forEach((date, windows) -> hours.special(date, windows.toArray(LocalTimeWindow[]::new)));
        return hours.build();
    }

    private static void addWindow(List<LocalTimeWindow> windows, JsonNode from, JsonNode to) {
        if (!from.isNull() && !to.isNull()) {
            windows.add(LocalTimeWindow.of(time(from.asString()), time(to.asString())));
        }
    }

    /**
     * A PostgreSQL {@code time} as JSON renders it, {@code HH:MM:SS}: read directly, since
     * {@link LocalTime#parse} costs a microsecond and "any team member" reads hundreds a request.
     */
    static LocalTime time(String text) {
        if (text.length() == 8 && text.charAt(2) == ':' && text.charAt(5) == ':') {
            return LocalTime.of(
                    Integer.parseInt(text, 0, 2, 10),
                    Integer.parseInt(text, 3, 5, 10),
                    Integer.parseInt(text, 6, 8, 10));
        }
        return LocalTime.parse(text);
    }

    /**
     * Time the members are held: appointments (with buffers) and group events they run, at any
     * location, and the times the waitlist has offered them to a client who has not yet answered.
     */
    Map<Long, IntervalSet> staffBusy(List<Long> members, Instant from, Instant to, Long excludeAppointment) {
        Map<Long, List<TimeRange>> busy = new HashMap<>();
        boolean one = members.size() == 1;
        db.sql(one ? ONE_MEMBER_BUSY : MEMBERS_BUSY)
                .param(one ? "member" : "members", one ? members.get(0) : members.toArray(Long[]::new))
                .param("from", ts(from))
                .param("until", ts(to))
                .param("exclude", excludeAppointment == null ? -1L : excludeAppointment)
                .param("now", ts(clock.instant()))
                .query(rs -> {
                    busy.computeIfAbsent(rs.getLong(1), m -> new ArrayList<>()).add(range(rs, 2, 3));
                });
        Map<Long, IntervalSet> sets = new HashMap<>();
        busy.forEach((member, ranges) -> sets.put(member, IntervalSet.of(ranges)));
        return sets;
    }

    /** The instances of the resources, each with the time it is already held by appointments and group events. */
    List<ResourceInstance> resourceInstances(
            Collection<Long> resources, Instant from, Instant to, Long excludeAppointment) {
        if (resources.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> resourceOf = new LinkedHashMap<>();
        db.sql(
                        "select id, resource_id from resource_instances where resource_id = any(:ids) and not deleted order by id")
                .param("ids", resources.toArray(Long[]::new))
                .query(rs -> {
                    resourceOf.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, List<TimeRange>> busy = new HashMap<>();
        db.sql("""
                        select resource_instance_id, busy_from, busy_until from appointment_resources
                         where active and resource_instance_id = any(:ids) and busy_from < :to and busy_until > :from
                           and appointment_id <> :exclude
                        union all
                        select resource_instance_id, starts_at, ends_at from events
                         where not deleted and resource_instance_id = any(:ids) and starts_at < :to and ends_at > :from
                        """)
                .param("ids", resourceOf.keySet().toArray(Long[]::new))
                .param("from", ts(from))
                .param("to", ts(to))
                .param("exclude", excludeAppointment == null ? -1L : excludeAppointment)
                .param("now", ts(clock.instant()))
                .query(rs -> {
                    busy.computeIfAbsent(rs.getLong(1), i -> new ArrayList<>()).add(range(rs, 2, 3));
                });
        List<ResourceInstance> instances = new ArrayList<>();
        resourceOf.forEach((instance, resource) -> instances.add(ResourceInstance.of(
                ResourceInstanceId.of(instance),
                ResourceId.of(resource),
                IntervalSet.of(busy.getOrDefault(instance, List.of())))));
        return instances;
    }

    /** Existing bookings of staff-free services, one range per booked seat. */
    Map<Long, List<TimeRange>> serviceBookings(
            Collection<Long> services, Instant from, Instant to, Long excludeAppointment) {
        Map<Long, List<TimeRange>> bookings = new HashMap<>();
        if (services.isEmpty()) {
            return bookings;
        }
        db.sql("""
                        select s.service_id, a.starts_at, a.ends_at, a.clients_count
                          from appointments a join appointment_services s on s.appointment_id = a.id
                         where s.service_id = any(:ids) and holds_time(a.status) and a.event_id is null
                           and a.starts_at < :to and a.ends_at > :from and a.id <> :exclude
                        """)
                .param("ids", services.toArray(Long[]::new))
                .param("from", ts(from))
                .param("to", ts(to))
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

    private static TimeRange range(ResultSet rs, int from, int to) throws SQLException {
        return TimeRange.of(
                rs.getObject(from, java.time.OffsetDateTime.class).toInstant(),
                rs.getObject(to, java.time.OffsetDateTime.class).toInstant());
    }

    private static java.time.OffsetDateTime ts(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
