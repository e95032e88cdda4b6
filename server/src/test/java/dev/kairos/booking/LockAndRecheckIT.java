package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Concurrently;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application layer of the no-double-booking guarantee, on its own: with the exclusion
 * constraints dropped, concurrent staff-made bookings of one team member's slot and of one
 * resource instance still give exactly one appointment, because a staff booking locks what it
 * books and checks the time again under the lock. Online bookings of a team member or a room take
 * no such lock: there the constraint is the lock ({@link ExclusionConstraintIT},
 * {@link ConcurrentBookingIT}); their capacity-limited services keep it ({@link
 * ConcurrentBookingIT#fiftyClientsACapacityOfFour}).
 *
 * <p>The constraints are dropped for this class only and put back, with their definitions as read
 * from the database, after it; tests run one class at a time, and every other test expects them.
 */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockAndRecheckIT {

    static final int CLIENTS = 30;

    /** The exclusion constraints: table and name. */
    static final List<List<String>> CONSTRAINTS = List.of(
            List.of("appointments", "appointments_no_staff_overlap"),
            List.of("appointment_resources", "appointment_resources_no_overlap"));

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    final Map<String, String> definitions = new LinkedHashMap<>();
    final List<Long> locations = new java.util.ArrayList<>();
    Tenant tenant;
    BookingFixtures booking;
    long location;
    LocalDate day;

    @BeforeAll
    void dropTheConstraints() {
        JdbcClient db = fixtures.db();
        for (List<String> c : CONSTRAINTS) {
            definitions.put(
                    c.get(1),
                    db.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = :name")
                            .param("name", c.get(1))
                            .query(String.class)
                            .single());
            db.sql("alter table " + c.get(0) + " drop constraint " + c.get(1)).update();
        }
    }

    @AfterAll
    void putThemBack() {
        JdbcClient db = fixtures.db();
        // Should a test above have failed by double booking, its rows would keep the constraints
        // out for every later test: this class's appointments end here, so they always go back.
        db.sql("update appointments set status = 'cancelled' where location_id = any(:l)")
                .param("l", locations.toArray(Long[]::new))
                .update();
        db.sql("""
                        update appointment_resources set active = false
                         where appointment_id in (select id from appointments where location_id = any(:l))
                        """).param("l", locations.toArray(Long[]::new)).update();
        for (List<String> c : CONSTRAINTS) {
            String definition = definitions.get(c.get(1));
            if (definition != null) {
                db.sql("alter table " + c.get(0) + " add constraint " + c.get(1) + " " + definition)
                        .update();
            }
        }
    }

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        locations.add(location);
        booking.openEveryDay(location);
        day = BookingFixtures.nextTuesday();
        assertThat(fixtures.db()
                        .sql("select count(*) from pg_constraint where conname = any(:names)")
                        .param("names", new String[] {
                            CONSTRAINTS.get(0).get(1), CONSTRAINTS.get(1).get(1)
                        })
                        .query(Long.class)
                        .single())
                .as("the constraints are off for this test")
                .isZero();
    }

    @Test
    void staffBookingsOfOneSlotGiveOneAppointment() {
        long anna = booking.member(location, "Anna");
        long cut = booking.service(location, "Haircut", 60, anna);
        List<Integer> statuses = Concurrently.run(CLIENTS, i -> staffBooking(anna, cut, "11:00:00", 6000000 + i));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(CLIENTS - 1);
        assertThat(memberOverlaps()).isZero();
    }

    @Test
    void bookingsOfOneRoomGiveOneHoldPerInstance() {
        long anna = booking.member(location, "Anna");
        long ben = booking.member(location, "Ben");
        long cara = booking.member(location, "Cara");
        long room = fixtures.db()
                .sql("insert into resources (location_id, title) values (:l, 'Room') returning id")
                .param("l", location)
                .query(Long.class)
                .single();
        fixtures.db()
                .sql("insert into resource_instances (resource_id, location_id, title) values (:r, :l, 'Room 1')")
                .param("r", room)
                .param("l", location)
                .update();
        long massage = booking.service(location, "Massage", 60, anna, ben, cara);
        fixtures.db()
                .sql("insert into service_resources (service_id, resource_id) values (:s, :r)")
                .param("s", massage)
                .param("r", room)
                .update();
        long[] members = {anna, ben, cara};

        List<Integer> statuses = Concurrently.run(
                CLIENTS, i -> staffBooking(members[i % members.length], massage, "14:00:00", 7000000 + i));

        // Three team members are free, but the one room is the limit.
        assertThat(statuses).filteredOn(st -> st == 201).hasSize(1);
        assertThat(fixtures.db().sql("""
                                select count(*) from appointment_resources h join appointment_resources k
                                  on h.resource_instance_id = k.resource_instance_id and h.appointment_id < k.appointment_id
                                 and tstzrange(h.busy_from, h.busy_until) && tstzrange(k.busy_from, k.busy_until)
                                 where h.active and k.active
                                   and h.resource_instance_id in (select id from resource_instances where resource_id = :r)
                                """).param("r", room).query(Long.class).single())
                .isZero();
    }

    /** The HTTP status of a staff-made booking of {@code service} with {@code member} at {@code time} of the day, for a new client. */
    private int staffBooking(long member, long service, String time, int phone) {
        return Api.at(port)
                .as(tenant.adminA())
                .post(
                        "/records/" + location,
                        Map.of(
                                "staff_id",
                                member,
                                "datetime",
                                day + " " + time,
                                "services",
                                List.of(Map.of("id", service)),
                                "client",
                                Map.of("phone", "+4930" + phone, "name", "Client " + phone)))
                .status();
    }

    private long memberOverlaps() {
        return fixtures.db().sql("""
                        select count(*) from appointments a join appointments b
                          on a.team_member_id = b.team_member_id and a.id < b.id
                         and tstzrange(a.busy_from, a.busy_until) && tstzrange(b.busy_from, b.busy_until)
                         where a.location_id = :l and holds_time(a.status) and holds_time(b.status)
                        """).param("l", location).query(Long.class).single();
    }
}
