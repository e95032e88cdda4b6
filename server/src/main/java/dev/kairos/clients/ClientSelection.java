package dev.kairos.clients;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client of the search, written with only the {@code fields} it asked for (unknown names
 * ignored) and always with the id; with every field when it asked for none.
 */
@JsonSerialize(using = ClientSelection.Writer.class)
@Schema(implementation = ClientView.class, description = "A client; only the requested fields, and the id")
record ClientSelection(ClientView client, List<String> fields) {

    static final class Writer extends ValueSerializer<ClientSelection> {

        @Override
        public void serialize(ClientSelection value, JsonGenerator gen, SerializationContext ctxt) {
            if (value.fields().isEmpty()) {
                ctxt.writeValue(gen, value.client());
                return;
            }
            JsonNode full = ctxt.valueToTree(value.client());
            ObjectNode picked = JsonNodeFactory.instance.objectNode();
            picked.set("id", full.get("id"));
            for (String field : value.fields()) {
                if (full.has(field)) {
                    picked.set(field, full.get(field));
                }
            }
            gen.writeTree(picked);
        }
    }
}
