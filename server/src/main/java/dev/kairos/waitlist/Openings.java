package dev.kairos.waitlist;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.booking.AppointmentRescheduled;
import dev.kairos.booking.AppointmentStatusChanged;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.directory.TimeSlot;
import dev.kairos.directory.WorkingTimeAdded;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Time that frees up, noted in the transaction that frees it (a cancelled or rejected appointment,
 * one moved away, working time added to a team member's schedule): a rolled-back change frees nothing. The offer job hands each opening on.
 */
@Component
class Openings {

    private final JdbcClient db;
    private final Locations locations;
    private final Clock clock;

    Openings(JdbcClient db, Locations locations, Clock clock) {
        this.db = db;
        this.locations = locations;
        this.clock = clock;
    }

    /** A freed stretch of one team member's time. */
    record Opening(long id, long locationId, long teamMemberId, Instant start, Instant end) {}

    @EventListener
    void on(AppointmentStatusChanged changed) {
        boolean freed = (changed.to() == AppointmentStatus.CANCELLED || changed.to() == AppointmentStatus.REJECTED)
                && AppointmentStatus.HOLDING.contains(changed.from());
        if (freed) {
            db.sql("""
                            insert into waitlist_openings (location_id, team_member_id, starts_at, ends_at, created_at)
                            select location_id, team_member_id, starts_at, ends_at, :at from appointments
                             where id = :id and team_member_id is not null and starts_at > :at
                            """)
                    .param("id", changed.appointmentId())
                    .param("at", Entries.ts(clock.instant()))
                    .update();
        }
    }

    @EventListener
    void on(AppointmentRescheduled moved) {
        db.sql("""
                        insert into waitlist_openings (location_id, team_member_id, starts_at, ends_at, created_at)
                        select location_id, team_member_id, :from, :until, :at from appointments
                         where id = :id and team_member_id is not null and :from > :at
                        """)
                .param("id", moved.appointmentId())
                .param("from", Entries.ts(moved.previousStart()))
                .param(
                        "until",
                        Entries.ts(moved.previousStart().plus(java.time.Duration.between(moved.start(), moved.end()))))
                .param("at", Entries.ts(clock.instant()))
                .update();
    }

    /** New working time (hours extended, a day off taken back) is time that freed up too. */
    @EventListener
    void on(WorkingTimeAdded added) {
        ZoneId zone = locations.find(added.locationId()).map(Location::zone).orElse(null);
        if (zone == null) {
            return;
        }
        Instant now = clock.instant();
        for (TimeSlot slot : added.added()) {
            Instant start = added.date().atTime(slot.from()).atZone(zone).toInstant();
            Instant end = slot.to().equals(LocalTime.MAX)
                    ? added.date().plusDays(1).atStartOfDay(zone).toInstant()
                    : added.date().atTime(slot.to()).atZone(zone).toInstant();
            if (end.isAfter(now)) {
                add(added.locationId(), added.teamMemberId(), start.isBefore(now) ? now : start, end);
            }
        }
    }

    /** Notes time that freed up otherwise (an offer let lapse gives its time to the next entry). */
    void add(long locationId, long memberId, Instant start, Instant end) {
        db.sql("""
                        insert into waitlist_openings (location_id, team_member_id, starts_at, ends_at, created_at)
                        values (:l, :m, :from, :until, :at)
                        """)
                .param("l", locationId)
                .param("m", memberId)
                .param("from", Entries.ts(start))
                .param("until", Entries.ts(end))
                .param("at", Entries.ts(clock.instant()))
                .update();
    }

    /** The openings not yet handed on, oldest first, locked (another run's are skipped). */
    List<Opening> pending(int limit) {
        return db.sql("""
                        select id, location_id, team_member_id, starts_at, ends_at from waitlist_openings
                         where handled_at is null order by id limit :limit for update skip locked
                        """)
                .param("limit", limit)
                .query((rs, i) -> new Opening(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    void handled(long id) {
        db.sql("update waitlist_openings set handled_at = :at where id = :id")
                .param("id", id)
                .param("at", Entries.ts(clock.instant()))
                .update();
    }
}
