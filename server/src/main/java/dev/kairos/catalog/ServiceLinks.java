package dev.kairos.catalog;

import java.sql.Time;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a service is linked to: team members (service_staff), its own hours, its resources and the
 * team members it excludes (service_excluded_staff).
 */
@Repository
class ServiceLinks {

    /** A team member's link to a service, here and in {@link CatalogWriter}. */
    static final String LINK_STAFF =
            "insert into service_staff (service_id, team_member_id, duration_seconds) values (:s, :m, :d)";

    static final String LINK_RESOURCE = "insert into service_resources (service_id, resource_id) values (:s, :r)";

    private final JdbcClient db;

    ServiceLinks(JdbcClient db) {
        this.db = db;
    }

    Map<Long, List<StaffLink>> staff(Collection<Long> serviceIds) {
        Map<Long, List<StaffLink>> links = new HashMap<>();
        db.sql("""
                        select ss.service_id, ss.team_member_id, ss.duration_seconds
                          from service_staff ss join team_members tm on tm.id = ss.team_member_id
                         where ss.service_id in (:ids) and not tm.deleted
                         order by ss.service_id, ss.team_member_id
                        """).param("ids", serviceIds).query(rs -> {
            Integer seconds = (Integer) rs.getObject("duration_seconds");
            links.computeIfAbsent(rs.getLong("service_id"), k -> new ArrayList<>())
                    .add(new StaffLink(
                            rs.getLong("team_member_id"), seconds == null ? null : Duration.ofSeconds(seconds)));
        });
        return links;
    }

    Map<Long, List<ServiceHours>> hours(Collection<Long> serviceIds) {
        Map<Long, List<ServiceHours>> hours = new HashMap<>();
        db.sql(
                        "select service_id, day_of_week, opens_at, closes_at, is_closed from service_hours where service_id in (:ids)")
                .param("ids", serviceIds)
                .query(rs -> {
                    ServiceHours entry = new ServiceHours(
                            rs.getInt("day_of_week"),
                            time(rs.getTime("opens_at")),
                            time(rs.getTime("closes_at")),
                            rs.getBoolean("is_closed"));
                    hours.computeIfAbsent(rs.getLong("service_id"), k -> new ArrayList<>())
                            .add(entry);
                });
        return hours;
    }

    Map<Long, List<Long>> resources(Collection<Long> serviceIds) {
        return idsByService("""
                        select sr.service_id, sr.resource_id
                          from service_resources sr join resources r on r.id = sr.resource_id
                         where sr.service_id in (:ids) and not r.deleted
                         order by sr.service_id, sr.resource_id
                        """, serviceIds);
    }

    Map<Long, List<Long>> excluded(Collection<Long> serviceIds) {
        return idsByService("""
                        select x.service_id, x.team_member_id
                          from service_excluded_staff x join team_members tm on tm.id = x.team_member_id
                         where x.service_id in (:ids) and not tm.deleted
                         order by x.service_id, x.team_member_id
                        """, serviceIds);
    }

    /** Rows {@code (service_id, other_id)} of {@code sql} for the services {@code :ids}, grouped by service. */
    private Map<Long, List<Long>> idsByService(String sql, Collection<Long> serviceIds) {
        Map<Long, List<Long>> ids = new HashMap<>();
        db.sql(sql).param("ids", serviceIds).query(rs -> {
            ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return ids;
    }

    void replaceExcluded(long serviceId, Collection<Long> teamMemberIds) {
        db.sql("delete from service_excluded_staff where service_id = :s")
                .param("s", serviceId)
                .update();
        for (long member : teamMemberIds) {
            db.sql("insert into service_excluded_staff (service_id, team_member_id) values (:s, :m)")
                    .param("s", serviceId)
                    .param("m", member)
                    .update();
        }
    }

    void replaceStaff(long serviceId, List<StaffLink> links) {
        db.sql("delete from service_staff where service_id = :s")
                .param("s", serviceId)
                .update();
        links.forEach(link -> link(serviceId, link));
    }

    void link(long serviceId, StaffLink link) {
        db.sql(LINK_STAFF)
                .param("s", serviceId)
                .param("m", link.teamMemberId())
                .param("d", seconds(link.duration()))
                .update();
    }

    boolean relink(long serviceId, StaffLink link) {
        return db.sql("update service_staff set duration_seconds = :d where service_id = :s and team_member_id = :m")
                        .param("s", serviceId)
                        .param("m", link.teamMemberId())
                        .param("d", seconds(link.duration()))
                        .update()
                > 0;
    }

    boolean unlink(long serviceId, long teamMemberId) {
        return db.sql("delete from service_staff where service_id = :s and team_member_id = :m")
                        .param("s", serviceId)
                        .param("m", teamMemberId)
                        .update()
                > 0;
    }

    void replaceHours(long serviceId, WeeklyHours hours) {
        db.sql("delete from service_hours where service_id = :s")
                .param("s", serviceId)
                .update();
        for (ServiceHours h : hours.entries()) {
            db.sql("""
                            insert into service_hours (service_id, day_of_week, opens_at, closes_at, is_closed)
                            values (:s, :day, :opens, :closes, :closed)
                            """)
                    .param("s", serviceId)
                    .param("day", h.dayOfWeek())
                    .param("opens", h.opensAt())
                    .param("closes", h.closesAt())
                    .param("closed", h.closed())
                    .update();
        }
    }

    void replaceResources(long serviceId, Collection<Long> resourceIds) {
        db.sql("delete from service_resources where service_id = :s")
                .param("s", serviceId)
                .update();
        for (long resourceId : resourceIds) {
            db.sql(LINK_RESOURCE).param("s", serviceId).param("r", resourceId).update();
        }
    }

    private static LocalTime time(Time time) {
        return time == null ? null : time.toLocalTime();
    }

    static Integer seconds(Duration duration) {
        return duration == null ? null : (int) duration.toSeconds();
    }
}
