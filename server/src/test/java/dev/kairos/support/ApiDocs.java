package dev.kairos.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The server's OpenAPI document, as a client reads it from {@code /v3/api-docs}. */
public final class ApiDocs {

    private ApiDocs() {}

    public static JsonNode fetch(int port) throws IOException, InterruptedException {
        var docs = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(docs.body());
    }
}
