package dev.kairos.imports;

/**
 * Why a row cannot be imported.
 *
 * @param row the row number as the spreadsheet shows it, or 0 for the whole file
 * @param column the column's letter and header, or "" when the row as a whole is at fault
 */
record Problem(int row, String column, String message) {}
