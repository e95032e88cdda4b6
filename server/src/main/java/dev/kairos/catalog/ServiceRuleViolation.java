package dev.kairos.catalog;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A service definition that breaks a catalog rule: a 422 refusal naming each offending wire field
 * with its faults, whose message is every reason in English, joined.
 */
public final class ServiceRuleViolation extends Refused {

    ServiceRuleViolation(Map<String, List<Fault>> faults) {
        super(new Refusal(RefusalCode.INVALID, Fault.of("refusal.invalid", message(faults)), faults, null));
    }

    /** Each offending field (snake_case, as on the wire) with its reasons in English. */
    public Map<String, List<String>> errors() {
        return refusal().fields();
    }

    private static String message(Map<String, List<Fault>> faults) {
        return faults.values().stream()
                .flatMap(List::stream)
                .map(Fault::english)
                .distinct()
                .collect(Collectors.joining("; "));
    }

    /** Collects broken rules and throws them together. */
    static final class Rules {

        private final Map<String, List<Fault>> faults = new LinkedHashMap<>();

        Rules check(boolean ok, String field, Fault fault) {
            if (!ok) {
                faults.computeIfAbsent(field, f -> new ArrayList<>()).add(fault);
            }
            return this;
        }

        void orThrow() {
            if (!faults.isEmpty()) {
                throw new ServiceRuleViolation(faults);
            }
        }
    }
}
