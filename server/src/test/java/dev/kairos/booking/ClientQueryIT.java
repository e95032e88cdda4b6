package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Salon;
import dev.kairos.support.Tenant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The records list's {@code client_query} as a front desk types it: a full name across name and
 * surname, a name without its accents, a phone in any spelling.
 */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientQueryIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Api admin;
    long location;
    long ida;
    long muller;
    long idaMuller;
    long other;

    @BeforeAll
    void clients() {
        Tenant tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        location = tenant.locationA();
        Salon salon = new Salon(fixtures.db(), location);
        long anna = salon.member("Anna");
        long cut = salon.service("Haircut", "30.00");
        Instant nine = Instant.parse("2031-03-04T08:00:00Z");
        ida = salon.appointment(anna, salon.client("Ida", "Meyer", "+4915112345678"), nine, cut, "30.00", "");
        muller = salon.appointment(
                anna, salon.client("Jürgen", "Müller", "+4917099887766"), nine.plusSeconds(3600), cut, "30.00", "");
        idaMuller = salon.appointment(
                anna, salon.client("Ida Müller", "", "+4930123456"), nine.plusSeconds(7200), cut, "30.00", "");
        other = salon.appointment(
                anna, salon.client("Zoë", "Meier", "+33612345678"), nine.plusSeconds(10_800), cut, "30.00", "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ida Meyer         | ida
            ida meyer         | ida
            meyer ida         | ida
            muller            | muller, idaMuller
            MÜLLER            | muller, idaMuller
            Jurgen Muller     | muller
            ida müller        | idaMuller
            zoe               | other
            +49 151 1234 5678 | ida
            0151 12345678     | ida
            0151-123 456 78   | ida
            (0151) 1234/5678  | ida
            0049 151 12345678 | ida
            4915112345678     | ida
            030 123456        | idaMuller
            Ida Mayer         |
            100%              |
            """)
    void findsTheClientsAFrontDeskMeans(String query, String expected) {
        List<Long> wanted = new ArrayList<>();
        if (expected != null) {
            for (String name : expected.split(",\\s*")) {
                wanted.add(
                        switch (name) {
                            case "ida" -> ida;
                            case "muller" -> muller;
                            case "idaMuller" -> idaMuller;
                            case "other" -> other;
                            default -> throw new IllegalArgumentException(name);
                        });
            }
        }
        var found = admin.get(
                "/records/" + location + "?count=50&client_query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        found.data().forEach(r -> ids.add(r.get("id").asLong()));
        assertThat(ids).as(query).containsExactlyInAnyOrderElementsOf(wanted);
    }
}
