package dev.kairos.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How request bodies read three kinds of value everywhere, so no request record handles them on
 * its own: a yes/no flag takes {@code true}/{@code false} as well as Altegio's {@code 1}/{@code 0}
 * (numbers or strings); a whole number may be written {@code 2.0} but never {@code 1.5}, which
 * would silently become 1; and no text may carry a NUL character, which PostgreSQL cannot store.
 */
@Configuration(proxyBeanMethods = false)
class WireJackson {

    @Bean
    JacksonModule wireValues() {
        SimpleModule module = new SimpleModule("kairos-wire-values");
        module.addDeserializer(Boolean.class, new FlagDeserializer(Boolean.class));
        module.addDeserializer(boolean.class, new FlagDeserializer(boolean.class));
        module.addDeserializer(String.class, new TextDeserializer());
        module.addDeserializer(Long.class, new WholeNumberDeserializer<>(Long.class, BigDecimal::longValueExact));
        module.addDeserializer(long.class, new WholeNumberDeserializer<>(long.class, BigDecimal::longValueExact));
        module.addDeserializer(Integer.class, new WholeNumberDeserializer<>(Integer.class, BigDecimal::intValueExact));
        module.addDeserializer(int.class, new WholeNumberDeserializer<>(int.class, BigDecimal::intValueExact));
        return module;
    }

    /**
     * A value the wire refuses though it is well-formed JSON: answered as a 422 naming the field
     * and what it must be.
     */
    static final class RefusedValue extends MismatchedInputException {

        private final String problem;

        RefusedValue(JsonParser parser, Class<?> target, String problem) {
            super(parser, problem, target);
            this.problem = problem;
        }

        /** What the field must be, for example "must be 0, 1, true or false". */
        String problem() {
            return problem;
        }
    }

    private static final class FlagDeserializer extends StdScalarDeserializer<Boolean> {

        FlagDeserializer(Class<?> type) {
            super(type);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            String text = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING
                    ? p.getString().strip().toLowerCase(Locale.ROOT)
                    : null;
            if ("1".equals(text) || "true".equals(text)) {
                return true;
            }
            if ("0".equals(text) || "false".equals(text)) {
                return false;
            }
            throw new RefusedValue(p, handledType(), "must be 0, 1, true or false");
        }

        @Override
        public Boolean getNullValue(DeserializationContext ctxt) {
            // A null flag is an absent one for a Boolean; a primitive takes false, as Jackson would.
            return handledType() == boolean.class ? Boolean.FALSE : null;
        }
    }

    /** Whole numbers as Jackson reads them, except that a number with a fraction is refused rather than cut. */
    private static final class WholeNumberDeserializer<T> extends StdScalarDeserializer<T> {

        private static final Pattern DECIMAL = Pattern.compile("\\s*[-+]?\\d*\\.?\\d+(?:[eE][-+]?\\d+)?\\s*");

        private final Function<BigDecimal, T> exact;
        private final ValueDeserializer<?> standard;

        WholeNumberDeserializer(Class<?> type, Function<BigDecimal, T> exact) {
            super(type);
            this.exact = exact;
            this.standard = NumberDeserializers.find(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            boolean decimalText = token == JsonToken.VALUE_STRING
                    && DECIMAL.matcher(p.getString()).matches()
                    && !p.getString().strip().matches("[-+]?\\d+");
            if (token != JsonToken.VALUE_NUMBER_FLOAT && !decimalText) {
                return (T) standard.deserialize(p, ctxt);
            }
            BigDecimal value = token == JsonToken.VALUE_NUMBER_FLOAT
                    ? p.getDecimalValue()
                    : new BigDecimal(p.getString().strip());
            if (value.stripTrailingZeros().scale() > 0) {
                throw new RefusedValue(p, handledType(), "must be a whole number");
            }
            try {
                return exact.apply(value);
            } catch (ArithmeticException e) {
                throw InvalidFormatException.from(p, "out of range", value, handledType());
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext ctxt) {
            return (T) standard.getNullValue(ctxt);
        }
    }

    private static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && text.indexOf('\0') >= 0) {
                throw new RefusedValue(p, String.class, "must not contain a NUL character");
            }
            return text;
        }
    }
}
