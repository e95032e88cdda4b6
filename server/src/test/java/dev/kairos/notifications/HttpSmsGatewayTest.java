package dev.kairos.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP gateway fills its templates with each value escaped as the place needs. */
class HttpSmsGatewayTest {

    private final SmsReceiver receiver = new SmsReceiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aFormBodyIsUrlEncoded() throws Exception {
        gateway("POST", "application/x-www-form-urlencoded", "to={{to}}&msg={{text}}&from={{from}}")
                .send("+4915112345678", "Café & co: 10:00?");

        assertThat(receiver.to("%2B4915112345678").get(0).body())
                .isEqualTo("to=%2B4915112345678&msg=Caf%C3%A9+%26+co%3A+10%3A00%3F&from=Studio");
    }

    @Test
    void aJsonBodyIsJsonEscaped() throws Exception {
        gateway("POST", "application/json", SmsConfiguration.DEFAULT_BODY).send("+4915112345678", "Say \"hi\"\nto Ann");

        assertThat(receiver.to("+4915112345678").get(0).body())
                .isEqualTo("{\"to\":\"+4915112345678\",\"text\":\"Say \\\"hi\\\"\\nto Ann\"}");
    }

    @Test
    void anAnswerOtherThan2xxIsAFailureNamingTheStatus() {
        receiver.answer(429);

        assertThatThrownBy(() -> gateway("POST", "application/json", SmsConfiguration.DEFAULT_BODY)
                        .send("+4915112345678", "x"))
                .isInstanceOf(SmsGateway.SmsFailure.class)
                .hasMessageContaining("429");
    }

    private HttpSmsGateway gateway(String method, String contentType, String body) {
        return new HttpSmsGateway(
                new HttpSmsGateway.Settings(receiver.url(), method, "X-Key: k", contentType, body, "Studio"));
    }
}
