package dev.kairos.users;

import dev.kairos.refusal.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** A JSON object body that names only the fields a request knows; anything else is refused, naming the field. */
final class StrictBody {

    private StrictBody() {}

    /** Why the body cannot be taken: not an object, or fields outside {@code known}; empty when it can. */
    static java.util.Optional<Refusal> check(JsonNode body, Set<String> known) {
        if (body == null || !body.isObject()) {
            return java.util.Optional.of(Refusal.malformed("Send a JSON object"));
        }
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        for (String name : body.propertyNames()) {
            if (!known.contains(name)) {
                unknown.put(name, List.of("is not a field of this request"));
            }
        }
        return unknown.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Refusal.invalid(unknown));
    }
}
