package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database layer of the no-double-booking guarantee, on its own: rows written with plain SQL,
 * past every check of the application, are refused by the exclusion constraints (SQL state 23P01)
 * when they overlap a team member's or a resource instance's held time, and accepted when they
 * only touch it or do not hold time. Which statuses hold time is one function, {@code
 * holds_time}, that agrees with {@link AppointmentStatus#HOLDING}.
 */
@KairosIT
class ExclusionConstraintIT {

    private static final ZonedDateTime TEN = ZonedDateTime.of(2031, 3, 4, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @Autowired
    Fixtures fixtures;

    JdbcClient db;
    long location;
    long member;
    long instance;

    @BeforeEach
    void setUp() {
        db = fixtures.db();
        location = fixtures.tenant().locationA();
        member = new BookingFixtures(db).member(location, "Anna");
        long resource = db.sql("insert into resources (location_id, title) values (:l, 'Room') returning id")
                .param("l", location)
                .query(Long.class)
                .single();
        instance = db.sql("insert into resource_instances (resource_id, location_id, title) values (:r, :l, 'Room 1')"
                        + " returning id")
                .param("r", resource)
                .param("l", location)
                .query(Long.class)
                .single();
    }

    /** A second appointment of the member beside one held 10:00 to 11:00 (minutes from 10:00). */
    @ParameterizedTest(name = "{0}..{1} {2}: refused {3}")
    @CsvSource(textBlock = """
            0,   60, confirmed, true
            30,  90, requested, true
            -30, 30, arrived,   true
            10,  20, completed, true
            -60, 120, confirmed, true
            60,  120, confirmed, false
            -60, 0,   confirmed, false
            0,   60, cancelled, false
            0,   60, rejected,  false
            0,   60, no_show,   false
            """)
    void aTeamMembersOverlappingHoldIsRefused(int from, int until, String status, boolean refused) {
        appointment(0, 60, "confirmed", false);
        Throwable thrown = catchThrowable(() -> appointment(from, until, status, false));
        if (refused) {
            assertThat(sqlState(thrown)).isEqualTo("23P01");
        } else {
            assertThat(thrown).isNull();
        }
    }

    @ParameterizedTest(name = "{0}..{1}: refused {2}")
    @CsvSource(textBlock = """
            30,  90,  true
            -30, 1,   true
            60,  120, false
            """)
    void aResourceInstancesOverlappingHoldIsRefused(int from, int until, boolean refused) {
        resourceHold(appointment(0, 60, "confirmed", true), 0, 60, true);
        long other = appointment(from, until, "confirmed", true);
        Throwable thrown = catchThrowable(() -> resourceHold(other, from, until, true));
        if (refused) {
            assertThat(sqlState(thrown)).isEqualTo("23P01");
        } else {
            assertThat(thrown).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(AppointmentStatus.class)
    void holdsTimeIsTheStatusListOfTheApplication(AppointmentStatus status) {
        assertThat(db.sql("select holds_time(:s)")
                        .param("s", status.dbName())
                        .query(Boolean.class)
                        .single())
                .isEqualTo(AppointmentStatus.HOLDING.contains(status));
    }

    @org.junit.jupiter.api.Test
    void anInactiveResourceHoldAndAnOverbookedAppointmentHoldNothing() {
        resourceHold(appointment(0, 60, "confirmed", true), 0, 60, true);
        assertThatCode(() -> resourceHold(appointment(0, 60, "confirmed", true), 0, 60, false))
                .doesNotThrowAnyException();
        appointment(0, 60, "confirmed", false);
        assertThatCode(() -> db.sql("update appointments set overbooked = true where id = :id")
                        .param("id", appointment(200, 260, "confirmed", false))
                        .update())
                .doesNotThrowAnyException();
    }

    /** An appointment from {@code from} to {@code until} minutes after 10:00; of nobody when {@code free}. */
    private long appointment(int from, int until, String status, boolean free) {
        return db.sql("""
                        insert into appointments (location_id, team_member_id, starts_at, ends_at, busy_from, busy_until,
                                                  status, record_hash)
                        values (:l, :m, :from, :until, :from, :until, :status, md5(random()::text)) returning id
                        """)
                .param("l", location)
                .param("m", free ? null : member, java.sql.Types.BIGINT)
                .param("from", TEN.plusMinutes(from).toOffsetDateTime())
                .param("until", TEN.plusMinutes(until).toOffsetDateTime())
                .param("status", status)
                .query(Long.class)
                .single();
    }

    private void resourceHold(long appointment, int from, int until, boolean active) {
        db.sql("""
                        insert into appointment_resources (appointment_id, resource_instance_id, busy_from, busy_until, active)
                        values (:a, :i, :from, :until, :active)
                        """)
                .param("a", appointment)
                .param("i", instance)
                .param("from", TEN.plusMinutes(from).toOffsetDateTime())
                .param("until", TEN.plusMinutes(until).toOffsetDateTime())
                .param("active", active)
                .update();
    }

    private static String sqlState(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
