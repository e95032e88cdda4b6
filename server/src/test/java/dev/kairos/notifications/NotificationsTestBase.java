package dev.kairos.notifications;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server with real channels for notification tests: a GreenMail SMTP server, a local HTTP
 * receiver as the SMS gateway, and a clock a test may move forward to bring reminders due. Every
 * subclass shares one application context.
 */
@KairosIT
@Import(SettableClockConfiguration.class)
abstract class NotificationsTestBase {

    static final GreenMail MAIL = startMail();
    static final SmsReceiver SMS = new SmsReceiver();
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SettableClock clock;

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        properties.add("kairos.sms.url", SMS::url);
        properties.add("kairos.sms.header", () -> "Authorization: Bearer sms-key");
        properties.add("kairos.notifications.send-interval", () -> "300ms");
        properties.add("kairos.notifications.retry-backoff", () -> "100ms");
        properties.add("kairos.notifications.max-attempts", () -> "3");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Studio studio() {
        return new Studio(fixtures, port);
    }

    /** The messages received for {@code address} so far, oldest first. */
    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    /** Waits for the {@code n}th message to {@code address} and returns it. */
    static MimeMessage awaitMail(String address, int n) {
        await().atMost(PATIENCE).until(() -> mailTo(address).size() >= n);
        return mailTo(address).get(n - 1);
    }

    /** Waits for a message to {@code address} whose subject contains {@code words}, and returns it. */
    static Letter awaitSubject(String address, String words) {
        await().atMost(PATIENCE).until(() -> mailTo(address).stream()
                .anyMatch(m -> Letter.of(m).subject().contains(words)));
        return mailTo(address).stream()
                .map(Letter::of)
                .filter(l -> l.subject().contains(words))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null
                    ? List.of()
                    : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }
}
