package dev.kairos.notifications;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server standing in for an SMS provider: it records every request and answers with
 * the statuses the test queued (200 once the queue is empty).
 */
final class SmsReceiver implements AutoCloseable {

    /** One request as the gateway sent it. */
    record Received(String method, String path, String authorization, String contentType, String body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();

    SmsReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(body, StandardCharsets.UTF_8)));
            int status = next();
            byte[] answer = (status == 200 ? "{\"ok\":true}" : "{\"error\":\"busy\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** The next requests are answered with these statuses, in order. */
    synchronized void answer(Integer... statuses) {
        answers.clear();
        answers.addAll(List.of(statuses));
    }

    private synchronized int next() {
        return answers.isEmpty() ? 200 : answers.poll();
    }

    /** What was received for this number so far. */
    List<Received> to(String phone) {
        return received.stream().filter(r -> r.body().contains(phone)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
