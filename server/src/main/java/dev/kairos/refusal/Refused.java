package dev.kairos.refusal;

import java.util.List;
import java.util.Map;

/**
 * A {@link Refusal} thrown: for validation deep inside a call or a refusal that must roll a
 * transaction back. Where a caller decides what to do next (try the next team member, answer a
 * page), return the {@link Refusal} as a value instead. Carries no stack trace: it is an expected
 * outcome, not a fault. The web layer's own {@code ApiException} extends it, so that code which
 * catches a refusal catches both while the last of those throws move to the edge.
 */
public class Refused extends RuntimeException {

    private final transient Refusal refusal;
    private final String parameter;
    private final transient Fault fault;

    public Refused(Refusal refusal) {
        this(refusal, null, null);
    }

    /**
     * A refusal that, beyond its message, names the query parameter at fault and why: a malformed
     * request (400) whose wire answer has no {@code meta.errors}, read by a page that sets the
     * parameter aside.
     */
    Refused(Refusal refusal, String parameter, Fault fault) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
        this.parameter = parameter;
        this.fault = fault;
    }

    public Refusal refusal() {
        return refusal;
    }

    /**
     * The fields at fault: the refusal's own, else the parameter a malformed request names with its
     * fault; empty when it names none.
     */
    public Map<String, List<Fault>> faults() {
        if (!refusal.faults().isEmpty() || parameter == null) {
            return refusal.faults();
        }
        return Map.of(parameter, List.of(fault));
    }
}
