package dev.kairos.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an uploaded .xlsx as text: the first row (headers, otherwise ignored) and
 * the data rows, blank rows left out. Numbers read as written ({@code 37493350369}, not
 * {@code 3.7E10}); cells formatted as dates read as {@code 04.01.2022 10:30}.
 */
record ImportSheet(List<String> headers, List<SheetRow> rows) {

    static final int MAX_ROWS = 5_000;

    /** A data row with its row number as the spreadsheet shows it (the first data row is 2). */
    record SheetRow(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    int columns() {
        int columns = headers.size();
        for (SheetRow row : rows) {
            columns = Math.max(columns, row.cells().size());
        }
        return columns;
    }

    /** @throws ImportRefused for a file that is not .xlsx, has no sheet, or has more than {@value #MAX_ROWS} data rows */
    static ImportSheet read(byte[] bytes) {
        if (bytes.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            throw new ImportRefused("Only Excel .xlsx files can be imported"
                    + (bytes.length >= 8 && ReadableWorkbook.isOLE2Header(bytes)
                            ? " (this is an old .xls file: save it as .xlsx)"
                            : "")
                    + ".");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            List<String> headers = null;
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : (Iterable<Row>) stream::iterator) {
                List<String> cells = cells(row);
                if (headers == null) {
                    headers = cells;
                } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    if (rows.size() == MAX_ROWS) {
                        throw new ImportRefused(
                                "The file has more than " + MAX_ROWS + " rows (not counting the first). "
                                        + "Split it into files of at most " + MAX_ROWS + " rows.");
                    }
                    rows.add(new SheetRow(row.getRowNum(), cells));
                }
            }
            if (headers == null || rows.isEmpty()) {
                throw new ImportRefused(
                        "The file has no rows to import: the first row is ignored, data starts on the second.");
            }
            return new ImportSheet(headers, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRefused refused) {
                throw refused;
            }
            throw new ImportRefused("The file could not be read as an Excel workbook: " + e.getMessage());
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int c = 0; c < row.getCellCount(); c++) {
            cells.add(text(row.getCell(c)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && format.matches("(?i).*[dy].*")) {
                return cell.asDate().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }
}
