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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document: valid, its properties named as the wire names them, and naming the
 * fields of what each operation answers, so that a client generated from it gets types, not maps.
 */
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
                    String named = schema.getKey() + "." + property;
                    if (!property.equals(property.toLowerCase(Locale.ROOT)) && !FULLCALENDAR.contains(named)) {
                        camelCase.add(named);
                    }
                }));
        assertThat(camelCase).isEmpty();
    }

    @Test
    void theMainCallsCarryExamples() {
        assertThat(document.at("/components/schemas/Credentials/example").isMissingNode())
                .isFalse();
        assertThat(document.at("/components/schemas/SignedInUser/example/user_token")
                        .isMissingNode())
                .isFalse();
        var paths = document.get("paths");
        // The examples sit on the typed answers, so the calls keep their schemas.
        assertThat(document.at("/components/schemas/BookServices/example").toString())
                .contains("\"Haircut\"");
        assertThat(document.at("/components/schemas/BookTime/example").toString())
                .contains("seance_length");
        var bookRecord = paths.at("/~1api~1v1~1book_record~1{locationId}/post");
        assertThat(bookRecord.at("/requestBody").toString()).contains("\"$ref\"", "notify_by_sms");
        assertThat(bookRecord.at("/responses").toString()).contains("record_hash");
    }

    /** The admin calendar's feed answers FullCalendar's event object, which spells these in camelCase. */
    private static final Set<String> FULLCALENDAR = Set.of("Event.classNames", "Event.extendedProps");

    /**
     * The operations whose 2xx answer is still a bare map (a {@code Map}, {@code Object} or {@code
     * ?}, or a pre-serialised string), by method and path: group events, the client merge, and the
     * online-booking calls whose examples replace their schema (springdoc drops the schema of an
     * answer given as an example) or whose answer is the stored JSON of an idempotent request.
     * Remove an entry once its operation names its fields ({@link
     * #theListOfUntypedOperationsOnlyShrinks} says which); add none.
     */
    private static final Set<String> STILL_UNTYPED = Set.of(
            "DELETE /api/v1/activity/{locationId}/{eventId}",
            "DELETE /api/v1/locations/{locationId}/events/{eventId}",
            "DELETE /api/v1/user/records/{recordId}",
            "DELETE /api/v1/user/records/{recordId}/{hash}",
            "GET /api/v1/activity/{locationId}/search",
            "GET /api/v1/activity/{locationId}/{eventId}",
            "GET /api/v1/locations/{locationId}/events",
            "GET /api/v1/locations/{locationId}/events/{eventId}",
            "GET /api/v1/locations/{locationId}/events/{eventId}/attendees",
            "POST /api/v1/activity/{locationId}",
            "POST /api/v1/book_check/{locationId}",
            "POST /api/v1/book_record/{locationId}",
            "POST /api/v1/locations/{locationId}/clients/{clientId}/merge",
            "POST /api/v1/locations/{locationId}/events",
            "PUT /api/v1/activity/{locationId}/{eventId}",
            "PUT /api/v1/locations/{locationId}/events/{eventId}");

    @Test
    void noOperationAnswersWithABareMap() {
        assertThat(bareAnswers())
                .as("operations whose 2xx answer has no named fields (a Map, Object or ?)")
                .isSubsetOf(STILL_UNTYPED);
    }

    @Test
    void theListOfUntypedOperationsOnlyShrinks() {
        var typedNow = new TreeSet<>(STILL_UNTYPED);
        typedNow.removeAll(bareAnswers());
        assertThat(typedNow)
                .as("operations that name their fields now: remove them from STILL_UNTYPED")
                .isEmpty();
    }

    /** Each operation ({@code "GET /api/v1/..."}) whose first 2xx answer names no fields. */
    private Set<String> bareAnswers() {
        var bare = new TreeSet<String>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> operation
                        .getValue()
                        .path("responses")
                        .properties()
                        .forEach(response -> {
                            JsonNode content = response.getValue().path("content");
                            if (response.getKey().startsWith("2")
                                    && !content.isEmpty()
                                    && bare(content.properties()
                                            .iterator()
                                            .next()
                                            .getValue()
                                            .path("schema"))) {
                                bare.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                            }
                        })));
        return bare;
    }

    /**
     * Whether the schema names no fields: an object without properties (a {@code Map}, an {@code
     * Object}, a {@code ?}), a list of those, or an envelope whose {@code data} is one of those.
     */
    private boolean bare(JsonNode schema) {
        String reference = schema.path("$ref").asString("");
        if (!reference.isEmpty()) {
            String name = reference.substring(reference.lastIndexOf('/') + 1);
            JsonNode named = document.path("components").path("schemas").path(name);
            return name.startsWith("Envelope")
                    ? bare(named.path("properties").path("data"))
                    : name.equals("JsonNode") || bare(named);
        }
        String type = schema.path("type").asString("object");
        if (type.equals("array")) {
            return bare(schema.path("items"));
        }
        return type.equals("object")
                && schema.path("properties").isEmpty()
                && !schema.has("allOf")
                && !schema.has("oneOf");
    }
}
