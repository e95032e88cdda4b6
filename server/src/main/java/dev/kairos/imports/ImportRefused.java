package dev.kairos.imports;

/** An upload or a mapping that cannot be imported at all, with the reason to show the user. */
class ImportRefused extends RuntimeException {

    ImportRefused(String message) {
        super(message);
    }
}
