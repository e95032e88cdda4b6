package dev.kairos.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Bad input and other chains' ids get the error envelope and a 4xx, and change nothing. */
@KairosIT
@Import(FloorClock.class)
class QueueRefusalsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    QueueFloor floor;
    QueueFloor other;

    @BeforeEach
    void setUp() {
        floor = new QueueFloor(fixtures, port);
        other = new QueueFloor(fixtures, port);
    }

    @Test
    void badJoinsAreRefusedNamingTheField() {
        refused(floor.desk.post(floor.path(""), null), 400, null);
        refused(floor.desk.post(floor.path(""), "{\"name\": "), 400, null);
        refused(floor.desk.post(floor.path(""), Map.of("service_id", floor.walkInCut)), 422, "name");
        refused(floor.desk.post(floor.path(""), Map.of("service_id", floor.walkInCut, "name", " ")), 422, "name");
        refused(
                floor.desk.post(floor.path(""), Map.of("service_id", floor.walkInCut, "name", "x".repeat(201))),
                422,
                "name");
        refused(
                floor.desk.post(floor.path(""), Map.of("service_id", floor.walkInCut, "name", "A", "phone", "call me")),
                422,
                "phone");
        refused(floor.desk.post(floor.path(""), Map.of("name", "A")), 422, "service_id");
        refused(
                floor.desk.post(floor.path(""), Map.of("service_id", floor.appointmentOnly, "name", "A")),
                422,
                "service_id");
        refused(floor.desk.post(floor.path(""), Map.of("service_id", other.walkInCut, "name", "A")), 422, "service_id");
        refused(floor.desk.post(floor.path(""), Map.of("service_id", "cut", "name", "A")), 400, null);
        refused(floor.desk.post(floor.path(""), Map.of("service_id", 1.5, "name", "A")), 422, "service_id");
        refused(floor.desk.get(floor.path("?status=done")), 422, "status");
        refused(floor.desk.get(floor.path("?date=yesterday")), 400, null);
        assertThat(tickets()).isZero();
    }

    @Test
    void otherChainsIdsAreUnknownHere() {
        long theirs = other.join("Theirs", null).data().get("id").asLong();
        refused(floor.desk.get(floor.path("/" + theirs)), 404, null);
        refused(floor.desk.post(floor.path("/" + theirs + "/cancel"), Map.of()), 404, null);
        refused(floor.desk.post(floor.path("/" + theirs + "/call"), Map.of("team_member_id", floor.anna)), 404, null);
        floor.join("Ours", null);
        refused(floor.callNext(other.anna), 422, "team_member_id");
        refused(floor.desk.post(floor.path("/call_next"), Map.of()), 422, "team_member_id");
        // Another chain's staff and token may not touch this queue at all.
        refused(other.desk.post(floor.path(""), Map.of("service_id", floor.walkInCut, "name", "A")), 403, null);
        refused(other.widget.post(floor.path(""), Map.of("service_id", floor.walkInCut, "name", "A")), 403, null);
        refused(other.desk.post(floor.path("/call_next"), Map.of("team_member_id", floor.anna)), 403, null);
        refused(
                Api.at(port)
                        .as(floor.tenant.viewerA())
                        .post(floor.path(""), Map.of("service_id", floor.walkInCut, "name", "A")),
                403,
                null);
        refused(floor.desk.get("/locations/987654321/queue"), 404, null);
        assertThat(other.desk.get(other.path("/" + theirs)).data().get("status").asString())
                .isEqualTo("waiting");
        assertThat(floor.desk.get(floor.path("")).data().size()).isEqualTo(1);
    }

    private long tickets() {
        return fixtures.db()
                .sql("select count(*) from queue_tickets where location_id = :l")
                .param("l", floor.location)
                .query(Long.class)
                .single();
    }

    private static void refused(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        if (field != null) {
            assertThat(response.meta().get("errors").has(field))
                    .as(response.toString())
                    .isTrue();
        }
    }
}
