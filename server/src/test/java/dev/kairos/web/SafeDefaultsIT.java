package dev.kairos.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.KairosIT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Defaults that are safe: of the management endpoints only health is public, metrics need the
 * management token; the session cookie is SameSite=Lax, and Secure when the browser spoke HTTPS
 * to a trusted proxy.
 */
@KairosIT
class SafeDefaultsIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Test
    void onlyHealthIsPublic() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        for (String path : List.of("/actuator/prometheus", "/actuator/info", "/actuator", "//actuator/prometheus")) {
            HttpResponse<String> anonymous = get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.body()).as(path).contains("\"success\":false").doesNotContain("jvm_");
            assertThat(get(path, "Authorization", "Bearer wrong-token").statusCode())
                    .as(path)
                    .isEqualTo(401);
        }

        HttpResponse<String> metrics = get("/actuator/prometheus", "Authorization", "Bearer test-management-token");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theSessionCookieIsLaxAndSecureBehindHttps() throws Exception {
        String plain = sessionCookie(get("/login"));
        assertThat(plain).contains("SameSite=Lax").doesNotContain("Secure");

        String https = sessionCookie(get("/login", "X-Forwarded-Proto", "https"));
        assertThat(https).contains("SameSite=Lax").contains("Secure").contains("HttpOnly");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private HttpResponse<String> get(String path, String... header) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (header.length == 2) {
            request.header(header[0], header[1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
