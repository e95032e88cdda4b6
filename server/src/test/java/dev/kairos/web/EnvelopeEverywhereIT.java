package dev.kairos.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.RefusalTable;
import dev.kairos.support.Tenant;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every answer on an API path is the envelope, whatever refused the request: the application, the
 * security firewall or Tomcat itself; the API answers JSON whatever {@code Accept} says; requests
 * as long as a query of 1,000 array values pass.
 */
@KairosIT
class EnvelopeEverywhereIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/xml", "text/plain", "image/png", "application/vnd.api.v3+json"})
    void theApiAnswersJsonWhateverTheAcceptHeaderSays(String accept) {
        Api api = Api.at(port).as(tenant.owner()).accepting(accept);

        var found = api.get("/company/" + tenant.locationA());
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.contentType()).startsWith("application/json");
        assertThat(found.data().get("id").asLong()).isEqualTo(tenant.locationA());

        var missing = api.get("/company/987654321");
        assertThat(missing.status()).isEqualTo(404);
        RefusalTable.assertRefusal(missing, accept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/vnd.api.v2+json", "application/vnd.yclients.v2+json", "text/html"})
    void healthAnswersWhateverTheAcceptHeaderSays(String accept) throws Exception {
        HttpResponse<String> health = send("GET", "/actuator/health", "Accept", accept);

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "GET,   /api/v1/company%2F1,      400",
        "GET,   /api/v1/company/1%00,     400",
        "GET,   /api/v1/company%5C1,      400",
        "GET,   /api/v1/company/1;x=1,    400",
        "GET,   /api/v1/company/..;/1,    400",
        "TRACE, /api/v1/companies,        405",
        "DELETE, /api/v1/companies,       405",
    })
    void refusalsBeforeTheApplicationRunsAreEnvelopesToo(String method, String path, int status) throws Exception {
        HttpResponse<String> response =
                send(method, path, "Authorization", tenant.owner().header());

        assertEnvelope(response, status, method + " " + path);
    }

    @Test
    void doubledAndTrailingSlashesAreOneSlash() throws Exception {
        for (String path : new String[] {
            "/api/v1//company/" + tenant.locationA(),
            "/api/v1/company//" + tenant.locationA() + "/",
            "//api/v1/company/" + tenant.locationA() + "//"
        }) {
            HttpResponse<String> response =
                    send("GET", path, "Authorization", tenant.owner().header());
            assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("data").get("id").asLong())
                    .isEqualTo(tenant.locationA());
        }
    }

    @Test
    void aQueryOfAThousandArrayValuesIsRead() throws Exception {
        String ids = IntStream.range(0, 1000)
                .mapToObj(i -> "staff_id%5B" + i + "%5D=" + (1_000_000_000L + i))
                .collect(Collectors.joining("&"));
        String path = "/api/v1/records/" + tenant.locationA() + "?" + ids + "&count=300";
        assertThat(path.length()).isGreaterThan(25_000);

        HttpResponse<String> response =
                send("GET", path, "Authorization", tenant.owner().header());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("data")).isEmpty();
    }

    @Test
    void aHeaderOrUrlBeyondTheLimitIsRefusedInTheEnvelope() throws Exception {
        String huge = "x".repeat(70_000);

        assertEnvelope(send("GET", "/api/v1/companies", "X-Padding", huge), 400, "a 70 KB header");
        assertEnvelope(
                send(
                        "GET",
                        "/api/v1/companies?q=" + huge,
                        "Authorization",
                        tenant.owner().header()),
                400,
                "a 70 KB URL");
    }

    @Test
    void aRefusedBodyNamesTheFieldAndNeverAJavaType() {
        Api api = Api.at(port).as(tenant.owner());

        var wrongType = api.put("/company/" + tenant.locationA(), "{\"slot_step_minutes\": \"often\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.meta().get("message").asString())
                .isEqualTo("Field 'slot_step_minutes' must be a whole number");

        var broken = api.put("/company/" + tenant.locationA(), "{\"title\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.meta().get("message").asString()).startsWith("The body is not valid JSON");

        var nul = api.put("/company/" + tenant.locationA(), "{\"title\": \"Salon\\u0000\"}");
        assertThat(nul.status()).isEqualTo(422);
        assertThat(nul.meta().get("errors").get("title").get(0).asString())
                .isEqualTo("must not contain a NUL character");
    }

    private HttpResponse<String> send(String method, String path, String header, String value)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header(header, value)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertEnvelope(HttpResponse<String> response, int status, String request) {
        assertThat(response.statusCode()).as(request + " → " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.get("data").isNull()).isTrue();
        assertThat(body.get("meta").get("message").asString()).isNotBlank();
        assertThat(response.body()).doesNotContainPattern(RefusalTable.INTERNALS);
    }
}
