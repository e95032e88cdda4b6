package dev.kairos.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service definition that breaks a catalog rule. Carries each offending wire field with its
 * reasons; the web edge answers 422 with them.
 */
public final class ServiceRuleViolation extends IllegalArgumentException {

    private final transient Map<String, List<String>> errors;

    ServiceRuleViolation(Map<String, List<String>> errors) {
        super(errors.values().stream().flatMap(List::stream).findFirst().orElse("invalid service"));
        this.errors = Map.copyOf(errors);
    }

    /** Each offending field (snake_case, as on the wire) with its reasons. */
    public Map<String, List<String>> errors() {
        return errors;
    }

    /** Collects broken rules and throws them together. */
    static final class Rules {

        private final Map<String, List<String>> errors = new LinkedHashMap<>();

        Rules check(boolean ok, String field, String message) {
            if (!ok) {
                errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
            }
            return this;
        }

        void orThrow() {
            if (!errors.isEmpty()) {
                throw new ServiceRuleViolation(errors);
            }
        }
    }
}
