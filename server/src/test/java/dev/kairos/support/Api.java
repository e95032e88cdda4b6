package dev.kairos.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API under test: real requests over the loopback interface. */
public final class Api {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String authorization;
    private final String accept;
    private final String extraHeader;
    private final String extraValue;

    private Api(String base, String authorization, String accept) {
        this(base, authorization, accept, null, null);
    }

    private Api(String base, String authorization, String accept, String extraHeader, String extraValue) {
        this.base = base;
        this.authorization = authorization;
        this.accept = accept;
        this.extraHeader = extraHeader;
        this.extraValue = extraValue;
    }

    public static Api at(int port) {
        return new Api("http://127.0.0.1:" + port + "/api/v1", null, "application/vnd.api.v2+json");
    }

    /** The OpenAPI document the server at {@code port} publishes ({@code /v3/api-docs}). */
    public static JsonNode openApiDocument(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                .build();
        try {
            return JSON.readTree(
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same client sending {@code Authorization: Bearer <partner>, User <user>}. */
    public Api as(Tenant.Login login) {
        return withAuthorization(login.header());
    }

    public Api withAuthorization(String header) {
        return new Api(base, header, accept);
    }

    public Api accepting(String mediaType) {
        return new Api(base, authorization, mediaType);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    /** Sends a request with one extra header, for example {@code Idempotency-Key}. */
    public Response sendWithHeader(String method, String path, Object body, String header, String value) {
        return new Api(base, authorization, accept, header, value).send(method, path, body);
    }

    /** Sends {@code body} as is: a String is sent verbatim (for malformed JSON), anything else as JSON. */
    public Response send(String method, String path, Object body) {
        String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .method(
                        method,
                        text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
        if (text != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (extraHeader != null) {
            request.header(extraHeader, extraValue);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** A response: its status, raw body, the body as JSON (null when there is none) and its entity tag (null for none). */
    public record Response(int status, String body, String contentType, String etag) {

        public JsonNode json() {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        }

        public JsonNode data() {
            return json().get("data");
        }

        public JsonNode meta() {
            return json().get("meta");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
