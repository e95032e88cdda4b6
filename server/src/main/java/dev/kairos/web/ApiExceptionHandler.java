package dev.kairos.web;

import dev.kairos.refusal.Refused;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every refusal and failure into the Altegio error envelope with a fitting status. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Envelope<Object>> refused(ApiException e) {
        return respond(e.status(), e.getMessage(), e.errors());
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Envelope<Object>> refused(Refused e) {
        return RefusalResponses.of(e.refusal());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Envelope<Object>> unreadable(HttpMessageNotReadableException e) {
        if (BodyLimitFilter.isTooLarge(e)) {
            return respond(HttpStatus.CONTENT_TOO_LARGE, "Request body is too large", null);
        }
        return respond(HttpStatus.BAD_REQUEST, "Malformed JSON or a field of the wrong type: " + shortCause(e), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Envelope<Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return respond(
                HttpStatus.BAD_REQUEST, "Parameter '" + e.getName() + "' has a wrong value: " + e.getValue(), null);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Envelope<Object>> missing(MissingServletRequestParameterException e) {
        return respond(HttpStatus.BAD_REQUEST, "Parameter '" + e.getParameterName() + "' is required", null);
    }

    @ExceptionHandler({DateTimeException.class, IllegalArgumentException.class})
    ResponseEntity<Envelope<Object>> invalidValue(RuntimeException e) {
        return respond(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid value: " + e.getMessage(), null);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Envelope<Object>> duplicate(DuplicateKeyException e) {
        return respond(HttpStatus.CONFLICT, "An entry with the same key already exists", null);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Envelope<Object>> integrity(DataIntegrityViolationException e) {
        log.debug("Constraint refused a write", e);
        return respond(HttpStatus.UNPROCESSABLE_ENTITY, "The data breaks a rule: " + shortCause(e), null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Envelope<Object>> method(HttpRequestMethodNotSupportedException e) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " is not supported here", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Envelope<Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send JSON (Content-Type: application/json)", null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Envelope<Object>> upload(MaxUploadSizeExceededException e) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, "Upload is too large", null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Envelope<Object>> noRoute(NoResourceFoundException e) {
        return respond(HttpStatus.NOT_FOUND, "Not found", null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Envelope<Object>> failure(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", null);
    }

    static ResponseEntity<Envelope<Object>> respond(HttpStatus status, String message, Object errors) {
        return ResponseEntity.status(status).body(Envelope.error(message, errors));
    }

    private static String shortCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int cut = message.indexOf('\n');
        message = cut > 0 ? message.substring(0, cut) : message;
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
