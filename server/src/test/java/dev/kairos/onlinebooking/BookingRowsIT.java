package dev.kairos.onlinebooking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a book_record leaves in the database: exactly the client, visit, appointment, service lines
 * and resource holds it books; nothing of a booking that lost its time at the last moment; and
 * one visit for two bookings of one client's day written at once.
 */
@KairosIT
class BookingRowsIT {

    private static final String PHONE = "+49 30 7654321";
    private static final String E164 = "+49307654321";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DataSource dataSource;

    Api widget;
    BookingFixtures booking;
    long location;
    long anna;
    long ben;
    long cut;
    long facial;
    long room;
    LocalDate day;
    ZoneId zone;

    @BeforeEach
    void setUp() {
        Tenant tenant = fixtures.tenant();
        widget = Api.at(port).as(tenant.partnerOnly());
        booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        anna = booking.member(location, "Anna");
        ben = booking.member(location, "Ben");
        cut = booking.service(location, "Haircut", 60, anna, ben);
        facial = booking.service(location, "Facial", 60, anna, ben);
        long resource = fixtures.db()
                .sql("insert into resources (location_id, title) values (:l, 'Treatment room') returning id")
                .param("l", location)
                .query(Long.class)
                .single();
        room = fixtures.db()
                .sql(
                        "insert into resource_instances (resource_id, location_id, title) values (:r, :l, 'Room 1') returning id")
                .param("r", resource)
                .param("l", location)
                .query(Long.class)
                .single();
        fixtures.db()
                .sql("insert into service_resources (service_id, resource_id) values (:s, :r)")
                .param("s", facial)
                .param("r", resource)
                .update();
        day = BookingFixtures.nextTuesday();
        zone = ZoneId.of(fixtures.db()
                .sql("select time_zone from locations where id = :l")
                .param("l", location)
                .query(String.class)
                .single());
    }

    @Test
    void aNewClientIsMadeOnceAndEachDayIsOneVisit() {
        long first = booked(book(day, "10:00", facial));
        long client = clientOf(first);
        assertThat(count("clients where phone = '" + E164 + "' and location_id = " + location))
                .isEqualTo(1);
        assertThat(count("visits where client_id = " + client)).isEqualTo(1);
        assertThat(lines(first)).containsExactly(facial);
        assertThat(count("appointment_resources where active and resource_instance_id = " + room
                        + " and appointment_id = " + first))
                .isEqualTo(1);

        long second = booked(book(day, "14:00", cut, facial));
        assertThat(clientOf(second)).isEqualTo(client);
        assertThat(visitOf(second)).isEqualTo(visitOf(first));
        assertThat(lines(second)).containsExactly(cut, facial);
        assertThat(count("appointment_resources where appointment_id = " + second))
                .isEqualTo(1);

        long nextDay = booked(book(day.plusDays(1), "10:00", cut));
        assertThat(clientOf(nextDay)).isEqualTo(client);
        assertThat(visitOf(nextDay)).isNotEqualTo(visitOf(first));
        assertThat(count("appointment_resources where appointment_id = " + nextDay))
                .isZero();

        assertThat(count("clients where phone = '" + E164 + "' and location_id = " + location))
                .isEqualTo(1);
        assertThat(count("visits where client_id = " + client)).isEqualTo(2);
        assertThat(count("appointments where client_id = " + client)).isEqualTo(3);
        assertThat(count("activity_log where entity = 'client' and action = 'created' and entity_id = " + client))
                .isEqualTo(1);
        assertThat(count("activity_log where entity = 'appointment' and action = 'created' and location_id = "
                        + location))
                .isEqualTo(3);
    }

    @Test
    void aBookingWhoseTeamMemberIsTakenMeanwhileLeavesNothingBehind() throws Exception {
        long visits = count("visits where location_id = " + location);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            appointment(other, anna, null, null, day, "10:00");

            Api.Response refused = whileWaitingFor(other, () -> book(day, "10:00", cut));

            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.meta().get("errors").get(0).get("code").asInt()).isEqualTo(433);
        }
        assertNothingOfTheClient(visits);
    }

    @Test
    void aBookingWhoseRoomIsTakenMeanwhileLeavesNeitherItsAppointmentNorItsClient() throws Exception {
        long visits = count("visits where location_id = " + location);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            long taken = appointment(other, ben, null, null, day, "10:00");
            try (PreparedStatement hold = other.prepareStatement("""
                    insert into appointment_resources (appointment_id, resource_instance_id, busy_from, busy_until)
                    select id, ?, busy_from, busy_until from appointments where id = ?""")) {
                hold.setLong(1, room);
                hold.setLong(2, taken);
                hold.executeUpdate();
            }

            Api.Response refused = whileWaitingFor(other, () -> book(day, "10:00", facial));

            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.meta().get("errors").get(0).get("code").asInt()).isEqualTo(433);
        }
        assertThat(count("appointments where team_member_id = " + anna)).isZero();
        assertNothingOfTheClient(visits);
    }

    @Test
    void aBookingThatWaitsForAnotherOfTheSameClientJoinsItsVisit() throws Exception {
        long earlier = booked(book(day.plusDays(1), "10:00", cut));
        long client = clientOf(earlier);
        long visit;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // Another booking of the client for the same day, not yet committed: it holds the
            // client's row as every writer of visits does, and has made the day's visit.
            try (PreparedStatement hold = other.prepareStatement("update clients set id = id where id = ?")) {
                hold.setLong(1, client);
                hold.executeUpdate();
            }
            try (PreparedStatement made = other.prepareStatement(
                    "insert into visits (location_id, client_id, day) values (?, ?, ?) returning id")) {
                made.setLong(1, location);
                made.setLong(2, client);
                made.setObject(3, day);
                try (ResultSet rs = made.executeQuery()) {
                    rs.next();
                    visit = rs.getLong(1);
                }
            }
            appointment(other, ben, client, visit, day, "14:00");

            Api.Response later = whileWaitingFor(other, () -> book(day, "10:00", cut));

            assertThat(visitOf(booked(later))).isEqualTo(visit);
        }
        assertThat(count("visits where client_id = " + client)).isEqualTo(2);
    }

    private void assertNothingOfTheClient(long visits) {
        assertThat(count("clients where phone = '" + E164 + "' and location_id = " + location))
                .isZero();
        assertThat(count("visits where location_id = " + location)).isEqualTo(visits);
        assertThat(count("appointment_services s join appointments a on a.id = s.appointment_id"
                        + " where a.location_id = " + location + " and a.team_member_id = " + anna))
                .isZero();
        assertThat(count("activity_log where entity = 'client' and location_id = " + location))
                .isZero();
    }

    /** Books while {@code other} holds what the booking needs, and lets it go once the booking waits for it. */
    private Api.Response whileWaitingFor(Connection other, Supplier<Api.Response> booking) throws Exception {
        AtomicReference<Api.Response> response = new AtomicReference<>();
        Thread thread = new Thread(() -> response.set(booking.get()));
        thread.start();
        while (count("pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()") == 0) {
            Thread.sleep(20);
        }
        other.commit();
        thread.join();
        return response.get();
    }

    private long appointment(Connection connection, long member, Long client, Long visit, LocalDate on, String time)
            throws Exception {
        OffsetDateTime start =
                on.atTime(LocalTime.parse(time)).atZone(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into appointments (location_id, team_member_id, client_id, visit_id, starts_at, ends_at,
                                          busy_from, busy_until, status, record_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'confirmed', md5(random()::text)) returning id""")) {
            insert.setLong(1, location);
            insert.setLong(2, member);
            insert.setObject(3, client);
            insert.setObject(4, visit);
            insert.setObject(5, start);
            insert.setObject(6, start.plusHours(1));
            insert.setObject(7, start);
            insert.setObject(8, start.plusHours(1));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Api.Response book(LocalDate on, String time, Long... services) {
        return widget.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        PHONE,
                        "fullname",
                        "Nora Neu",
                        "appointments",
                        List.of(Map.of(
                                "id",
                                1,
                                "services",
                                List.of(services),
                                "staff_id",
                                anna,
                                "datetime",
                                on + " " + time))));
    }

    private static long booked(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.data().get(0).get("record_id").asLong();
    }

    private long clientOf(long appointment) {
        return column("client_id", appointment);
    }

    private long visitOf(long appointment) {
        return column("visit_id", appointment);
    }

    private long column(String name, long appointment) {
        return fixtures.db()
                .sql("select " + name + " from appointments where id = :id")
                .param("id", appointment)
                .query(Long.class)
                .single();
    }

    private List<Long> lines(long appointment) {
        return fixtures.db()
                .sql("select service_id from appointment_services where appointment_id = :id order by position")
                .param("id", appointment)
                .query(Long.class)
                .list();
    }

    private long count(String from) {
        return fixtures.count(from);
    }
}
