package dev.kairos.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** book_record with an Idempotency-Key: a retry gets the first answer byte for byte; another request under it is refused. */
@KairosIT
class IdempotentBookingIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    BookingFixtures booking;
    long location;
    long anna;
    long cut;
    LocalDate day;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        anna = booking.member(location, "Anna");
        cut = booking.service(location, "Haircut", 60, anna);
        day = BookingFixtures.nextTuesday();
    }

    @Test
    void aRetryGetsTheFirstAnswerAsItWas() {
        Api.Response first = book("same-key", "10:00:00");
        Api.Response retry = book("same-key", "10:00:00");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(first.data().get(0).propertyNames()).containsExactly("id", "record_id", "record_hash");
        assertThat(booking.countAppointments(location)).isEqualTo(1);
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefused() {
        assertThat(book("reused-key", "10:00:00").status()).isEqualTo(201);

        Api.Response other = book("reused-key", "12:00:00");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.meta().get("message").asString())
                .isEqualTo("This Idempotency-Key was used for a different request");
        assertThat(other.meta().has("errors")).isFalse();
        assertThat(booking.countAppointments(location)).isEqualTo(1);
    }

    private Api.Response book(String key, String time) {
        Map<String, Object> body = Map.of(
                "phone",
                "+49301234567",
                "fullname",
                "Client",
                "appointments",
                List.of(Map.of("id", 7, "services", List.of(cut), "staff_id", anna, "datetime", day + " " + time)));
        return Api.at(port)
                .withAuthorization(tenant.partnerOnly().header())
                .sendWithHeader("POST", "/book_record/" + location, body, "Idempotency-Key", key);
    }
}
