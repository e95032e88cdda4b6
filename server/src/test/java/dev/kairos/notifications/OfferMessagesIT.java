package dev.kairos.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A waitlist offer is told by email and by text message, each once, in the location's language,
 * with the link to accept; an offer that ran out before its message could go is not sent.
 */
class OfferMessagesIT extends NotificationsTestBase {

    @Autowired
    OfferNotices notices;

    @Test
    void anOfferGoesByEmailAndTextOnceWithTheLinkToAccept() {
        Studio studio = studio();
        fixtures.db()
                .sql("update locations set language = 'de' where id = :id")
                .param("id", studio.location)
                .update();
        String email = "offer-" + studio.location + "@example.com";
        String phone = "+4930" + (5000000 + studio.location % 1000000);
        Instant start = studio.day.atTime(11, 0).atZone(Studio.BERLIN).toInstant();
        Instant until = Instant.now().plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.MINUTES);
        OfferNotices.OfferNotice notice = new OfferNotices.OfferNotice(
                studio.location,
                "test-offer:" + studio.location,
                "Wanda",
                email,
                phone,
                "Haarschnitt",
                "Anna",
                start,
                until,
                "/book/" + studio.location + "/waitlist/7/secret");
        notices.plan(notice);
        notices.plan(notice);

        Letter letter = Letter.of(awaitMail(email, 1));
        assertThat(letter.subject()).contains("ein Termin ist frei für Sie").contains("11:00");
        assertThat(letter.text())
                .contains("Hallo Wanda")
                .contains("Haarschnitt")
                .contains("Anna")
                .contains("http://127.0.0.1:" + port + "/book/" + studio.location + "/waitlist/7/secret");
        assertThat(letter.html()).contains("href=\"http://127.0.0.1:" + port + "/book/" + studio.location);
        await().atMost(PATIENCE).until(() -> !SMS.to(phone).isEmpty());
        assertThat(SMS.to(phone).get(0).body()).contains("/waitlist/7/secret");

        await().atMost(PATIENCE)
                .until(() -> fixtures.db()
                                .sql(
                                        "select count(*) from offer_notifications where reference = :r and status = 'sent'")
                                .param("r", notice.reference())
                                .query(Long.class)
                                .single()
                        == 2);
        assertThat(mailTo(email)).hasSize(1);
        assertThat(SMS.to(phone)).hasSize(1);
    }

    @Test
    void anOfferThatRanOutBeforeItsMessageWentIsNotSent() {
        Studio studio = studio();
        String email = "late-" + studio.location + "@example.com";
        Instant start = studio.day.atTime(11, 0).atZone(Studio.BERLIN).toInstant();
        notices.plan(new OfferNotices.OfferNotice(
                studio.location,
                "late-offer:" + studio.location,
                "Larry",
                email,
                null,
                "Cut",
                "Anna",
                start,
                Instant.now().minusSeconds(1),
                "/book/" + studio.location + "/waitlist/8/secret"));
        await().atMost(PATIENCE).until(() -> "skipped"
                .equals(fixtures.db()
                        .sql("select status from offer_notifications where reference = :r")
                        .param("r", "late-offer:" + studio.location)
                        .query(String.class)
                        .single()));
        assertThat(mailTo(email)).isEmpty();
    }
}
