package dev.kairos.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The web edge's one mapping from a business {@link Refusal} to an HTTP status and the Altegio
 * error envelope: field errors as {@code meta.errors {field: [messages]}}, online-booking codes as
 * {@code meta.errors [{code, message, id}]}.
 */
public final class RefusalResponses {

    private RefusalResponses() {}

    public static HttpStatus status(RefusalCode code) {
        return switch (code) {
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT, TIME_BOOKED_MEANWHILE -> HttpStatus.CONFLICT;
            case STALE -> HttpStatus.PRECONDITION_FAILED;
            case INVALID,
                    PHONE_FORMAT,
                    TIME_TAKEN,
                    NAME_MISSING,
                    NO_STAFF,
                    OVERLAP_IN_REQUEST,
                    NOT_BOOKABLE,
                    NO_SERVICES -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    /** The envelope's {@code meta.errors} for the refusal; null when it has none. */
    public static Object errors(Refusal refusal) {
        if (refusal.code().altegioNumber().isPresent()) {
            return List.of(new CodedError(
                    refusal.code().altegioNumber().getAsInt(), refusal.message(), refusal.correlationId()));
        }
        return refusal.fields().isEmpty() ? null : refusal.fields();
    }

    /** The refusal's answer, typed as the answer it stands in for. */
    public static <T> ResponseEntity<Envelope<T>> of(Refusal refusal) {
        return ResponseEntity.status(status(refusal.code())).body(Envelope.error(refusal.message(), errors(refusal)));
    }

    /** The same refusal as the web layer's own exception, for code that already throws those. */
    public static ApiException exception(Refusal refusal) {
        return new ApiException(status(refusal.code()), refusal.message(), errors(refusal), refusal);
    }

    /** One entry of {@code meta.errors} for an online-booking refusal; {@code id} is left out when null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CodedError(int code, String message, Long id) {}
}
