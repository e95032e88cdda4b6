package dev.kairos.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts over the demo chain's rows, named, so a test can compare two moments or check invariants. */
final class DemoCounts {

    private static final String IN_CHAIN = "location_id in (select id from locations where chain_id = :chain)";

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("locations", "select count(*) from locations where chain_id = :chain");
        QUERIES.put("team_members", "select count(*) from team_members where " + IN_CHAIN);
        QUERIES.put("hidden_team_members", "select count(*) from team_members where hidden and " + IN_CHAIN);
        QUERIES.put("weekly_hours", "select count(*) from team_member_weekly_hours where " + IN_CHAIN);
        QUERIES.put("days_off", "select count(*) from team_member_schedule_days where not is_working and " + IN_CHAIN);
        QUERIES.put("closed_days", "select count(*) from location_special_days where opens_at is null and " + IN_CHAIN);
        QUERIES.put("resource_instances", "select count(*) from resource_instances where " + IN_CHAIN);
        QUERIES.put("services", "select count(*) from services where " + IN_CHAIN);
        QUERIES.put(
                "capacity_services",
                "select count(*) from services where not requires_staff and max_concurrent_bookings = 4 and "
                        + IN_CHAIN);
        QUERIES.put("services_needing_room", """
                select count(*) from service_resources sr join resources r on r.id = sr.resource_id
                 where r.title = 'Treatment room' and r.""" + IN_CHAIN);
        QUERIES.put("services_with_own_staff_durations", """
                select count(*) from service_staff ss join team_members m on m.id = ss.team_member_id
                 where ss.duration_seconds is not null and m.""" + IN_CHAIN);
        QUERIES.put("clients", "select count(*) from clients where chain_id = :chain");
        QUERIES.put("labels", "select count(*) from appointment_categories where " + IN_CHAIN);
        QUERIES.put("positions", "select count(*) from positions where chain_id = :chain");
        QUERIES.put("appointments", "select count(*) from appointments where " + IN_CHAIN);
        QUERIES.put("appointment_services", """
                select count(*) from appointment_services s join appointments a on a.id = s.appointment_id
                 where s.cost > 0 and a.""" + IN_CHAIN);
        QUERIES.put("outside_working_hours", """
                select count(*) from appointments a join locations l on l.id = a.location_id
                 where a.team_member_id is not null and l.chain_id = :chain
                   and not exists (select 1 from team_member_weekly_hours h
                                    where h.team_member_id = a.team_member_id
                                      and h.day_of_week = extract(isodow from a.busy_from at time zone l.time_zone)
                                      and (a.busy_from at time zone l.time_zone)::date = (a.busy_until at time zone l.time_zone)::date
                                      and (a.busy_from at time zone l.time_zone)::time >= h.starts_at
                                      and (a.busy_until at time zone l.time_zone)::time <= h.ends_at)
                """);
        QUERIES.put("on_days_off_or_closed", """
                select count(*) from appointments a join locations l on l.id = a.location_id
                 where l.chain_id = :chain
                   and (exists (select 1 from team_member_schedule_days d where d.team_member_id = a.team_member_id
                                   and not d.is_working and d.day = (a.starts_at at time zone l.time_zone)::date)
                        or exists (select 1 from location_special_days c where c.location_id = l.id and c.opens_at is null
                                   and c.day = (a.starts_at at time zone l.time_zone)::date))
                """);
        QUERIES.put("overlapping_pairs", """
                select count(*) from appointments a join appointments b
                    on a.team_member_id = b.team_member_id and a.id < b.id
                   and tstzrange(a.busy_from, a.busy_until) && tstzrange(b.busy_from, b.busy_until)
                 where a.""" + IN_CHAIN);
        QUERIES.put("overlapping_resource_pairs", """
                select count(*) from appointment_resources a join appointment_resources b
                    on a.resource_instance_id = b.resource_instance_id and a.appointment_id < b.appointment_id
                   and tstzrange(a.busy_from, a.busy_until) && tstzrange(b.busy_from, b.busy_until)
                  join resource_instances i on i.id = a.resource_instance_id
                 where i.""" + IN_CHAIN);
        QUERIES.put("overfull_capacity_slots", """
                select count(*) from (select 1 from appointments a
                                        join appointment_services x on x.appointment_id = a.id
                                        join services s on s.id = x.service_id
                                       where not s.requires_staff and a.status <> 'cancelled' and a.""" + IN_CHAIN + """

                                       group by a.location_id, a.starts_at, s.max_concurrent_bookings
                                      having count(*) > s.max_concurrent_bookings) t
                """);
    }

    private DemoCounts() {}

    static Map<String, Long> of(JdbcClient db, long chain) {
        Map<String, Long> counts = new LinkedHashMap<>();
        QUERIES.forEach((name, sql) -> counts.put(
                name, db.sql(sql).param("chain", chain).query(Long.class).single()));
        return counts;
    }

    /** Appointment counts by status, of those that had ended ({@code past}) or not yet begun when the demo was seeded. */
    static Map<String, Long> statuses(JdbcClient db, long chain, boolean past) {
        Map<String, Long> statuses = new LinkedHashMap<>();
        db.sql("""
                        select a.status, count(*) from appointments a join chains c on c.id = :chain
                         where a.""" + IN_CHAIN + """
                           and case when :past then a.ends_at <= c.created_at else a.starts_at > c.created_at end
                         group by a.status
                        """)
                .param("chain", chain)
                .param("past", past)
                .query((rs, n) -> statuses.put(rs.getString(1), rs.getLong(2)))
                .list();
        return statuses;
    }
}
