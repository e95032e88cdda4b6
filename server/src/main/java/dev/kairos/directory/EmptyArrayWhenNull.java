package dev.kairos.directory;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes an absent object as {@code []}, as Altegio does for a team member without a position
 * (PHP's empty array): put on a component with {@code @JsonSerialize(nullsUsing = ...)}.
 */
final class EmptyArrayWhenNull extends ValueSerializer<Object> {

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeStartArray();
        gen.writeEndArray();
    }
}
