package dev.kairos.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Team members, services and events for booking tests, written straight to the database. */
public final class BookingFixtures {

    private final JdbcClient db;

    public BookingFixtures(JdbcClient db) {
        this.db = db;
    }

    /** A Tuesday two to three weeks ahead in Berlin: inside the default 60-day window, never today. */
    public static LocalDate nextTuesday() {
        return LocalDate.now(ZoneId.of("Europe/Berlin")).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    }

    public long member(long locationId, String name) {
        long id = db.sql("insert into team_members (location_id, name) values (:l, :n) returning id")
                .param("l", locationId)
                .param("n", name)
                .query(Long.class)
                .single();
        for (int day = 1; day <= 7; day++) {
            db.sql("""
                            insert into team_member_weekly_hours (team_member_id, location_id, day_of_week, starts_at, ends_at)
                            values (:m, :l, :d, '09:00', '18:00')
                            """).param("m", id).param("l", locationId).param("d", day).update();
        }
        return id;
    }

    /** A staff service of {@code minutes}, bookable online, linked to the given members. */
    public long service(long locationId, String title, int minutes, long... members) {
        return service(locationId, title, minutes, Map.of(), members);
    }

    /**
     * A service with extra column values, for example {@code booking_type}, {@code requires_staff},
     * {@code max_concurrent_bookings}, {@code buffer_after_seconds}.
     */
    public long service(long locationId, String title, int minutes, Map<String, Object> columns, long... members) {
        StringBuilder names = new StringBuilder("location_id, title, duration_seconds, price_min, price_max");
        StringBuilder values = new StringBuilder(":l, :t, :d, 50, 50");
        columns.keySet().forEach(c -> {
            names.append(", ").append(c);
            values.append(", :").append(c);
        });
        var insert = db.sql("insert into services (" + names + ") values (" + values + ") returning id")
                .param("l", locationId)
                .param("t", title)
                .param("d", minutes * 60);
        for (var e : columns.entrySet()) {
            insert = insert.param(e.getKey(), e.getValue());
        }
        long id = insert.query(Long.class).single();
        for (long member : members) {
            db.sql("insert into service_staff (service_id, team_member_id) values (:s, :m)")
                    .param("s", id)
                    .param("m", member)
                    .update();
        }
        return id;
    }

    public void openEveryDay(long locationId) {
        db.sql("delete from location_hours where location_id = :l")
                .param("l", locationId)
                .update();
        for (int day = 1; day <= 7; day++) {
            db.sql(
                            "insert into location_hours (location_id, day_of_week, opens_at, closes_at) values (:l, :d, '08:00', '20:00')")
                    .param("l", locationId)
                    .param("d", day)
                    .update();
        }
    }

    long event(long locationId, long serviceId, long memberId, java.time.Instant start, int capacity) {
        return db.sql("""
                        insert into events (location_id, service_id, team_member_id, starts_at, ends_at, capacity)
                        values (:l, :s, :m, :start, :end, :c) returning id
                        """)
                .param("l", locationId)
                .param("s", serviceId)
                .param("m", memberId)
                .param("start", start.atOffset(java.time.ZoneOffset.UTC))
                .param("end", start.plusSeconds(3600).atOffset(java.time.ZoneOffset.UTC))
                .param("c", capacity)
                .query(Long.class)
                .single();
    }

    /** A confirmed appointment without client or services that holds the member from {@code from} to {@code until}. */
    public long hold(long locationId, long memberId, java.time.ZonedDateTime from, java.time.ZonedDateTime until) {
        return db.sql("""
                        insert into appointments (location_id, team_member_id, starts_at, ends_at, busy_from, busy_until, status, record_hash)
                        values (:l, :m, :from, :until, :from, :until, 'confirmed', md5(random()::text)) returning id
                        """)
                .param("l", locationId)
                .param("m", memberId)
                .param("from", from.toOffsetDateTime())
                .param("until", until.toOffsetDateTime())
                .query(Long.class)
                .single();
    }

    public long countAppointments(long locationId) {
        return db.sql("select count(*) from appointments where location_id = :l")
                .param("l", locationId)
                .query(Long.class)
                .single();
    }

    public long holding(long locationId) {
        return db.sql(
                        "select count(*) from appointments where location_id = :l and status in ('requested','confirmed')")
                .param("l", locationId)
                .query(Long.class)
                .single();
    }
}
