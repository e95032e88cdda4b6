package dev.kairos.webhooks;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Posts webhook bodies over HTTP (Apache HttpClient): no redirects followed (one could lead to an
 * internal address), no retries of its own, the host's addresses checked at every connection
 * ({@link GuardedDns}), a connect timeout and a deadline for the whole try.
 */
@Component
class Sender implements DisposableBean, AutoCloseable {

    private final CloseableHttpClient http;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "webhook-deadlines");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration timeout;
    private final Clock clock;

    Sender(WebhookProperties properties, Destinations destinations, Clock clock) {
        this.timeout = properties.timeout();
        this.clock = clock;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedDns(destinations))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(Timeout.of(timeout))
                                .build())
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(4)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(timeout))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .setUserAgent("Kairos-Webhooks/1")
                .build();
    }

    /**
     * What a try came to.
     *
     * @param status the receiver's HTTP status, or null when there was no answer
     * @param millis how long the try took
     * @param error why there was no answer, or "" when there was one
     * @param refused true when the host resolved to an address webhooks may not reach
     * @param retryAfter the receiver's {@code Retry-After}, or null
     */
    record Outcome(Integer status, int millis, String error, boolean refused, Duration retryAfter) {}

    Outcome post(String url, Map<String, String> headers, String body) {
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        ScheduledFuture<?> deadline = deadlines.schedule(post::cancel, timeout.toMillis(), TimeUnit.MILLISECONDS);
        Instant start = clock.instant();
        try {
            return http.execute(
                    post,
                    response -> new Outcome(
                            response.getCode(),
                            since(start),
                            "",
                            false,
                            retryAfter(response.getFirstHeader("Retry-After"))));
        } catch (GuardedDns.Refused e) {
            return new Outcome(null, since(start), e.getMessage(), true, null);
        } catch (IOException e) {
            String error = post.isCancelled() ? "no answer within " + timeout.toSeconds() + " s" : describe(e);
            return new Outcome(null, since(start), error, false, null);
        } finally {
            deadline.cancel(false);
        }
    }

    private int since(Instant start) {
        return (int) Math.min(
                Integer.MAX_VALUE, Duration.between(start, clock.instant()).toMillis());
    }

    /** Retry-After in seconds; an HTTP date or nonsense is ignored. */
    private static Duration retryAfter(Header header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.getValue().strip());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        String text = e.getClass().getSimpleName() + message;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    @Override
    public void destroy() throws IOException {
        close();
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        http.close();
    }
}
