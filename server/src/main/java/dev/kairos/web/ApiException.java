package dev.kairos.web;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the HTTP status and the {@code meta.message} and
 * {@code meta.errors} of the error envelope.
 */
public class ApiException extends Refused {

    private final HttpStatus status;
    private final String message;
    private final transient Object errors;

    public ApiException(HttpStatus status, String message, Object errors) {
        this(status, message, errors, refusal(status, message, errors));
    }

    /** The exception of a business refusal, which keeps its faults for a page that catches it. */
    ApiException(HttpStatus status, String message, Object errors, Refusal refusal) {
        super(refusal);
        this.status = status;
        this.message = message;
        this.errors = errors;
    }

    @Override
    public String getMessage() {
        return message;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message, null);
    }

    public static ApiException unauthorized() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "Authentication needed.", null);
    }

    public static ApiException forbidden() {
        return new ApiException(HttpStatus.FORBIDDEN, "Access denied.", null);
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " not found", null);
    }

    public static ApiException conflict(String message) {
        return new ApiException(HttpStatus.CONFLICT, message, null);
    }

    /** A field validation failure: {@code meta.errors} maps each field to its messages. */
    public static ApiException invalid(Map<String, List<String>> fieldErrors) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "An error has occurred", fieldErrors);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(Map.of(field, List.of(message)));
    }

    /** A business refusal with an Altegio error code (433 slot taken, 436 no staff, ...). */
    public static ApiException coded(HttpStatus status, int code, String message) {
        return new ApiException(status, message, List.of(Map.of("code", code, "message", message)));
    }

    public HttpStatus status() {
        return status;
    }

    public Object errors() {
        return errors;
    }

    /** The business refusal this exception stands for: the inverse of {@link RefusalResponses#exception}. */
    private static Refusal refusal(HttpStatus status, String given, Object errors) {
        String message = given == null ? "" : given;
        if (errors instanceof List<?> coded
                && !coded.isEmpty()
                && coded.get(0) instanceof Map<?, ?> first
                && first.get("code") instanceof Integer number) {
            for (RefusalCode code : RefusalCode.values()) {
                if (code.altegioNumber().orElse(-1) == number) {
                    return Refusal.of(code, message);
                }
            }
        }
        if (errors instanceof Map<?, ?> fields && !fields.isEmpty()) {
            Map<String, List<String>> named = new LinkedHashMap<>();
            fields.forEach((k, v) -> named.put(
                    String.valueOf(k),
                    v instanceof List<?> list
                            ? list.stream().map(String::valueOf).toList()
                            : List.of(String.valueOf(v))));
            return Refusal.invalid(named);
        }
        return switch (status) {
            case NOT_FOUND -> Refusal.of(RefusalCode.NOT_FOUND, Fault.of("refusal.not-found", message));
            case FORBIDDEN -> Refusal.forbidden();
            case UNAUTHORIZED -> Refusal.unauthenticated();
            case CONFLICT -> Refusal.conflict(message);
            case BAD_REQUEST -> Refusal.malformed(message);
            default -> Refusal.of(RefusalCode.INVALID, message);
        };
    }
}
