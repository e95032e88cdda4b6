package dev.kairos.refusal;

/**
 * A {@link Refusal} thrown: for validation deep inside a call or a refusal that must roll a
 * transaction back. Where a caller decides what to do next (try the next team member, answer a
 * page), return the {@link Refusal} as a value instead. Carries no stack trace: it is an expected
 * outcome, not a fault. The web layer's own {@code ApiException} extends it, so that code which
 * catches a refusal catches both while the last of those throws move to the edge.
 */
public class Refused extends RuntimeException {

    private final transient Refusal refusal;

    public Refused(Refusal refusal) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
