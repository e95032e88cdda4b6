package dev.kairos.imports;

import dev.kairos.refusal.Fault;

/** How a value from an uploaded file is shown on a page or in a message: short, whatever the file holds. */
final class Shown {

    static final int MAX_CHARS = 60;

    private Shown() {}

    /** The text itself when short, otherwise its beginning and an ellipsis with the full length. */
    static String excerpt(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        return head(text) + "… (" + String.format("%,d", text.length()) + " characters)";
    }

    /** The beginning of a long text, never cutting a character in two. */
    private static String head(String text) {
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end);
    }

    /**
     * {@link #excerpt} as an argument of a fault: the text itself when short, otherwise a fault whose
     * English is the excerpt and whose page words say the length in the page's language.
     */
    static Object excerptWord(String text) {
        return text.length() <= MAX_CHARS
                ? text
                : Fault.of("fault.import.excerpt", excerpt(text), head(text), text.length());
    }

    /** {@link #quoted} as an argument of a fault, as {@link #excerptWord} is. */
    static Object quotedWord(String text) {
        return text.length() <= MAX_CHARS
                ? quoted(text)
                : Fault.of("fault.import.quoted-excerpt", quoted(text), head(text), text.length());
    }

    /** The text in quotes, cut as {@link #excerpt} does. */
    static String quoted(String text) {
        return "'" + excerpt(text) + "'";
    }
}
