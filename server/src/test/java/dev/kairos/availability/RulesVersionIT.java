package dev.kairos.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A location's rules version goes up with every write to what a snapshot of its rules holds
 * (RulesSnapshots), and stays with writes to anything else: row by row, at the SQL level.
 */
@KairosIT
class RulesVersionIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    /** A write, in SQL over the named rows of {@link #rules()}, and whether it is one to the rules. */
    record Change(String what, String sql, boolean bumps) {
        @Override
        public String toString() {
            return what + (bumps ? " bumps" : " keeps");
        }
    }

    static Change bumps(String what, String sql) {
        return new Change(what, sql, true);
    }

    static Change keeps(String what, String sql) {
        return new Change(what, sql, false);
    }

    static Stream<Change> changes() {
        return Stream.concat(bumping(), keeping());
    }

    static Stream<Change> bumping() {
        return Stream.of(
                bumps("the location's slot step", "update locations set slot_step_minutes = 30 where id = :l"),
                bumps("the location's lead time", "update locations set booking_min_lead_minutes = 60 where id = :l"),
                bumps("the location's horizon", "update locations set booking_max_advance_days = 90 where id = :l"),
                bumps("the location's zone", "update locations set time_zone = 'Europe/Madrid' where id = :l"),
                bumps(
                        "the location's chain",
                        "with c as (insert into chains (title) values ('Moved') returning id) update locations set chain_id = (select id from c) where id = :l"),
                bumps("the location removed", "update locations set deleted = true where id = :l"),
                bumps(
                        "weekly hours added",
                        "insert into location_hours (location_id, day_of_week, opens_at, closes_at) values (:l, 7, '10:00', '14:00')"),
                bumps(
                        "weekly hours changed",
                        "update location_hours set closes_at = '19:00' where location_id = :l and day_of_week = 1"),
                bumps("weekly hours removed", "delete from location_hours where location_id = :l and day_of_week = 1"),
                bumps(
                        "a special day added",
                        "insert into location_special_days (location_id, day, opens_at, closes_at) values (:l, :later, '10:00', '12:00')"),
                bumps(
                        "a special day changed",
                        "update location_special_days set opens_at = '10:00', closes_at = '12:00' where location_id = :l and day = :day"),
                bumps(
                        "a special day removed",
                        "delete from location_special_days where location_id = :l and day = :day"),
                bumps("a service added", "insert into services (location_id, title) values (:l, 'Shave')"),
                bumps("a service's length", "update services set duration_seconds = 7200 where id = :s"),
                bumps("a service removed", "update services set deleted = true where id = :s"),
                bumps("a service deleted", "delete from services where id = :s"),
                bumps("a member linked", "insert into service_staff (service_id, team_member_id) values (:s, :m2)"),
                bumps(
                        "a member's own length",
                        "update service_staff set duration_seconds = 1800 where service_id = :s and team_member_id = :m"),
                bumps("a member unlinked", "delete from service_staff where service_id = :s and team_member_id = :m"),
                bumps(
                        "service hours added",
                        "insert into service_hours (service_id, day_of_week, opens_at, closes_at) values (:s, 2, '09:00', '12:00')"),
                bumps(
                        "service hours changed",
                        "update service_hours set closes_at = '16:00' where service_id = :s and day_of_week = 1"),
                bumps("service hours removed", "delete from service_hours where service_id = :s"),
                bumps("a room linked", "insert into service_resources (service_id, resource_id) values (:s, :r2)"),
                bumps("a room swapped", "update service_resources set resource_id = :r2 where service_id = :s"),
                bumps("a room unlinked", "delete from service_resources where service_id = :s"),
                bumps(
                        "a member excluded",
                        "insert into service_excluded_staff (service_id, team_member_id) values (:s, :m)"),
                bumps(
                        "an exclusion changed",
                        "update service_excluded_staff set team_member_id = :m where service_id = :s and team_member_id = :m2"),
                bumps("an exclusion lifted", "delete from service_excluded_staff where service_id = :s"),
                bumps("a linked member fired", "update team_members set fired = true where id = :m"),
                bumps("a linked member removed", "update team_members set deleted = true where id = :m"),
                bumps("a linked room removed", "update resources set deleted = true where id = :r"));
    }

    static Stream<Change> keeping() {
        return Stream.of(
                keeps("the location renamed", "update locations set title = 'Renamed' where id = :l"),
                keeps("the location touched", "update locations set updated_at = now() where id = :l"),
                keeps("a member renamed", "update team_members set name = 'Ann' where id = :m"),
                keeps("an unlinked member fired", "update team_members set fired = true where id = :m2"),
                keeps("an unlinked room removed", "update resources set deleted = true where id = :r2"),
                keeps(
                        "another location's hours",
                        "update location_hours set closes_at = '19:00' where location_id = :other"),
                keeps(
                        "another location's service",
                        "insert into services (location_id, title) values (:other, 'Elsewhere')"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeToTheRulesBumpsTheVersionAndNoOtherDoes(Change change) {
        Map<String, Object> rows = rules();
        long location = (Long) rows.get("l");
        long before = version(location);

        int changed = db().sql(change.sql()).params(rows).update();

        assertThat(changed).as("rows written").isPositive();
        if (change.bumps()) {
            assertThat(version(location)).as(change.what()).isGreaterThan(before);
        } else {
            assertThat(version(location)).as(change.what()).isEqualTo(before);
        }
    }

    /**
     * A transaction that writes many rule rows of one location (a bulk setup, an import) bumps its
     * version once, so the location's row is not rewritten per row; the other location's once too.
     */
    @Test
    void oneTransactionBumpsEachLocationOnce() {
        Map<String, Object> rows = rules();
        long location = (Long) rows.get("l");
        long other = (Long) rows.get("other");
        long before = version(location);
        long otherBefore = version(other);

        transactions.executeWithoutResult(status -> {
            for (int day = 1; day <= 7; day++) {
                db().sql("delete from location_hours where location_id in (:l, :other) and day_of_week = :d")
                        .params(rows)
                        .param("d", day)
                        .update();
                db().sql(
                                "insert into location_hours (location_id, day_of_week, opens_at, closes_at) values (:l, :d, '08:00', '20:00'), (:other, :d, '08:00', '20:00')")
                        .params(rows)
                        .param("d", day)
                        .update();
                db().sql(
                                "insert into service_hours (service_id, day_of_week, opens_at, closes_at) values (:s, :d, '10:00', '11:00')")
                        .params(rows)
                        .param("d", day)
                        .update();
            }
            db().sql("update team_members set fired = true where id = :m")
                    .params(rows)
                    .update();
        });

        assertThat(version(location)).isEqualTo(before + 1);
        assertThat(version(other)).isEqualTo(otherBefore + 1);
    }

    /**
     * What one transaction bumped does not keep the next one on the same connection from bumping,
     * nor does a bump undone with its savepoint count as made.
     */
    @Test
    void eachTransactionBumpsAgainAndARolledBackBumpIsForgotten() {
        Map<String, Object> rows = rules();
        long location = (Long) rows.get("l");
        long before = version(location);
        String addHours =
                "insert into service_hours (service_id, day_of_week, opens_at, closes_at) values (:s, :d, '10:00', '11:00')";

        for (int day = 2; day <= 4; day++) {
            int d = day;
            transactions.executeWithoutResult(
                    status -> db().sql(addHours).params(rows).param("d", d).update());
        }
        assertThat(version(location)).isEqualTo(before + 3);

        transactions.executeWithoutResult(status -> {
            Object savepoint = status.createSavepoint();
            db().sql("set constraints all immediate").update();
            db().sql(addHours).params(rows).param("d", 5).update();
            status.rollbackToSavepoint(savepoint);
            db().sql("set constraints all deferred").update();
            db().sql(addHours).params(rows).param("d", 6).update();
        });
        assertThat(version(location)).isEqualTo(before + 4);
    }

    /**
     * A location with a member linked to a service (l, m, s), another member the service excludes
     * (m2), a room the service needs (r) and one it does not (r2), service hours on Mondays and a
     * special day (day); the tenant's other location (other).
     */
    private Map<String, Object> rules() {
        Tenant tenant = fixtures.tenant();
        BookingFixtures booking = new BookingFixtures(db());
        long l = tenant.locationA();
        long m = booking.member(l, "Anna");
        long m2 = booking.member(l, "Bruno");
        long s = booking.service(l, "Cut", 60, m);
        long r = resource(l, "Room 1");
        long r2 = resource(l, "Room 2");
        LocalDate day = BookingFixtures.nextTuesday();
        db().sql("insert into service_resources (service_id, resource_id) values (:s, :r)")
                .param("s", s)
                .param("r", r)
                .update();
        db().sql(
                        "insert into service_hours (service_id, day_of_week, opens_at, closes_at) values (:s, 1, '09:00', '17:00')")
                .param("s", s)
                .update();
        db().sql("insert into service_excluded_staff (service_id, team_member_id) values (:s, :m)")
                .param("s", s)
                .param("m", m2)
                .update();
        db().sql("insert into location_special_days (location_id, day) values (:l, :day)")
                .param("l", l)
                .param("day", day)
                .update();
        Map<String, Object> rows = new HashMap<>();
        rows.put("l", l);
        rows.put("m", m);
        rows.put("m2", m2);
        rows.put("s", s);
        rows.put("r", r);
        rows.put("r2", r2);
        rows.put("day", day);
        rows.put("later", day.plusDays(1));
        rows.put("other", tenant.locationB());
        return rows;
    }

    private long resource(long location, String title) {
        return db().sql("insert into resources (location_id, title) values (:l, :t) returning id")
                .param("l", location)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private long version(long location) {
        return db().sql("select rules_version from locations where id = :l")
                .param("l", location)
                .query(Long.class)
                .single();
    }

    private JdbcClient db() {
        return fixtures.db();
    }
}
