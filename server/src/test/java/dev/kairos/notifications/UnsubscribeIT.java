package dev.kairos.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The unsubscribe link every client message carries: no sign-in, signed, honoured for that client from then on. */
class UnsubscribeIT extends NotificationsTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern LINK =
            Pattern.compile("http://127\\.0\\.0\\.1:\\d+/unsubscribe/(\\d+)\\.([A-Za-z0-9_-]+)");

    @Test
    void theLinkAsksThenUnsubscribesAndTheClientIsToldNothingMore() throws Exception {
        Studio studio = studio();
        Studio.Booked booked = studio.book(studio.haircut, "10:00");
        Matcher link = LINK.matcher(Letter.of(awaitMail(booked.email(), 1)).text());
        assertThat(link.find()).isTrue();

        HttpResponse<String> asked = get(link.group());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Studio Lumen", "Stop the messages");
        assertThat(fixtures.db()
                        .sql("select count(*) from notification_unsubscribes where client_id = :c")
                        .param("c", Long.parseLong(link.group(1)))
                        .query(Long.class)
                        .single())
                .as("opening the link changes nothing")
                .isZero();

        HttpResponse<String> done = post(link.group(), "List-Unsubscribe=One-Click");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("no more messages");

        assertThat(studio.widget
                        .delete("/user/records/" + booked.id() + "/" + booked.hash())
                        .status())
                .isIn(200, 204);
        JsonNode cancellation = studio.settled(booked.id(), "cancelled").get(0);
        assertThat(cancellation.get("outcome").asString()).isEqualTo("skipped");
        assertThat(cancellation.get("error").asString()).isEqualTo("the client unsubscribed");
        assertThat(mailTo(booked.email())).hasSize(1);

        HttpResponse<String> again = post(link.group(), "again=true");
        assertThat(again.body()).contains("again");
        Studio.Booked next = studio.book(
                studio.haircut,
                studio.day,
                "15:00",
                java.util.Map.of("phone", booked.phone(), "email", booked.email()));
        assertThat(Letter.of(awaitMail(booked.email(), 2)).subject()).contains("15:00");
        assertThat(next.id()).isNotEqualTo(booked.id());
    }

    @Test
    void aLinkWeDidNotSignIsNotFoundAndChangesNothing() throws Exception {
        Studio studio = studio();
        Studio.Booked booked = studio.book(studio.haircut, "11:00");
        Matcher link = LINK.matcher(Letter.of(awaitMail(booked.email(), 1)).text());
        assertThat(link.find()).isTrue();
        String base = "http://127.0.0.1:" + port + "/unsubscribe/";
        long otherClient = Long.parseLong(link.group(1)) + 1;

        assertThat(post(base + otherClient + "." + link.group(2), "").statusCode())
                .isEqualTo(404);
        assertThat(post(base + link.group(1) + ".forged", "").statusCode()).isEqualTo(404);
        assertThat(get(base + "nonsense").statusCode()).isEqualTo(404);
        HttpResponse<String> spanish = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "nonsense"))
                        .header("Accept-Language", "es-ES,es;q=0.9")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(spanish.body())
                .as("an unknown link answers in the browser's language")
                .contains("lang=\"es\"", "Este enlace no es válido.");
        assertThat(fixtures.db()
                        .sql("select count(*) from notification_unsubscribes where client_id in (:a, :b)")
                        .param("a", Long.parseLong(link.group(1)))
                        .param("b", otherClient)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
