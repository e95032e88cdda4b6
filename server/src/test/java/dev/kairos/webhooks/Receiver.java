package dev.kairos.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on 127.0.0.1 for tests, as an integrator would write one: it keeps every
 * request, checks the Standard Webhooks signature with the secret it was given (by its own HMAC,
 * not Kairos' code), and answers what the test tells it to (200 by default).
 */
final class Receiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private volatile ToIntFunction<Received> answer = r -> 200;
    private volatile CountDownLatch hold;

    /** One request as it arrived. */
    record Received(String id, String timestamp, String signature, String authorization, String body, Instant at) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String resource() {
            return json().get("resource").asString();
        }

        long resourceId() {
            return json().get("resource_id").asLong();
        }

        String status() {
            return json().get("status").asString();
        }

        JsonNode data() {
            return json().get("data");
        }

        /** Whether any signature in the header is the HMAC of {@code id.timestamp.body} with {@code secret}. */
        boolean signedWith(String secret) {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                String expected = "v1,"
                        + Base64.getEncoder()
                                .encodeToString(mac.doFinal(
                                        (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
                return signature != null && List.of(signature.split(" ")).contains(expected);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Receiver(HttpServer server) {
        this.server = server;
    }

    static Receiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            Receiver receiver = new Receiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** Answers each request with the next status the supplier gives. */
    void answer(IntSupplier statuses) {
        this.answer = r -> statuses.getAsInt();
    }

    /** Answers each request with the status the function gives for it. */
    void answerBy(ToIntFunction<Received> statuses) {
        this.answer = statuses;
    }

    /** Answers the given statuses in turn, then 200 to every request after them. */
    void answerInTurn(int... statuses) {
        int[] next = {0};
        answer(() -> {
            synchronized (next) {
                return next[0] < statuses.length ? statuses[next[0]++] : 200;
            }
        });
    }

    /** Holds every request open, unanswered, until {@link #release()}. */
    void hold() {
        hold = new CountDownLatch(1);
    }

    void release() {
        if (hold != null) {
            hold.countDown();
        }
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    synchronized List<Received> received(Predicate<Received> which) {
        return received.stream().filter(which).toList();
    }

    /** Waits until {@code count} requests match, failing after a minute; returns them. */
    List<Received> await(Predicate<Received> which, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<Received> matching = received(which);
            if (matching.size() >= count) {
                return matching;
            }
            sleep(50);
        }
        throw new AssertionError("expected " + count + " matching webhooks within a minute, got: " + received());
    }

    Received awaitOne(Predicate<Received> which) {
        return await(which, 1).get(0);
    }

    static Predicate<Received> about(String resource, long id, String status) {
        return r -> r.resource().equals(resource)
                && r.resourceId() == id
                && r.status().equals(status);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        Received got = new Received(
                exchange.getRequestHeaders().getFirst("webhook-id"),
                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                new String(bytes, StandardCharsets.UTF_8),
                Instant.now());
        synchronized (this) {
            received.add(got);
        }
        CountDownLatch latch = hold;
        if (latch != null) {
            try {
                latch.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = answer.applyAsInt(got);
        byte[] reply = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
