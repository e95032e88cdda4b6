package dev.kairos.catalog;

import dev.kairos.web.Envelope;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a broken catalog rule with 422, naming each field and rule in {@code meta}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogErrors {

    @ExceptionHandler(ServiceRuleViolation.class)
    ResponseEntity<Envelope<Object>> broken(ServiceRuleViolation e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(Envelope.error(message(e.errors()), e.errors()));
    }

    private static String message(Map<String, List<String>> errors) {
        return errors.values().stream().flatMap(List::stream).distinct().collect(Collectors.joining("; "));
    }
}
