package dev.kairos.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Kairos server on this machine, called with one partner token. Any host but loopback is refused. */
final class Kairos {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost");
    private static final Pattern ERROR_CODE = Pattern.compile("\"code\"\\s*:\\s*(\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;
    private final String authorization;

    private Kairos(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** @throws IllegalArgumentException when {@code base} names a host other than 127.0.0.1 or localhost */
    static Kairos at(URI base, String partnerToken) {
        if (!LOOPBACK.contains(base.getHost())) {
            throw new IllegalArgumentException("the load driver only targets 127.0.0.1 or localhost, not " + base);
        }
        return new Kairos(base, "Bearer " + partnerToken);
    }

    /** The same, signed in as a person too: {@code Bearer <partner>, User <user>} for the B2B API. */
    static Kairos at(URI base, String partnerToken, String userToken) {
        return at(base, partnerToken).signedIn(userToken);
    }

    private Kairos signedIn(String userToken) {
        return new Kairos(base, authorization + ", User " + userToken);
    }

    /** An HTTP status, and for a refusal the first Altegio error code in its body: "200", "422/433". */
    record Reply(int status, String body) {
        String outcome() {
            if (status < 400) {
                return String.valueOf(status);
            }
            Matcher code = ERROR_CODE.matcher(body);
            return code.find() ? status + "/" + code.group(1) : String.valueOf(status);
        }
    }

    /** GET of a path with its query, already percent-encoded. */
    Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Reply post(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", "application/vnd.api.v2+json");
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }
}
