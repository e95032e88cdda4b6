package dev.kairos.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP side against a real receiver on loopback: addresses checked at connection, no redirects, a deadline. */
class SenderIT {

    private final Receiver receiver = Receiver.start();

    @AfterEach
    void stop() {
        receiver.close();
    }

    private static Sender sender(boolean allowLoopback, Duration timeout) {
        WebhookProperties properties =
                new WebhookProperties(allowLoopback, false, null, null, null, null, null, null, null, timeout, null);
        return new Sender(properties, new Destinations(properties), Clock.systemUTC());
    }

    @Test
    void postsTheBodyWithTheHeadersAndReportsTheAnswer() throws Exception {
        try (Sender sender = sender(true, Duration.ofSeconds(10))) {
            Sender.Outcome outcome = sender.post(receiver.url(), Map.of("webhook-id", "msg_1"), "{\"a\":1}");

            assertThat(outcome.status()).isEqualTo(200);
            assertThat(outcome.error()).isEmpty();
            assertThat(receiver.received()).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo("msg_1");
                assertThat(r.body()).isEqualTo("{\"a\":1}");
            });
        }
    }

    @Test
    void aNameThatResolvesToAnAddressNotAllowedIsRefusedBeforeConnecting() throws Exception {
        String byName = receiver.url().replace("127.0.0.1", "localhost");
        try (Sender sender = sender(false, Duration.ofSeconds(10))) {
            Sender.Outcome outcome = sender.post(byName, Map.of(), "{}");

            assertThat(outcome.refused()).isTrue();
            assertThat(outcome.status()).isNull();
            assertThat(outcome.error()).startsWith("localhost resolves to 127.0.0.1, which is a loopback address");
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void anAddressWrittenInTheUrlIsCheckedToo() throws Exception {
        try (Sender sender = sender(false, Duration.ofSeconds(10))) {
            Sender.Outcome outcome = sender.post(receiver.url(), Map.of(), "{}");

            assertThat(outcome.refused()).isTrue();
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        receiver.answerInTurn(302);
        try (Sender sender = sender(true, Duration.ofSeconds(10))) {
            assertThat(sender.post(receiver.url(), Map.of(), "{}").status()).isEqualTo(302);
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsATransportError() throws Exception {
        receiver.hold();
        try (Sender sender = sender(true, Duration.ofSeconds(1))) {
            Sender.Outcome outcome = sender.post(receiver.url(), Map.of(), "{}");

            assertThat(outcome.status()).isNull();
            assertThat(outcome.refused()).isFalse();
            assertThat(outcome.error()).isNotEmpty();
        }
    }

    @Test
    void aClosedPortIsATransportError() throws Exception {
        String closed = receiver.url();
        receiver.close();
        try (Sender sender = sender(true, Duration.ofSeconds(5))) {
            Sender.Outcome outcome = sender.post(closed, Map.of(), "{}");

            assertThat(outcome.status()).isNull();
            assertThat(outcome.error()).contains("Connect");
        }
    }
}
