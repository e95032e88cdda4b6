package dev.kairos.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The seeded chain as the scenarios address it: its first location with 50 team members, each
 * member with the "Haircut" service of their location, and the working days (Monday to Saturday)
 * that are busy (the 30 days after today) and empty (from today + 31, for booking).
 */
record Dataset(
        long chainId,
        long mainLocation,
        List<Member> mainTeam,
        List<Member> everyone,
        LocalDate today,
        Set<LocalDate> booked) {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String CHAIN = "Bench Barbers";

    /** A team member, the location they work at, and the service the scenarios ask for there. */
    record Member(long id, long location, long haircut) {}

    static Dataset load(Connection db) throws SQLException {
        List<Member> everyone = new ArrayList<>();
        long chain = 0;
        try (PreparedStatement query = db.prepareStatement("""
                select l.chain_id, m.location_id, m.id, s.id
                  from team_members m join locations l on l.id = m.location_id
                  join services s on s.location_id = m.location_id and s.title = 'Haircut'
                 where l.chain_id = (select max(id) from chains where title = ?)
                 order by m.location_id, m.id
                """)) {
            query.setString(1, CHAIN);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    chain = rs.getLong(1);
                    everyone.add(new Member(rs.getLong(3), rs.getLong(2), rs.getLong(4)));
                }
            }
        }
        if (everyone.isEmpty()) {
            throw new IllegalStateException("no seeded chain '" + CHAIN + "' in the database: run with --seed");
        }
        long main = everyone.get(0).location();
        List<Member> team = everyone.stream().filter(m -> m.location() == main).toList();
        LocalDate today = LocalDate.now(ZONE);
        return new Dataset(chain, main, team, List.copyOf(everyone), today, bookedDays(db, today.plusDays(31)));
    }

    /** The days from {@code from} on that already hold an appointment, so a rerun on a kept database books elsewhere. */
    private static Set<LocalDate> bookedDays(Connection db, LocalDate from) throws SQLException {
        Set<LocalDate> days = new HashSet<>();
        try (PreparedStatement query = db.prepareStatement("""
                select distinct (starts_at at time zone 'Europe/Berlin')::date from appointments
                 where starts_at >= (cast(? as date) - 1)::timestamptz
                """)) {
            query.setObject(1, from);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    days.add(rs.getObject(1, LocalDate.class));
                }
            }
        }
        return days;
    }

    /** The working days today + 1 to today + 30, which hold seeded appointments. */
    List<LocalDate> busyDays() {
        return workingDays(today.plusDays(1), 30);
    }

    /** Working days from today + 31 on, which the seed leaves empty, without those an earlier run booked. */
    List<LocalDate> emptyDays(int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today.plusDays(31); days.size() < count; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY && !booked.contains(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private static List<LocalDate> workingDays(LocalDate from, int days) {
        return from.datesUntil(from.plusDays(days))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .toList();
    }
}
