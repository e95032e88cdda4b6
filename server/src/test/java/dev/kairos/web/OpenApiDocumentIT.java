package dev.kairos.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.KairosIT;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The served OpenAPI document: valid, its properties named as the wire names them, and naming the
 * fields of what each operation answers, so that a client generated from it gets types, not maps.
 */
@KairosIT
class OpenApiDocumentIT {

    @LocalServerPort
    int port;

    JsonNode document;

    @BeforeEach
    void fetch() {
        document = Api.openApiDocument(port);
    }

    @Test
    void theDocumentPassesTheValidator() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(document.toString(), null, options);
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
        assertThat(bookRecord.at("/responses/201/content").toString()).contains("EnvelopeListBookedRecord");
        assertThat(document.at("/components/schemas/BookedRecord/example").toString())
                .contains("record_hash");
        var bookCheck = paths.at("/~1api~1v1~1book_check~1{locationId}/post");
        assertThat(bookCheck.at("/requestBody").toString()).contains("#/components/schemas/Check");
        assertThat(document.at("/components/schemas/Check/example").toString()).contains("staff_id");
        assertThat(bookCheck.at("/responses/201/content").toString()).contains("EnvelopeNoData");
        assertThat(document.at("/components/schemas/NoData/type").asString()).isEqualTo("null");
        assertThat(document.at("/components/schemas/Activity/example").toString())
                .contains("records_count");
    }

    /** The admin calendar's feed answers FullCalendar's event object, which spells these in camelCase. */
    private static final Set<String> FULLCALENDAR = Set.of("Event.classNames", "Event.extendedProps");

    @Test
    void noOperationAnswersWithABareMap() {
        assertThat(bareAnswers())
                .as("operations whose 2xx answer has no named fields (a Map, Object or ?)")
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
