package dev.kairos.imports;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads the rows of a sheet within the import's bounds: rows 1 to {@value #LAST_ROW} as Excel
 * numbers them (the first row read is the header, the rest are data, blank rows left out), values
 * in the first {@value #MAX_COLUMNS} columns, at most {@value #MAX_CELLS} cells and
 * {@value #MAX_TEXT_CHARS} characters in all. Reading stops at the first row past the last one, so
 * the rest of the sheet is never unpacked.
 */
final class SheetRows {

    static final int LAST_ROW = ImportSheet.MAX_ROWS + 1;
    static final int MAX_COLUMNS = 100;
    static final int MAX_CELLS = 1_000_000;
    static final int MAX_TEXT_CHARS = 20_000_000;
    /** Column XFD, the last one Excel has. */
    private static final int EXCEL_COLUMNS = 16_384;

    private final PartXml xml;
    private final SharedStrings strings;
    private final DateStyles styles;
    private final boolean date1904;
    private int cells;
    private long chars;

    private SheetRows(PartXml xml, SharedStrings strings, DateStyles styles, boolean date1904) {
        this.xml = xml;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    static ImportSheet read(WorkbookArchive archive, WorkbookLayout layout, SharedStrings strings, DateStyles styles) {
        try (PartXml xml = PartXml.open(archive, layout.sheet())) {
            return new SheetRows(xml, strings, styles, layout.date1904()).rows();
        }
    }

    private ImportSheet rows() {
        List<String> headers = null;
        List<ImportSheet.SheetRow> rows = new ArrayList<>();
        if (xml.toStart("sheetData")) {
            int number = 0;
            while (toRow()) {
                number = rowNumber(number);
                List<String> values = row(number);
                if (headers == null) {
                    headers = values;
                } else if (!values.isEmpty()) {
                    rows.add(new ImportSheet.SheetRow(number, values));
                }
            }
        }
        if (headers == null || rows.isEmpty()) {
            throw new ImportRefused(
                    "refusal.import.no-rows",
                    "The file has no rows to import: the first row is ignored, data starts on the second.");
        }
        return new ImportSheet(headers, rows);
    }

    /** Moves to the next {@code <row>} of the sheet data; false at its end. */
    private boolean toRow() {
        for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
            if (event == XMLStreamConstants.END_ELEMENT && xml.is("sheetData")) {
                return false;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.is("row")) {
                    return true;
                }
                xml.skipElement();
            }
        }
        return false;
    }

    private int rowNumber(int previous) {
        String r = xml.attribute("r");
        int number = r == null ? previous + 1 : parse(r);
        if (number <= previous) {
            throw new ImportRefused(
                    "refusal.import.row-order",
                    "The file is damaged: its rows are not in order (row " + Shown.excerpt(r) + ").",
                    Shown.excerpt(r));
        }
        if (number > LAST_ROW) {
            throw new ImportRefused(
                    "refusal.import.too-many-rows",
                    "The file has more than " + String.format("%,d", ImportSheet.MAX_ROWS)
                            + " rows (not counting the first): the sheet goes on past row "
                            + String.format("%,d", LAST_ROW)
                            + ". Split it into files of at most " + String.format("%,d", ImportSheet.MAX_ROWS)
                            + " rows, and delete any empty rows below the data.",
                    ImportSheet.MAX_ROWS,
                    LAST_ROW);
        }
        return number;
    }

    /** The values of the current row, without the blank cells at its end: empty for a blank row. */
    private List<String> row(int number) {
        List<String> values = new ArrayList<>();
        int column = -1;
        for (int event = xml.next(); !(event == XMLStreamConstants.END_ELEMENT && xml.is("row")); event = xml.next()) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!xml.is("c")) {
                xml.skipElement();
                continue;
            }
            column = column(column, number);
            String value = cell(RowReader.letter(column) + number);
            if (!value.isEmpty()) {
                if (column >= MAX_COLUMNS) {
                    throw new ImportRefused(
                            "refusal.import.too-many-columns",
                            "Cell " + RowReader.letter(column) + number + " is past column "
                                    + RowReader.letter(MAX_COLUMNS - 1) + ": at most " + MAX_COLUMNS
                                    + " columns can be imported.",
                            RowReader.letter(column) + number,
                            RowReader.letter(MAX_COLUMNS - 1),
                            MAX_COLUMNS);
                }
                while (values.size() < column) {
                    values.add("");
                }
                values.add(value);
            }
        }
        return values;
    }

    private int column(int previous, int row) {
        if (++cells > MAX_CELLS) {
            throw new ImportRefused(
                    "refusal.import.too-many-cells",
                    "The sheet has more than " + String.format("%,d", MAX_CELLS)
                            + " cells (empty ones with a format count too); delete the columns and rows that are not"
                            + " imported.",
                    MAX_CELLS);
        }
        String ref = xml.attribute("r");
        int column = ref == null ? previous + 1 : columnOf(ref);
        if (column <= previous || column >= EXCEL_COLUMNS) {
            throw new ImportRefused(
                    "refusal.import.cell-order",
                    "The file is damaged: row " + row + " has a cell out of order or past column XFD, Excel's last.",
                    row);
        }
        return column;
    }

    /** The value of the current {@code <c>}, read to its end. */
    private String cell(String name) {
        String type = xml.attribute("t");
        boolean dateStyle = styles.isDate(xml.attribute("s"));
        CellText text = null;
        boolean inText = false;
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (xml.is("rPh") || xml.is("f") || xml.is("extLst")) {
                    xml.skipElement();
                    depth--;
                } else if (xml.is("v") || xml.is("is")) {
                    text = text == null ? new CellText() : text;
                }
                inText = xml.is("v") || xml.is("t");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                inText = false;
            } else if (inText && text != null && SharedStrings.isText(event)) {
                xml.appendTextTo(text);
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
        }
        String value = CellValue.of(type, text == null ? "" : text.value(), dateStyle, date1904, strings, name);
        chars += value.length();
        if (chars > MAX_TEXT_CHARS) {
            throw new ImportRefused(
                    "refusal.import.too-much-text",
                    "The cells of the sheet hold more than " + String.format("%,d", MAX_TEXT_CHARS)
                            + " characters in all; delete the columns that are not imported.",
                    MAX_TEXT_CHARS);
        }
        return value;
    }

    /** The column of a cell reference like {@code C7}, counted from 0. */
    private static int columnOf(String ref) {
        int column = 0;
        int letters = 0;
        while (letters < ref.length() && letters < 4 && Character.isLetter(ref.charAt(letters))) {
            char c = Character.toUpperCase(ref.charAt(letters));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            letters++;
        }
        if (letters == 0 || letters > 3) {
            throw new ImportRefused(
                    "refusal.import.cell-reference",
                    "The file is damaged: " + Shown.quoted(ref) + " is not a cell reference.",
                    Shown.quoted(ref));
        }
        return column - 1;
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            throw new ImportRefused(
                    "refusal.import.row-number",
                    "The file is damaged: " + Shown.quoted(number) + " is not a row number.",
                    Shown.quoted(number));
        }
    }
}
