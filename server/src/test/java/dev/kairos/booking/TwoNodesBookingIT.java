package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.kairos.platform.KairosProcess;
import dev.kairos.support.Api;
import dev.kairos.support.Concurrently;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two Kairos processes on one database: this test's server and a second JVM pointed at the same
 * PostgreSQL. Clients alternate between them; the no-double-booking guarantee must hold across
 * processes, not only across threads.
 */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesBookingIT {

    static final int CLIENTS = 50;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    HikariDataSource dataSource;

    KairosProcess second;
    Path scratch;

    @BeforeAll
    void startSecondNode() throws Exception {
        scratch = Files.createTempDirectory("kairos-node2-");
        second = KairosProcess.start(
                scratch,
                Map.of(
                        "KAIROS_DB_URL", dataSource.getJdbcUrl(),
                        "KAIROS_DB_USER", dataSource.getUsername(),
                        "KAIROS_DB_PASSWORD", dataSource.getPassword() == null ? "" : dataSource.getPassword()));
        second.awaitHealthy(Duration.ofSeconds(120));
    }

    @AfterAll
    void stopSecondNode() {
        if (second != null) {
            second.stop(Duration.ofSeconds(30));
        }
    }

    @Test
    void fiftyClientsOnTwoNodesOneSlotOneWinner() throws Exception {
        Tenant tenant = fixtures.tenant();
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        long location = tenant.locationA();
        booking.openEveryDay(location);
        long anna = booking.member(location, "Anna");
        long cut = booking.service(location, "Haircut", 60, anna);
        LocalDate day = BookingFixtures.nextTuesday();
        Api nodeA = Api.at(port).as(tenant.partnerOnly());
        Api nodeB = Api.at(second.port()).as(tenant.partnerOnly());

        List<Api.Response> responses = fire(i -> (i % 2 == 0 ? nodeA : nodeB)
                .post(
                        "/book_record/" + location,
                        Map.of(
                                "phone",
                                "+4930" + (3000000 + i),
                                "fullname",
                                "Client " + i,
                                "appointments",
                                List.of(Map.of(
                                        "id",
                                        i,
                                        "services",
                                        List.of(cut),
                                        "staff_id",
                                        anna,
                                        "datetime",
                                        day + " 10:00:00")))));

        assertThat(responses.stream().filter(r -> r.status() == 201).count()).isEqualTo(1);
        assertThat(responses.stream().filter(r -> r.status() == 422))
                .hasSize(CLIENTS - 1)
                .allSatisfy(r -> assertThat(
                                r.meta().get("errors").get(0).get("code").asInt())
                        .isEqualTo(433));
        assertThat(booking.holding(location)).isEqualTo(1);
    }

    @Test
    void bothNodesShareCapacity() throws Exception {
        Tenant tenant = fixtures.tenant();
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        long location = tenant.locationA();
        booking.openEveryDay(location);
        long sauna =
                booking.service(location, "Sauna", 60, Map.of("requires_staff", false, "max_concurrent_bookings", 3));
        LocalDate day = BookingFixtures.nextTuesday();
        Api nodeA = Api.at(port).as(tenant.partnerOnly());
        Api nodeB = Api.at(second.port()).as(tenant.partnerOnly());

        List<Api.Response> responses = fire(i -> (i % 2 == 0 ? nodeA : nodeB)
                .post(
                        "/book_record/" + location,
                        Map.of(
                                "phone",
                                "+4930" + (4000000 + i),
                                "fullname",
                                "Client " + i,
                                "appointments",
                                List.of(Map.of(
                                        "id",
                                        i,
                                        "services",
                                        List.of(sauna),
                                        "staff_id",
                                        0,
                                        "datetime",
                                        day + " 15:00:00")))));

        assertThat(responses.stream().filter(r -> r.status() == 201).count()).isEqualTo(3);
        assertThat(booking.holding(location)).isEqualTo(3);
    }

    static List<Api.Response> fire(IntFunction<Api.Response> call) {
        return Concurrently.run(CLIENTS, call);
    }
}
