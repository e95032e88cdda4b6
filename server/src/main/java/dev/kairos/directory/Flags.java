package dev.kairos.directory;

import dev.kairos.web.Validation;

/** Reads yes/no fields as clients send them: true/false, 1/0 or their strings. */
final class Flags {

    private Flags() {}

    /** The flag's value, {@code fallback} when absent; an unreadable value is a field error in {@code v}. */
    static boolean read(Object value, boolean fallback, String field, Validation v) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value).strip().toLowerCase();
        if (text.equals("1") || text.equals("true")) {
            return true;
        }
        if (text.equals("0") || text.equals("false")) {
            return false;
        }
        v.reject(field, "must be 0, 1, true or false");
        return fallback;
    }
}
