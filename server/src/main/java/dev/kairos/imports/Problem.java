package dev.kairos.imports;

import dev.kairos.refusal.Fault;

/**
 * Why a row cannot be imported.
 *
 * @param row the row number as the spreadsheet shows it, or 0 for the whole file
 * @param column the column's letter and header, or "" when the row as a whole is at fault
 * @param says what is wrong: a key of the pages' bundles with its arguments, and its English
 */
record Problem(int row, String column, Fault says) {

    /** What is wrong, in English. */
    String message() {
        return says.english();
    }
}
