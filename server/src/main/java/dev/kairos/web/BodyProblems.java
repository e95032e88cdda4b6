package dev.kairos.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Why a JSON body could not be read, in the client's terms: which field, and what it must be.
 * Broken JSON and values of the wrong type are 400; a well-formed value the wire refuses (a flag
 * that is not 0/1, a fraction for a whole number, a NUL in a text) is a 422 naming the field.
 */
public final class BodyProblems {

    private static final Set<Class<?>> WHOLE =
            Set.of(Long.class, long.class, Integer.class, int.class, Short.class, short.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS =
            Set.of(BigDecimal.class, Double.class, double.class, Float.class, float.class);

    private BodyProblems() {}

    /** The refusal for a body Jackson could not read; {@code e} is the exception or one it caused. */
    public static ApiException of(Throwable e) {
        JacksonException jackson = find(e, JacksonException.class);
        if (jackson == null) {
            return ApiException.badRequest("A JSON body is required");
        }
        String field = field(jackson);
        WireJackson.RefusedValue refused = find(e, WireJackson.RefusedValue.class);
        if (refused != null) {
            return ApiException.invalid(Map.of(field.isEmpty() ? "body" : field, List.of(refused.problem())));
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String expected = expected(mismatch.getTargetType());
            return ApiException.badRequest(
                    field.isEmpty() ? "The body must be " + expected : "Field '" + field + "' must be " + expected);
        }
        if (jackson instanceof StreamReadException
                && !(jackson instanceof tools.jackson.core.exc.InputCoercionException)) {
            TokenStreamLocation at = jackson.getLocation();
            return ApiException.badRequest("The body is not valid JSON"
                    + (at == null || at.getLineNr() < 0
                            ? ""
                            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        return ApiException.badRequest(
                field.isEmpty() ? "The body has a value of the wrong type" : "Field '" + field + "' has a wrong value");
    }

    /** {@code services[0].id}: the JSON path of the value, as the client wrote it. */
    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (WHOLE.contains(type)) {
            return "a whole number";
        }
        if (NUMBERS.contains(type)) {
            return "a number";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "0, 1, true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of the documented values";
        }
        return "an object";
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
