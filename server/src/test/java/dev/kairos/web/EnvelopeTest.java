package dev.kairos.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The envelope's {@code meta} comes out with its keys in the wire's order, in every JVM. */
class EnvelopeTest {

    private static final JsonMapper WIRE = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    @Test
    void aRefusalNamesItsMessageBeforeItsErrors() {
        var coded = Envelope.error("Taken", List.of(new RefusalResponses.CodedError(433, "Taken", 7L)));
        var fields = Envelope.error("An error has occurred", Map.of("email", List.of("is not an address")));

        assertThat(WIRE.writeValueAsString(coded))
                .isEqualTo("{\"success\":false,\"data\":null,\"meta\":{\"message\":\"Taken\","
                        + "\"errors\":[{\"code\":433,\"message\":\"Taken\",\"id\":7}]}}");
        assertThat(WIRE.writeValueAsString(fields))
                .isEqualTo("{\"success\":false,\"data\":null,\"meta\":{\"message\":\"An error has occurred\","
                        + "\"errors\":{\"email\":[\"is not an address\"]}}}");
        assertThat(WIRE.writeValueAsString(Envelope.error("Event not found", null)))
                .isEqualTo("{\"success\":false,\"data\":null,\"meta\":{\"message\":\"Event not found\"}}");
    }

    @Test
    void aPageNamesItsNumberBeforeTheCount() {
        assertThat(WIRE.writeValueAsString(Envelope.page(List.of(1), 2, 30)))
                .isEqualTo("{\"success\":true,\"data\":[1],\"meta\":{\"page\":2,\"total_count\":30}}");
    }

    @Test
    void anAnswerWithoutDataSaysNull() {
        assertThat(WIRE.writeValueAsString(Envelope.created()))
                .isEqualTo("{\"success\":true,\"data\":null,\"meta\":{\"message\":\"Created\"}}");
        assertThat(WIRE.writeValueAsString(Envelope.empty())).isEqualTo("{\"success\":true,\"data\":null,\"meta\":[]}");
    }
}
