package dev.kairos.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What one cell reads as: text as written, numbers in full ({@code 37493350369}, not
 * {@code 3.7E10}), and numbers in a date style as {@code 04.01.2022 10:30}.
 */
final class CellValue {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    /** The day count of 31.12.9999, the last date Excel shows. */
    private static final double LAST_DAY = 2_958_466;
    /** A number Excel writes is a double: at most 17 digits and an exponent, far under this. */
    private static final int MAX_NUMBER_CHARS = 64;

    private CellValue() {}

    /**
     * @param type the cell's {@code t} attribute (null for a number)
     * @param raw the cell's {@code <v>} or inline text, or null when it was too long
     * @param cell the cell's name for messages, like {@code C7}
     * @throws ImportRefused for a value no spreadsheet program writes
     */
    static String of(String type, String raw, boolean dateStyle, boolean date1904, SharedStrings strings, String cell) {
        String kind = type == null ? "n" : type;
        String text = "s".equals(kind) && raw != null && !raw.isBlank() ? strings.at(raw, cell) : raw;
        if (text == null) {
            throw new ImportRefused(
                    "refusal.import.cell-too-long",
                    "Cell " + cell + " holds more than " + String.format("%,d", CellText.MAX_CHARS)
                            + " characters, more than Excel allows in a cell.",
                    cell,
                    CellText.MAX_CHARS);
        }
        return switch (kind) {
            case "s", "inlineStr", "str", "e" -> text.strip();
            case "b" -> "1".equals(text.strip()) ? "true" : "0".equals(text.strip()) ? "false" : text.strip();
            case "n" -> number(text.strip(), dateStyle, date1904, cell);
            case "d" -> isoDate(text.strip());
            default ->
                throw new ImportRefused(
                        "refusal.import.cell-type",
                        "The file is damaged: cell " + cell + " has an unknown type.",
                        cell);
        };
    }

    private static String number(String text, boolean dateStyle, boolean date1904, String cell) {
        if (text.isEmpty()) {
            return "";
        }
        BigDecimal number;
        try {
            number = text.length() > MAX_NUMBER_CHARS ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            number = null;
        }
        if (number == null || Math.abs((long) number.scale()) > 400) {
            throw new ImportRefused(
                    "refusal.import.cell-number",
                    "The file is damaged: cell " + cell + " holds " + Shown.quoted(text) + " as a number.",
                    cell,
                    Shown.quotedWord(text));
        }
        if (dateStyle && number.signum() >= 0 && number.doubleValue() < LAST_DAY) {
            return date(number.doubleValue(), date1904).format(SHOWN);
        }
        return number.stripTrailingZeros().toPlainString();
    }

    /** Excel's day count as a date and time, with its leap day of 1900 that never was. */
    static LocalDateTime date(double serial, boolean date1904) {
        int days = (int) Math.floor(serial);
        long millis = Math.round((serial - days) * 86_400_000d);
        if (millis == 86_400_000L) {
            days++;
            millis = 0;
        }
        LocalDate date = date1904
                ? LocalDate.of(1904, 1, 1).plusDays(days)
                : LocalDate.of(1900, 1, 1).plusDays(days - (days < 61 ? 1 : 2));
        return date.atTime(LocalTime.ofNanoOfDay(millis * 1_000_000L));
    }

    /** A cell of type {@code d} holds an ISO 8601 date (strict OOXML). */
    private static String isoDate(String text) {
        try {
            return text.contains("T")
                    ? LocalDateTime.parse(text).format(SHOWN)
                    : LocalDate.parse(text).atStartOfDay().format(SHOWN);
        } catch (DateTimeParseException e) {
            return text;
        }
    }
}
