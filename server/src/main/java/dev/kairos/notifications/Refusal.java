package dev.kairos.notifications;

import dev.kairos.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A refusal as a page says it: the message, or each refused field with why. */
final class Refusal {

    private Refusal() {}

    static String describe(ApiException refused) {
        if (refused.errors() instanceof Map<?, ?> fields && !fields.isEmpty()) {
            return fields.entrySet().stream()
                    .map(e -> e.getKey() + " " + String.join(", ", messages(e.getValue())))
                    .collect(Collectors.joining("; "));
        }
        return refused.getMessage();
    }

    private static List<String> messages(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(value));
    }
}
