package dev.kairos.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.platform.KairosProcess;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A book_record for a named team member takes the location's rules from its snapshot while
 * their version stands, and honours a change of them with the very next booking: on the process
 * that booked before, and on a second process on the same database, whose snapshot only the
 * version in the database tells is stale.
 */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulesSnapshotIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AvailabilityRepository repository;

    @Autowired
    HikariDataSource dataSource;

    KairosProcess second;

    Tenant tenant;
    BookingFixtures booking;
    long location;
    long anna;
    long cut;
    LocalDate day;
    Api nodeA;
    Api nodeB;

    @BeforeAll
    void startSecondNode() throws Exception {
        // The request limits are off on the second node: these tests send a handful.
        Path scratch = Files.createTempDirectory("kairos-rules-node2-");
        second = KairosProcess.start(scratch, KairosProcess.sharing(dataSource, Map.of()));
        second.awaitHealthy(Duration.ofSeconds(120));
    }

    @AfterAll
    void stopSecondNode() {
        if (second != null) {
            second.stop(Duration.ofSeconds(30));
        }
    }

    /** A location open every day with Anna, who cuts hair in an hour; both nodes have booked there. */
    private void salonBookedOnBothNodes() {
        tenant = fixtures.tenant();
        booking = new BookingFixtures(db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        anna = booking.member(location, "Anna");
        cut = booking.service(location, "Haircut", 60, anna);
        day = BookingFixtures.nextTuesday();
        nodeA = Api.at(port).as(tenant.partnerOnly());
        nodeB = Api.at(second.port()).as(tenant.partnerOnly());
        assertThat(record(nodeA, "09:00").status()).isEqualTo(201);
        assertThat(record(nodeB, "10:00").status()).isEqualTo(201);
    }

    @Test
    void aBookingOnUnchangedRulesDoesNotReadThem() {
        salonBookedOnBothNodes();
        long reads = repository.ruleReads(location);

        assertThat(record(nodeA, "11:00").status()).isEqualTo(201);
        assertThat(record(nodeA, "12:00").status()).isEqualTo(201);

        assertThat(repository.ruleReads(location)).as("rule reads").isEqualTo(reads);

        db().sql("update services set duration_seconds = 5400 where id = :s")
                .param("s", cut)
                .update();
        assertThat(record(nodeA, "13:00").status()).isEqualTo(201);
        assertThat(repository.ruleReads(location)).as("rule reads").isGreaterThan(reads);
    }

    @Test
    void aDayClosedIsHonouredOnBothNodes() {
        salonBookedOnBothNodes();

        db().sql("insert into location_special_days (location_id, day) values (:l, :d)")
                .param("l", location)
                .param("d", day)
                .update();

        refusedAsChecked(nodeA, "14:00");
        refusedAsChecked(nodeB, "15:00");
    }

    @Test
    void aLongerServiceIsHonouredOnBothNodes() {
        salonBookedOnBothNodes();

        db().sql("update services set duration_seconds = 7200 where id = :s")
                .param("s", cut)
                .update();

        assertThat(minutesBooked(record(nodeA, "12:00"))).isEqualTo(120);
        assertThat(minutesBooked(record(nodeB, "14:00"))).isEqualTo(120);
        // Until 18:00, when Anna stops: two hours from 17:00 do not fit any more.
        refusedAsChecked(nodeA, "17:00");
        refusedAsChecked(nodeB, "17:00");
    }

    @Test
    void aFiredMemberIsHonouredOnBothNodes() {
        salonBookedOnBothNodes();

        db().sql("update team_members set fired = true where id = :m")
                .param("m", anna)
                .update();

        refusedAsChecked(nodeA, "14:00");
        refusedAsChecked(nodeB, "15:00");
    }

    @Test
    void aServiceThatLosesTheMemberIsHonouredOnBothNodes() {
        salonBookedOnBothNodes();

        db().sql("delete from service_staff where service_id = :s and team_member_id = :m")
                .param("s", cut)
                .param("m", anna)
                .update();

        refusedAsChecked(nodeA, "14:00");
        refusedAsChecked(nodeB, "15:00");
    }

    /** A book_record at {@code time} is refused as a book_check of it, which reads the rules afresh, is; nothing booked. */
    private void refusedAsChecked(Api node, String time) {
        long before = booking.countAppointments(location);
        Api.Response check = node.post("/book_check/" + location, Map.of("appointments", appointments(time)));
        Api.Response record = record(node, time);
        assertThat(check.status()).as("book_check").isNotEqualTo(201);
        assertThat(record.status()).as("book_record " + record).isEqualTo(check.status());
        assertThat(record.meta()).as("book_record " + record).isEqualTo(check.meta());
        assertThat(booking.countAppointments(location)).isEqualTo(before);
    }

    private Api.Response record(Api node, String time) {
        return node.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        "+4930" + (5000000 + time.hashCode() % 1000000 + 1000000),
                        "fullname",
                        "Client at " + time,
                        "appointments",
                        appointments(time)));
    }

    private List<Map<String, Object>> appointments(String time) {
        return List.of(
                Map.of("id", 1, "services", List.of(cut), "staff_id", anna, "datetime", day + " " + time + ":00"));
    }

    private long minutesBooked(Api.Response record) {
        assertThat(record.status()).as(record.toString()).isEqualTo(201);
        return db().sql("select extract(epoch from ends_at - starts_at)::bigint / 60 from appointments where id = :id")
                .param("id", record.data().get(0).get("record_id").asLong())
                .query(Long.class)
                .single();
    }

    private JdbcClient db() {
        return fixtures.db();
    }
}
