package dev.kairos.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * A text-message gateway with an HTTP API: each message is one request to a configured URL, with one
 * configured header (usually the provider's key) and a body written from a template. In the URL and
 * the body, {@code {{to}}}, {@code {{text}}} and {@code {{from}}} are replaced by the number, the
 * message and the sender, escaped as the place needs: URL-encoded in the URL and in a form body,
 * JSON-escaped in a JSON body. A 2xx answer is a sent message; anything else is a failure.
 */
final class HttpSmsGateway implements SmsGateway {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Settings settings;

    HttpSmsGateway(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param header one {@code Name: value} header, or blank for none
     * @param body the body template; blank sends no body
     */
    record Settings(String url, String method, String header, String contentType, String body, String from) {}

    @Override
    public void send(String to, String text) throws SmsFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fill(settings.url(), to, text, Escape.URL)))
                .timeout(Duration.ofSeconds(30));
        String body = fill(settings.body(), to, text, escapeFor(settings.contentType()));
        request.method(
                settings.method().toUpperCase(java.util.Locale.ROOT),
                body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", settings.contentType());
        }
        int colon = settings.header().indexOf(':');
        if (colon > 0) {
            request.header(
                    settings.header().substring(0, colon).strip(),
                    settings.header().substring(colon + 1).strip());
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                String answer = response.body() == null ? "" : response.body();
                throw new SmsFailure("the SMS gateway answered " + response.statusCode() + ": "
                        + answer.substring(0, Math.min(200, answer.length())));
            }
        } catch (IOException e) {
            throw new SmsFailure("the SMS gateway could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsFailure("interrupted while sending");
        }
    }

    private enum Escape {
        URL,
        JSON,
        NONE
    }

    private static Escape escapeFor(String contentType) {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.contains("json")) {
            return Escape.JSON;
        }
        return type.contains("x-www-form-urlencoded") ? Escape.URL : Escape.NONE;
    }

    private String fill(String template, String to, String text, Escape escape) {
        return template.replace("{{to}}", escaped(to, escape))
                .replace("{{text}}", escaped(text, escape))
                .replace("{{from}}", escaped(settings.from(), escape));
    }

    private static String escaped(String value, Escape escape) {
        return switch (escape) {
            case URL -> URLEncoder.encode(value, StandardCharsets.UTF_8);
            case JSON -> new String(JsonStringEncoder.getInstance().quoteAsCharArray(value));
            case NONE -> value;
        };
    }
}
