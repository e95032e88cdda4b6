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

/**
 * Every booking path that takes a client's e-mail address reads it by one rule: online booking
 * (which checked none), staff-made appointments and the clients API refuse a bad address with a
 * 422 naming the field and store nothing; a good one is stored as read (domain in lower case).
 */
@KairosIT
class EmailAddressIT {

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

    Map<String, Object> online(String email, String time) {
        return Map.of(
                "phone",
                "+49301234567",
                "fullname",
                "Maria",
                "email",
                email,
                "appointments",
                List.of(Map.of("id", 1, "services", List.of(cut), "staff_id", anna, "datetime", day + " " + time)));
    }

    @Test
    void onlineBookingRefusesABadAddressAndStoresNothing() {
        Api widget = Api.at(port).as(tenant.partnerOnly());
        long appointments = fixtures.count("appointments");
        long clients = fixtures.count("clients");
        for (String bad : List.of("maria", "maria@example", "maria@@example.com", "maria @example.com")) {
            Api.Response refused = widget.post("/book_record/" + location, online(bad, "10:00:00"));
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.meta().get("errors").has("email")).as(bad).isTrue();
        }
        assertThat(fixtures.count("appointments")).isEqualTo(appointments);
        assertThat(fixtures.count("clients")).isEqualTo(clients);
    }

    @Test
    void onlineBookingStoresTheAddressAsRead() {
        Api widget = Api.at(port).as(tenant.partnerOnly());
        Api.Response booked = widget.post("/book_record/" + location, online(" Maria@Example.COM ", "11:00:00"));
        assertThat(booked.status()).isEqualTo(201);
        long id = booked.data().get(0).get("record_id").asLong();
        var row = fixtures.db()
                .sql("select a.client_email, c.email from appointments a join clients c on c.id = a.client_id"
                        + " where a.id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row.get("client_email")).isEqualTo("Maria@example.com");
        assertThat(row.get("email")).isEqualTo("Maria@example.com");
    }

    @Test
    void staffAndClientsApiUseTheSameRule() {
        Api admin = Api.at(port).as(tenant.adminA());
        long appointments = fixtures.count("appointments");
        Api.Response record = admin.post(
                "/records/" + location,
                Map.of(
                        "staff_id",
                        anna,
                        "datetime",
                        day + " 12:00:00",
                        "services",
                        List.of(Map.of("id", cut)),
                        "client",
                        Map.of("phone", "030 7654321", "name", "Clara", "email", "clara@example")));
        assertThat(record.status()).isEqualTo(422);
        assertThat(record.meta().get("errors").has("client.email")).isTrue();
        assertThat(fixtures.count("appointments")).isEqualTo(appointments);

        Api.Response client = admin.post(
                "/clients/" + location, Map.of("name", "Clara", "phone", "030 7654321", "email", "clara@example"));
        assertThat(client.status()).isEqualTo(422);
        assertThat(client.meta().get("errors").has("email")).isTrue();
    }
}
