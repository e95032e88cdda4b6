package dev.kairos.web;

import dev.kairos.platform.Languages;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DateTimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Turns every refusal and failure into the Altegio error envelope with a fitting status, on every
 * path of the API. Messages never show SQL, database errors or Java class names. A page request
 * (the admin and booking pages) is handed to the error page instead, which answers it as a page.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Envelope<Object>> refuse(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ApiException refusal = refusal(e);
        if (refusal.status().is5xxServerError()) {
            log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        }
        if (!WebPaths.isApi(request.getRequestURI())) {
            response.sendError(refusal.status().value(), pageWords(refusal));
            return null;
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refusal.status());
        if (e instanceof HttpRequestMethodNotSupportedException method && method.getSupportedHttpMethods() != null) {
            answer.allow(method.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new));
        }
        return answer.body(Envelope.error(refusal.getMessage(), refusal.errors()));
    }

    /** The refusal's message for an error page, in the page's language where it has words. */
    private String pageWords(ApiException refusal) {
        Refusal refused = refusal.refusal();
        return refused.says().key() == null
                ? refusal.getMessage()
                : refused.messageIn(messages, Languages.of(LocaleContextHolder.getLocale()));
    }

    /** The refusal an exception stands for: its status, message and field errors. */
    static ApiException refusal(Throwable e) {
        if (e instanceof ApiException refused) {
            return refused;
        }
        if (e instanceof Refused refused) {
            return RefusalResponses.exception(refused.refusal());
        }
        if (e instanceof HttpMessageNotReadableException || e instanceof JacksonException) {
            return BodyLimitFilter.isTooLarge(e)
                    ? new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Request body is too large", null)
                    : BodyProblems.of(e);
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            String value = abbreviated(String.valueOf(mismatch.getValue()));
            return badRequest(Fault.of(
                    "refusal.parameter.wrong",
                    "Parameter '" + mismatch.getName() + "' has a wrong value: '" + value + "'",
                    mismatch.getName(),
                    value));
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return badRequest(Fault.of(
                    "refusal.parameter.required",
                    "Parameter '" + missing.getParameterName() + "' is required",
                    missing.getParameterName()));
        }
        if (e instanceof ServletRequestBindingException) {
            return ApiException.badRequest(StatusMessages.of(400));
        }
        if (e instanceof DateTimeException || e instanceof IllegalArgumentException) {
            String reason = StatusMessages.safe(e.getMessage(), 422);
            Fault says = Fault.of("refusal.invalid-value", "Invalid value: " + reason, reason);
            return new ApiException(
                    HttpStatus.UNPROCESSABLE_ENTITY, says.english(), null, Refusal.of(RefusalCode.INVALID, says));
        }
        if (e instanceof DuplicateKeyException) {
            return DatabaseRefusals.sameKey();
        }
        if (e instanceof DataAccessException data) {
            return DatabaseRefusals.of(data);
        }
        return framework(e);
    }

    /** Spring MVC's own refusals: no route, wrong method, media types, upload size. */
    private static ApiException framework(Throwable e) {
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return new ApiException(
                    HttpStatus.METHOD_NOT_ALLOWED, "Method " + method.getMethod() + " is not supported here", null);
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, StatusMessages.of(415), null);
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return new ApiException(HttpStatus.NOT_ACCEPTABLE, StatusMessages.of(406), null);
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Upload is too large", null);
        }
        if (e instanceof NoResourceFoundException) {
            return new ApiException(HttpStatus.NOT_FOUND, "Not found", null);
        }
        if (e instanceof ErrorResponse framework) {
            // Any other refusal Spring MVC names a status for, answered with the status's own words.
            HttpStatus status = HttpStatus.resolve(framework.getStatusCode().value());
            if (status != null) {
                return new ApiException(status, StatusMessages.of(status.value()), null);
            }
        }
        return new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", null);
    }

    private static ApiException badRequest(Fault says) {
        return new ApiException(HttpStatus.BAD_REQUEST, says.english(), null, Refusal.malformed(says));
    }

    private static String abbreviated(String value) {
        String shown = value.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
    }
}
