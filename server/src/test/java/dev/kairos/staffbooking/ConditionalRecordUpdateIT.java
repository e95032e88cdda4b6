package dev.kairos.staffbooking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Concurrently;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An appointment's version is its entity tag: a client that read it may make its PUT conditional
 * with If-Match, and a change made meanwhile by someone else is then refused with 412 instead of
 * being overwritten. Without If-Match a PUT changes the appointment as before.
 */
@KairosIT
class ConditionalRecordUpdateIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Api admin;
    String path;
    long id;

    @BeforeEach
    void setUp() {
        var tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        long location = tenant.locationA();
        LocalDate day = BookingFixtures.nextTuesday();
        long anna = booking.member(location, "Anna");
        long cut = booking.service(location, "Cut", 60, anna);
        var created = admin.post(
                "/records/" + location,
                Map.of(
                        "staff_id",
                        anna,
                        "datetime",
                        day + " 10:00:00",
                        "services",
                        List.of(Map.of("id", cut)),
                        "client",
                        Map.of("phone", "+49 30 1234567", "name", "Clara")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        id = created.data().get("id").asLong();
        path = "/record/" + location + "/" + id;
    }

    @Test
    void aChangeOnTheVersionReadSucceedsAndOneOnAnOlderVersionIsRefused() {
        String read = admin.get(path).etag();
        assertThat(read).matches("\"[0-9]+\"");

        var first = admin.sendWithHeader("PUT", path, Map.of("comment", "first"), "If-Match", read);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.etag()).isNotEqualTo(read);
        assertThat(admin.get(path).etag()).isEqualTo(first.etag());

        var stale = admin.sendWithHeader("PUT", path, Map.of("comment", "second"), "If-Match", read);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("success").asBoolean()).isFalse();
        assertThat(admin.get(path).data().get("comment").asString()).isEqualTo("first");

        assertThat(admin.sendWithHeader("PUT", path, Map.of("comment", "any"), "If-Match", "*")
                        .status())
                .isEqualTo(200);
        assertThat(admin.sendWithHeader("PUT", path, Map.of("comment", "weak"), "If-Match", "W/" + first.etag())
                        .status())
                .isEqualTo(412);
        assertThat(admin.put(path, Map.of("comment", "unconditional")).status()).isEqualTo(200);
        assertThat(admin.get(path).data().get("comment").asString()).isEqualTo("unconditional");
    }

    @Test
    void ofWritersThatReadTheSameVersionExactlyOneWins() {
        String read = admin.get(path).etag();

        List<Api.Response> responses = Concurrently.run(
                10, i -> admin.sendWithHeader("PUT", path, Map.of("comment", "writer " + i), "If-Match", read));

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 412).hasSize(9);
        String winner = responses.stream()
                .filter(r -> r.status() == 200)
                .findFirst()
                .orElseThrow()
                .data()
                .get("comment")
                .asString();
        assertThat(admin.get(path).data().get("comment").asString()).isEqualTo(winner);
    }
}
