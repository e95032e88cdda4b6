package dev.kairos.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.kairos.platform.KairosProcess;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two Kairos processes on one database, both running the delivery job: changes made on either
 * reach the receiver once each, never twice.
 */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookTwoNodesIT {

    static final int CHANGES = 40;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    HikariDataSource dataSource;

    @Value("${kairos.webhooks.secret-key}")
    String secretKey;

    KairosProcess second;

    @BeforeAll
    void startSecondNode() throws Exception {
        Path scratch = Files.createTempDirectory("kairos-hooks-node2-");
        second = KairosProcess.start(
                scratch,
                KairosProcess.sharing(
                        dataSource,
                        Map.of("KAIROS_WEBHOOKS_ALLOW_LOOPBACK", "true", "KAIROS_WEBHOOKS_SECRET_KEY", secretKey)),
                "--kairos.jobs.polling-interval=500ms",
                "--kairos.webhooks.interval=200ms");
        second.awaitHealthy(Duration.ofSeconds(120));
    }

    @AfterAll
    void stopSecondNode() {
        if (second != null) {
            second.stop(Duration.ofSeconds(30));
        }
    }

    @Test
    void eachChangeMadeOnEitherNodeIsDeliveredOnce() throws Exception {
        try (Hooked hooked = new Hooked(port, fixtures)) {
            Api nodeA = hooked.admin;
            Api nodeB = Api.at(second.port()).as(hooked.tenant.adminA());

            for (int i = 0; i < CHANGES; i++) {
                var created = (i % 2 == 0 ? nodeA : nodeB)
                        .post(
                                "/clients/" + hooked.location,
                                Map.of("name", "Client " + i, "phone", "+4915120000" + (100 + i)));
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
            }

            List<Receiver.Received> got =
                    hooked.receiver.await(r -> r.resource().equals("client"), CHANGES);
            Thread.sleep(3000);

            List<Receiver.Received> all = hooked.receiver.received();
            assertThat(all).hasSize(CHANGES);
            Set<String> messages = all.stream().map(Receiver.Received::id).collect(Collectors.toSet());
            assertThat(messages).hasSize(CHANGES);
            assertThat(all)
                    .allSatisfy(r -> assertThat(r.signedWith(hooked.secret)).isTrue());
            assertThat(got.stream().map(Receiver.Received::resourceId).distinct())
                    .hasSize(CHANGES);
            assertThat(fixtures.db()
                            .sql("select count(*) from webhook_deliveries where location_id = :l and attempts = 1"
                                    + " and state = 'delivered'")
                            .param("l", hooked.location)
                            .query(Long.class)
                            .single())
                    .isEqualTo(CHANGES);
        }
    }
}
