package dev.kairos.exports;

/**
 * Text for a spreadsheet cell that a spreadsheet program will never run as a formula: text that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe (OWASP's advice against CSV and formula injection), so it shows as the text it is
 * even when the cell is edited or the sheet is saved as CSV.
 */
final class SafeText {

    private SafeText() {}

    static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }
}
