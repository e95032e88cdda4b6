package dev.kairos.queue;

import dev.kairos.availability.Availability;
import dev.kairos.directory.Location;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The location's floor as the queue sees it: which services take queue tickets, who is on duty
 * now and able to serve them, and when each of them is free.
 */
@Component
class Floor {

    private final JdbcClient db;
    private final Availability availability;

    Floor(JdbcClient db, Availability availability) {
        this.db = db;
        this.availability = availability;
    }

    /** A service that takes queue tickets ({@code allow_queue} or {@code walk_in_only}). */
    record QueueService(long id, String title, int durationSeconds) {}

    List<QueueService> services(long locationId) {
        return db.sql("""
                        select id, title, duration_seconds from services
                         where location_id = :l and active and not deleted
                           and (allow_queue or booking_type = 'walk_in_only')
                         order by weight desc, title, id
                        """).param("l", locationId).query(QueueService.class).list();
    }

    Optional<QueueService> service(long locationId, long serviceId) {
        return services(locationId).stream().filter(s -> s.id() == serviceId).findFirst();
    }

    /** Whether the team member performs the service. */
    boolean performs(long memberId, long serviceId) {
        return db.sql("select exists (select 1 from service_staff where team_member_id = :m and service_id = :s)")
                .param("m", memberId)
                .param("s", serviceId)
                .query(Boolean.class)
                .single();
    }

    /** A team member who can serve from the queue, with their name. */
    record Member(long id, String name) {}

    /** The team members at the location who perform at least one queue service, by name. */
    List<Member> members(long locationId) {
        return db.sql("""
                        select distinct m.id, m.name from team_members m
                          join service_staff ss on ss.team_member_id = m.id
                          join services s on s.id = ss.service_id
                         where s.location_id = :l and s.active and not s.deleted
                           and (s.allow_queue or s.booking_type = 'walk_in_only')
                           and not m.deleted and not m.fired
                         order by m.name, m.id
                        """).param("l", locationId).query(Member.class).list();
    }

    /**
     * The team members on duty now (their working hours cover the next minute) who perform a queue
     * service, each free once their current appointment or called ticket is over.
     */
    List<WaitEstimate.Server> servers(Location location, Instant now, List<Ticket> called) {
        Map<Long, Map<Long, Duration>> lengths = new LinkedHashMap<>();
        db.sql("""
                        select ss.team_member_id, ss.service_id, coalesce(ss.duration_seconds, s.duration_seconds)
                          from service_staff ss
                          join services s on s.id = ss.service_id
                          join team_members m on m.id = ss.team_member_id
                         where s.location_id = :l and s.active and not s.deleted
                           and (s.allow_queue or s.booking_type = 'walk_in_only')
                           and not m.deleted and not m.fired
                         order by ss.team_member_id
                        """)
                .param("l", location.id())
                .query((rs, i) -> lengths.computeIfAbsent(rs.getLong(1), m -> new HashMap<>())
                        .put(rs.getLong(2), Duration.ofSeconds(rs.getInt(3))))
                .list();
        Map<Long, Instant> busyUntil = busyUntil(List.copyOf(lengths.keySet()), now);
        for (Ticket t : called) {
            Duration length =
                    lengths.getOrDefault(t.teamMemberId(), Map.of()).getOrDefault(t.serviceId(), Duration.ZERO);
            busyUntil.merge(t.teamMemberId(), t.stamps().called().at().plus(length), (a, b) -> a.isAfter(b) ? a : b);
        }
        List<WaitEstimate.Server> servers = new ArrayList<>();
        lengths.forEach((member, services) -> {
            if (availability.worksThrough(location.id(), location.zone(), member, now, now.plusSeconds(60))) {
                Instant free = busyUntil.getOrDefault(member, now);
                servers.add(new WaitEstimate.Server(member, free.isBefore(now) ? now : free, services));
            }
        });
        return servers;
    }

    /** Until when each member's appointment going on now holds them. */
    private Map<Long, Instant> busyUntil(List<Long> members, Instant now) {
        Map<Long, Instant> until = new HashMap<>();
        if (members.isEmpty()) {
            return until;
        }
        db.sql("""
                        select team_member_id, max(busy_until) from appointments
                         where team_member_id = any(:ids) and status in ('requested', 'confirmed', 'arrived')
                           and busy_from <= :now and busy_until > :now
                         group by team_member_id
                        """)
                .param("ids", members.toArray(Long[]::new))
                .param("now", Tickets.ts(now))
                .query((rs, i) -> until.put(
                        rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
        return until;
    }
}
