package dev.kairos.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.KairosIT;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The served OpenAPI document: valid, and naming the fields of what each operation answers. */
@KairosIT
class OpenApiDocumentIT {

    @LocalServerPort
    int port;

    String body;
    JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        body = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        document = JsonMapper.shared().readTree(body);
    }

    @Test
    void theDocumentPassesTheValidator() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(body, null, options);
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getMessages()).isEmpty();
    }

    @Test
    void schemasNameTheirPropertiesAsTheWireDoes() {
        var userView = document.at("/components/schemas/UserView/properties");
        assertThat(userView.has("is_owner")).isTrue();
        assertThat(userView.has("role_id")).isTrue();
        assertThat(userView.has("isOwner")).isFalse();
        var camelCase = new ArrayList<String>();
        document.at("/components/schemas").properties().forEach(schema -> schema.getValue()
                .path("properties")
                .propertyNames()
                .forEach(property -> {
                    if (!property.equals(property.toLowerCase(Locale.ROOT))) {
                        camelCase.add(schema.getKey() + "." + property);
                    }
                }));
        assertThat(camelCase).isEmpty();
    }
}
