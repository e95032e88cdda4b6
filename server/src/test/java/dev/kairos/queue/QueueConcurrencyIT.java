package dev.kairos.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.AtOnce;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Team members calling and serving at the same moment: never the same ticket, never served twice. */
@KairosIT
@Import(FloorClock.class)
class QueueConcurrencyIT {

    static final int ROUNDS = 15;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    ExecutorService pool;

    @BeforeEach
    void setUp() {
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void twoTeamMembersCallingAtOnceNeverCallTheSameTicket() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            QueueFloor floor = new QueueFloor(fixtures, port);
            floor.join("First", null);
            floor.join("Second", null);
            List<Api.Response> calls =
                    AtOnce.together(pool, () -> floor.callNext(floor.anna), () -> floor.callNext(floor.ben));
            assertThat(calls)
                    .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
            Set<Long> tickets = new HashSet<>();
            calls.forEach(r -> tickets.add(r.data().get("id").asLong()));
            assertThat(tickets).as("round " + round).hasSize(2);
        }
    }

    @Test
    void oneWaitingTicketGoesToExactlyOneOfTwoCallers() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            QueueFloor floor = new QueueFloor(fixtures, port);
            floor.join("Only", null);
            List<Api.Response> calls =
                    AtOnce.together(pool, () -> floor.callNext(floor.anna), () -> floor.callNext(floor.ben));
            assertThat(calls.stream().map(Api.Response::status))
                    .as(calls.toString())
                    .containsExactlyInAnyOrder(200, 409);
        }
    }

    @Test
    void aTicketServedTwiceAtOnceMakesOneAppointment() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            QueueFloor floor = new QueueFloor(fixtures, port);
            floor.join("Only", null);
            long ticket = floor.callNext(floor.anna).data().get("id").asLong();
            String serve = floor.path("/" + ticket + "/serve");
            List<Api.Response> serves = AtOnce.together(
                    pool, () -> floor.desk.post(serve, Map.of()), () -> floor.desk.post(serve, Map.of()));
            assertThat(serves.stream().map(Api.Response::status))
                    .as(serves.toString())
                    .containsExactlyInAnyOrder(200, 409);
            assertThat(floor.appointments()).isEqualTo(1);
        }
    }
}
