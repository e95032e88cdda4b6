package dev.kairos.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.support.Concurrently;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KairosIT
class FindOrCreateByPhoneIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Clients clients;

    Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
    }

    @Test
    void theSamePhoneAtTheSameLocationIsOneClient() {
        Client first = clients.findOrCreateByPhone(
                null,
                tenant.chainId(),
                tenant.locationA(),
                PhoneNumber.of("+49 30 1234567", "DE"),
                "Anna",
                "Schmidt",
                "anna@example.com");
        Client again = clients.findOrCreateByPhone(
                null,
                tenant.chainId(),
                tenant.locationA(),
                PhoneNumber.of("030 1234567", "DE"),
                "Someone Else",
                null,
                null);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.name()).isEqualTo("Anna");
        assertThat(first.surname()).isEqualTo("Schmidt");
        assertThat(first.email()).isEqualTo("anna@example.com");
        assertThat(first.locationId()).isEqualTo(tenant.locationA());
        assertThat(clients.find(tenant.locationA(), first.id())).contains(first);
        assertThat(clients.find(tenant.locationB(), first.id())).isEmpty();
    }

    @Test
    void anotherLocationGetsItsOwnClient() {
        PhoneNumber phone = PhoneNumber.of("+49 30 7654321", "DE");
        Client atA = clients.findOrCreateByPhone(null, tenant.chainId(), tenant.locationA(), phone, "Anna", null, null);
        Client atB = clients.findOrCreateByPhone(null, tenant.chainId(), tenant.locationB(), phone, "Anna", null, null);
        assertThat(atB.id()).isNotEqualTo(atA.id());
    }

    @Test
    void concurrentCallsCreateOneClient() throws Exception {
        PhoneNumber phone = PhoneNumber.of("+49 30 5550000", "DE");
        int threads = 8;
        List<Long> ids = Concurrently.run(threads, i -> clients.findOrCreateByPhone(
                        null, tenant.chainId(), tenant.locationA(), phone, "Racer " + i, null, null)
                .id());
        assertThat(ids).hasSize(threads).containsOnly(ids.get(0));
        long rows = fixtures.db()
                .sql("select count(*) from clients where location_id = :l and phone = :p")
                .param("l", tenant.locationA())
                .param("p", phone.e164())
                .query(Long.class)
                .single();
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void refusesALocationOfAnotherChainAndANewClientWithoutAName() {
        Tenant other = fixtures.tenant();
        PhoneNumber phone = PhoneNumber.of("+49 30 9990000", "DE");
        long before = fixtures.count("clients");
        assertThatThrownBy(() -> clients.findOrCreateByPhone(
                        null, other.chainId(), tenant.locationA(), phone, "Eve", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        clients.findOrCreateByPhone(null, tenant.chainId(), tenant.locationA(), phone, " ", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fixtures.count("clients")).isEqualTo(before);
    }
}
