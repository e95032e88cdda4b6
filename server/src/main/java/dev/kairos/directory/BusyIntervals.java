package dev.kairos.directory;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The spans team members are held by active appointments, cut into local per-date pieces. */
@Repository
class BusyIntervals {

    private final JdbcClient db;

    BusyIntervals(JdbcClient db) {
        this.db = db;
    }

    /** Per member and date, the pieces of the spans held, in one query. */
    Map<Long, Map<LocalDate, List<BusyInterval>>> of(Collection<Long> memberIds, Location location, DateRange range) {
        Map<Long, Map<LocalDate, List<BusyInterval>>> busy = new HashMap<>();
        if (memberIds.isEmpty()) {
            return busy;
        }
        ZoneId zone = location.zone();
        Instant start = range.from().atStartOfDay(zone).toInstant();
        Instant end = range.toInclusive().plusDays(1).atStartOfDay(zone).toInstant();
        db.sql("""
                        select id, team_member_id, busy_from, busy_until
                          from appointments
                         where location_id = :location and team_member_id in (:members)
                           and holds_time(status)
                           and busy_from < :end and busy_until > :start
                         order by busy_from
                        """)
                .param("location", location.id())
                .param("members", memberIds)
                .param("start", OffsetDateTime.ofInstant(start, zone))
                .param("end", OffsetDateTime.ofInstant(end, zone))
                .query((ResultSet rs) -> {
                    Instant from =
                            rs.getObject("busy_from", OffsetDateTime.class).toInstant();
                    Instant until =
                            rs.getObject("busy_until", OffsetDateTime.class).toInstant();
                    Map<LocalDate, List<BusyInterval>> days =
                            busy.computeIfAbsent(rs.getLong("team_member_id"), m -> new HashMap<>());
                    split(rs.getLong("id"), from, until, zone, range, days);
                });
        return busy;
    }

    /** A local piece of a held span on one date, as the schedule shows it: {@code entity_type} is always "record". */
    record BusyInterval(String entityType, long entityId, String from, String to) {}

    /** A span a team member is held by an active appointment, buffers and break included. */
    record Held(long memberId, Instant from, Instant until) {

        boolean overlaps(Instant start, Instant end) {
            return from.isBefore(end) && start.isBefore(until);
        }
    }

    /** The spans the members are held between two instants, in one query. */
    List<Held> held(Collection<Long> memberIds, long locationId, Instant start, Instant end) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                        select team_member_id, busy_from, busy_until
                          from appointments
                         where location_id = :location and team_member_id in (:members)
                           and holds_time(status)
                           and busy_from < :end and busy_until > :start
                        """)
                .param("location", locationId)
                .param("members", memberIds)
                .param("start", OffsetDateTime.ofInstant(start, java.time.ZoneOffset.UTC))
                .param("end", OffsetDateTime.ofInstant(end, java.time.ZoneOffset.UTC))
                .query((rs, n) -> new Held(
                        rs.getLong("team_member_id"),
                        rs.getObject("busy_from", OffsetDateTime.class).toInstant(),
                        rs.getObject("busy_until", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static void split(
            long id,
            Instant from,
            Instant until,
            ZoneId zone,
            DateRange range,
            Map<LocalDate, List<BusyInterval>> days) {
        LocalDate date = from.atZone(zone).toLocalDate();
        for (; date.atStartOfDay(zone).toInstant().isBefore(until); date = date.plusDays(1)) {
            if (date.isBefore(range.from()) || date.isAfter(range.toInclusive())) {
                continue;
            }
            Instant dayStart = date.atStartOfDay(zone).toInstant();
            Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
            LocalTime pieceFrom =
                    (from.isAfter(dayStart) ? from : dayStart).atZone(zone).toLocalTime();
            LocalTime pieceTo = until.isBefore(dayEnd) ? until.atZone(zone).toLocalTime() : LocalTime.MAX;
            days.computeIfAbsent(date, d -> new ArrayList<>())
                    .add(new BusyInterval("record", id, TimeSlot.format(pieceFrom), TimeSlot.format(pieceTo)));
        }
    }
}
