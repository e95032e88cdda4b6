package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.availability.HeldTime;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The held-time query finds every hold that overlaps a window exactly once, whatever its length
 * and whatever time zone the database session runs in: around a daylight-saving change a
 * calendar day is 23 or 25 hours, and the query's two halves must still meet.
 */
@KairosIT
class HeldTimeIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    Fixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    JdbcClient db;
    BookingFixtures booking;
    long location;
    List<Long> members = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = fixtures.db();
        booking = new BookingFixtures(db);
        location = fixtures.tenant().locationA();
    }

    @Test
    void holdsOfEveryLengthAreFoundOnceInADaylightSavingSession() {
        // Berlin springs forward on 2027-03-28: there, the day before noon is 23 hours long.
        ZonedDateTime from = ZonedDateTime.of(2027, 3, 28, 12, 0, 0, 0, BERLIN);
        ZonedDateTime until = from.plusHours(2);
        List<Long> overlapping = List.of(
                hold(
                        from.minusMinutes(23 * 60 + 30),
                        from.plusMinutes(15)), // 23 h 45 min, began in the 24 hours before
                hold(from.minusHours(30), from.plusMinutes(30)), // over a day
                hold(from.minusDays(3), until.plusDays(2)), // spans the whole window
                hold(from.plusMinutes(30), from.plusMinutes(90)), // inside
                hold(until.minusMinutes(10), until.plusHours(1))); // starts at the end
        hold(from.minusHours(5), from); // ends where the window starts
        hold(until, until.plusHours(1)); // starts where it ends

        for (String zone : List.of("Europe/Berlin", "America/New_York", "UTC")) {
            assertThat(held(zone, from, until)).as(zone).containsExactlyInAnyOrderElementsOf(overlapping);
            // The one-member form finds the same holds, member by member.
            List<Long> oneByOne = new ArrayList<>();
            for (long member : members) {
                oneByOne.addAll(heldBy(zone, member, from, until));
            }
            assertThat(oneByOne).as(zone + ", one member at a time").containsExactlyInAnyOrderElementsOf(overlapping);
        }
    }

    /** A hold of a member of its own (the exclusion constraint keeps one member's holds apart); that member's id. */
    private long hold(ZonedDateTime start, ZonedDateTime end) {
        assertThat(Duration.between(start, end)).isPositive();
        long member = booking.member(location, "Member " + members.size());
        booking.hold(location, member, start, end);
        members.add(member);
        return member;
    }

    /** The members whose holds the query returns, once per hold, run in a session whose time zone is {@code zone}. */
    private List<Long> held(String zone, ZonedDateTime from, ZonedDateTime until) {
        return held(zone, HeldTime.APPOINTMENTS, "members", members.toArray(Long[]::new), from, until);
    }

    /** {@link #held} through {@link HeldTime#ONE_MEMBER}, for the one member {@code member}. */
    private List<Long> heldBy(String zone, long member, ZonedDateTime from, ZonedDateTime until) {
        return held(zone, HeldTime.ONE_MEMBER, "member", member, from, until);
    }

    private List<Long> held(
            String zone, String sql, String name, Object members, ZonedDateTime from, ZonedDateTime until) {
        return transactions.execute(tx -> {
            db.sql("select set_config('TimeZone', :zone, true)")
                    .param("zone", zone)
                    .query(String.class)
                    .single();
            return db.sql(sql)
                    .param(name, members)
                    .param("from", utc(from))
                    .param("until", utc(until))
                    .param("exclude", -1L)
                    .query((rs, n) -> rs.getLong(1))
                    .list();
        });
    }

    private static OffsetDateTime utc(ZonedDateTime time) {
        return time.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
