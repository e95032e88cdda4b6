package dev.kairos.imports;

/** How a value from an uploaded file is shown on a page or in a message: short, whatever the file holds. */
final class Shown {

    static final int MAX_CHARS = 60;

    private Shown() {}

    /** The text itself when short, otherwise its beginning and an ellipsis with the full length. */
    static String excerpt(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end) + "… (" + String.format("%,d", text.length()) + " characters)";
    }

    /** The text in quotes, cut as {@link #excerpt} does. */
    static String quoted(String text) {
        return "'" + excerpt(text) + "'";
    }
}
