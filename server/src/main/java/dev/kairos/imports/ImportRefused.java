package dev.kairos.imports;

import dev.kairos.refusal.Fault;

/**
 * An upload or a mapping that cannot be imported at all, with the reason to show the user: a
 * bundle key for the page's language and its English, the exception's message.
 */
class ImportRefused extends RuntimeException {

    private final transient Fault says;

    /** A refusal whose words are the bundle's {@code refusal.import.*} {@code key} with {@code args}. */
    ImportRefused(String key, String english, Object... args) {
        super(english);
        this.says = Fault.of(key, english, args);
    }

    /** The reason, in English and as a bundle key for the page. */
    Fault says() {
        return says;
    }
}
