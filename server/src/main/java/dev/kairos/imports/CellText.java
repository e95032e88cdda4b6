package dev.kairos.imports;

/**
 * The text of one cell as it is read, up to Excel's limit of 32,767 characters in a cell; past
 * that it keeps only the fact that the text is too long, so a huge text never sits in memory.
 */
final class CellText {

    static final int MAX_CHARS = 32_767;

    private final StringBuilder text = new StringBuilder();
    private boolean tooLong;

    void append(char[] chars, int start, int length) {
        if (tooLong) {
            return;
        }
        if (text.length() + length > MAX_CHARS) {
            tooLong = true;
            text.setLength(0);
            text.trimToSize();
            return;
        }
        text.append(chars, start, length);
    }

    boolean tooLong() {
        return tooLong;
    }

    /** The text read; null when it was too long. */
    String value() {
        return tooLong ? null : text.toString();
    }
}
