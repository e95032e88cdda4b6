package dev.kairos.imports;

import java.util.List;

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

    /**
     * Reads the file once, within bounds that hold whatever it is made of: see {@link WorkbookArchive}
     * (the unpacked size of each part), {@link PartXml} (the XML) and {@link SheetRows} (rows, cells
     * and text).
     *
     * @throws ImportRefused for a file that is not an .xlsx, is damaged, has no rows, or passes a bound
     */
    static ImportSheet read(byte[] bytes) {
        try (WorkbookArchive archive = WorkbookArchive.open(bytes)) {
            WorkbookLayout layout = WorkbookLayout.read(archive);
            SharedStrings strings = SharedStrings.read(archive, layout.sharedStrings());
            DateStyles styles = DateStyles.read(archive, layout.styles());
            return SheetRows.read(archive, layout, strings, styles);
        }
    }
}
