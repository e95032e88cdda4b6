package dev.kairos.questionnaires;

import dev.kairos.refusal.Refusal;

/** What a change to questionnaires came to: done, with its result, or refused. */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {}

    record Refused<T>(Refusal refusal) implements Outcome<T> {}

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }
}
