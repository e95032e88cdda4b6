package dev.kairos.users;

import dev.kairos.refusal.Refusal;

/**
 * What a change to users or roles came to: the value it made, or the refusal that stopped it
 * (nothing was changed then).
 */
public record Outcome<T>(T value, Refusal refusal) {

    static <T> Outcome<T> done(T value) {
        return new Outcome<>(value, null);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Outcome<>(null, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** The value; a refusal is thrown as {@link dev.kairos.refusal.Refused}, for the API's error envelope. */
    public T orThrow() {
        if (refusal != null) {
            throw refusal.exception();
        }
        return value;
    }
}
