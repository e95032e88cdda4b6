package dev.kairos.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.kairos.platform.KairosProcess;
import dev.kairos.support.Api;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two Kairos processes on one database, both sending, and two more senders in this process pulling
 * at the same rows: every planned message still reaches the SMTP server once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesSendOnceIT extends NotificationsTestBase {

    private static final int APPOINTMENTS = 16;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    NotificationSender sender;

    KairosProcess second;

    @BeforeAll
    void startSecondNode() throws Exception {
        Path scratch = Files.createTempDirectory("kairos-notify-node2-");
        second = KairosProcess.start(
                scratch,
                KairosProcess.sharing(
                        dataSource,
                        Map.of(
                                "KAIROS_SMTP_HOST",
                                "127.0.0.1",
                                "KAIROS_SMTP_PORT",
                                String.valueOf(MAIL.getSmtp().getPort()),
                                "KAIROS_PUBLIC_URL",
                                "http://127.0.0.1:" + port,
                                "KAIROS_NOTIFICATIONS_SEND_INTERVAL",
                                "200ms",
                                "KAIROS_JOBS_POLLING_INTERVAL",
                                "300ms")));
        second.awaitHealthy(Duration.ofSeconds(180));
    }

    @AfterAll
    void stopSecondNode() {
        if (second != null) {
            second.stop(Duration.ofSeconds(30));
        }
    }

    @Test
    void eachMessageReachesTheSmtpServerOnce() throws Exception {
        Studio studio = studio();
        Api nodeB = Api.at(second.port()).as(studio.tenant.partnerOnly());
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService senders = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            senders.submit(() -> {
                while (!done.get()) {
                    sender.sendDue();
                }
                return null;
            });
        }
        List<Studio.Booked> booked = new ArrayList<>();
        try {
            for (int i = 0; i < APPOINTMENTS; i++) {
                String time = String.format("%02d:00", 9 + i % 8);
                var day = studio.day.plusDays(i / 8);
                booked.add(studio.book(i % 2 == 0 ? studio.widget : nodeB, studio.haircut, day, time, Map.of()));
            }
            for (Studio.Booked b : booked) {
                studio.settled(b.id(), "confirmed");
            }
        } finally {
            done.set(true);
            senders.shutdown();
        }

        List<String> ids = new ArrayList<>();
        for (Studio.Booked b : booked) {
            List<MimeMessage> received = mailTo(b.email());
            assertThat(received).as(b.email()).hasSize(1);
            ids.add(received.get(0).getMessageID());
            assertThat(studio.deliveries(b.id(), "confirmed")
                            .get(0)
                            .get("attempts")
                            .asInt())
                    .isEqualTo(1);
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(APPOINTMENTS);
    }
}
