package dev.kairos.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Text messages through the HTTP gateway, against a local HTTP receiver: what it is sent, and how
 * failed sends are tried again with a pause and end as failed after the last try.
 */
class SmsNotificationsIT extends NotificationsTestBase {

    @Test
    void aConfirmationTextGoesThroughTheHttpGatewayWithItsHeaderAndBody() {
        Studio studio = studio();
        studio.rule(null, "confirmed", "client", "sms", 0);

        Studio.Booked booked = studio.book(studio.haircut, "10:00");

        JsonNode sms = studio.settled(booked.id(), "confirmed").stream()
                .filter(d -> d.get("channel").asString().equals("sms"))
                .findFirst()
                .orElseThrow();
        assertThat(sms.get("outcome").asString()).isEqualTo("sent");
        assertThat(sms.get("recipient").asString()).isEqualTo(booked.phone());
        List<SmsReceiver.Received> received = SMS.to(booked.phone());
        assertThat(received).hasSize(1);
        SmsReceiver.Received request = received.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/sms");
        assertThat(request.authorization()).isEqualTo("Bearer sms-key");
        assertThat(request.contentType()).startsWith("application/json");
        JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(request.body());
        assertThat(body.get("to").asString()).isEqualTo(booked.phone());
        assertThat(body.get("text").asString())
                .contains("Studio Lumen", "10:00", "(Europe/Berlin)", "confirmed")
                .contains("/book/" + studio.location + "/appointments/" + booked.id());
        JsonNode record = studio.record(booked.id());
        assertThat(record.get("sms_now").asInt()).isEqualTo(1);
        assertThat(record.get("email_now").asInt()).isEqualTo(1);
    }

    @Test
    void aGatewayThatFailsTwiceGetsTheMessageOnTheThirdTry() {
        Studio studio = studio();
        studio.rule(null, "confirmed", "client", "sms", 0);
        SMS.answer(500, 503);

        Studio.Booked booked = studio.book(studio.haircut, "11:00");

        JsonNode sms = settledSms(studio, booked);
        assertThat(sms.get("outcome").asString()).isEqualTo("sent");
        assertThat(sms.get("attempts").asInt()).isEqualTo(3);
        assertThat(SMS.to(booked.phone())).hasSize(3);
    }

    @Test
    void aGatewayThatKeepsFailingEndsTheMessageAsFailedAfterTheLastTry() {
        Studio studio = studio();
        studio.rule(null, "confirmed", "client", "sms", 0);
        SMS.answer(500, 500, 500, 500);

        Studio.Booked booked = studio.book(studio.haircut, "12:00");

        JsonNode sms = settledSms(studio, booked);
        assertThat(sms.get("outcome").asString()).isEqualTo("failed");
        assertThat(sms.get("attempts").asInt()).isEqualTo(3);
        assertThat(sms.get("error").asString()).contains("500");
        assertThat(sms.get("sent_at").isNull()).isTrue();
        assertThat(SMS.to(booked.phone())).hasSize(3);
        assertThat(studio.record(booked.id()).get("sms_now").asInt()).isZero();
        SMS.answer();
    }

    private static JsonNode settledSms(Studio studio, Studio.Booked booked) {
        org.awaitility.Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> studio.deliveries(booked.id(), "confirmed").stream()
                        .anyMatch(d -> d.get("channel").asString().equals("sms")
                                && d.get("outcome").asString().matches("sent|failed")));
        return studio.deliveries(booked.id(), "confirmed").stream()
                .filter(d -> d.get("channel").asString().equals("sms"))
                .findFirst()
                .orElseThrow();
    }
}
