package dev.kairos.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading an uploaded workbook: a file Excel (here fastexcel) writes reads as before, and every
 * hostile file is refused with a message a person can act on, by a bound that holds while the file
 * is read, so that neither its size once unpacked nor its rows ever reach memory.
 */
class ImportSheetTest {

    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE worksheet [
              <!ENTITY a "aaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
            ]>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>&d;</t></is></c></row>
            </sheetData></worksheet>""";

    @Test
    void theTemplateFileIsReadBackWithItsHeadersAndExample() {
        ImportSheet read = ImportSheet.read(ImportTemplate.write());
        assertThat(read.headers()).startsWith("date", "team member id", "team member", "client phone");
        assertThat(read.rows()).hasSize(1);
        assertThat(read.rows().get(0).cells()).startsWith("04.01.2030 10:30", "", "Anna", "+4915112345678");
        for (String header : read.headers()) {
            assertThat(ImportField.forHeader(header)).as(header).isPresent();
        }
    }

    @Test
    void aWorkbookReadsAsWrittenWithNumbersInFullAndDatesAsTheImportWritesThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            sheet.value(0, 0, "Date");
            sheet.value(0, 1, "Phone");
            sheet.value(0, 2, "Name");
            sheet.value(1, 0, LocalDateTime.of(2022, 1, 4, 10, 30));
            sheet.style(1, 0).format("dd.mm.yyyy hh:mm").set();
            sheet.value(1, 1, 37493350369L);
            sheet.value(1, 2, "  Ani  ");
            sheet.value(3, 1, 1.5);
            sheet.value(3, 3, true);
            sheet.style(5, 2).bold().set();
            workbook.finish();
        }
        ImportSheet read = ImportSheet.read(out.toByteArray());
        assertThat(read.headers()).containsExactly("Date", "Phone", "Name");
        assertThat(read.rows())
                .containsExactly(
                        new ImportSheet.SheetRow(2, List.of("04.01.2022 10:30", "37493350369", "Ani")),
                        new ImportSheet.SheetRow(4, List.of("", "1.5", "", "true")));
        assertThat(read.columns()).isEqualTo(4);
    }

    @Test
    void sharedStringsAndInlineTextBothRead() {
        ImportSheet read = ImportSheet.read(Xlsx.sheet("""
                        <row r="1"><c r="A1" t="s"><v>0</v></c></row>
                        <row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>
                        """, "Header", "shared").bytes());
        assertThat(read.rows()).containsExactly(new ImportSheet.SheetRow(2, List.of("shared", "", "inline")));
    }

    @Test
    void aSharedStringBombIsRefusedByTheSizeItDeclaresBeforeAnythingIsUnpacked() {
        byte[] bomb = Xlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .part("xl/sharedStrings.xml", Xlsx.repeated("<sst><si><t>", "x", 100L << 20, "</t></si></sst>"))
                .bytes();
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThatThrownBy(() -> ImportSheet.read(bomb))
                .isInstanceOf(ImportRefused.class)
                .hasMessageContaining("too large once unpacked")
                .hasMessageContaining("xl/sharedStrings.xml holds more than 32 MB");
    }

    @Test
    void aPartThatUnpacksToMoreThanItDeclaresIsStoppedWhileItUnpacks() {
        byte[] liar = Xlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .part("xl/sharedStrings.xml", Xlsx.repeated("<sst><si><t>", "x", 100L << 20, "</t></si></sst>"))
                .declaring("xl/sharedStrings.xml", 1_000)
                .bytes();
        assertThatThrownBy(() -> ImportSheet.read(liar))
                .isInstanceOf(ImportRefused.class)
                .hasMessage("The file is damaged: its part xl/sharedStrings.xml unpacks to more than the 1,000 bytes"
                        + " it declares.");
    }

    @Test
    void theBoundedPartCountsWhatItUnpacksAndStopsJustPastTheLimit() throws Exception {
        BoundedPart part = new BoundedPart(
                new java.io.ByteArrayInputStream(new byte[10_000]), "xl/worksheets/sheet1.xml", -1, 4_096);
        byte[] buffer = new byte[1_000];
        assertThatThrownBy(() -> {
                    while (part.read(buffer) >= 0) {
                        // reading on until refused
                    }
                })
                .hasMessageContaining("xl/worksheets/sheet1.xml holds more than");
        assertThat(part.bytesRead()).isBetween(4_097L, 5_000L);
    }

    @Test
    void aSheetThatDeclaresMillionsOfRowsIsRefusedAtTheFirstRowPastTheLimit() {
        byte[] declared = Xlsx.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"50000000\"/>")
                .bytes();
        assertThatThrownBy(() -> ImportSheet.read(declared))
                .hasMessageStartingWith("The file has more than 5,000 rows (not counting the first): the sheet goes on"
                        + " past row 5,001.");
    }

    @Test
    void aSheetOfAMillionEmptyRowsIsReadOnlyToRow5002() {
        // What follows the rows is not XML: a reader that went on past row 5,002 would say so.
        byte[] empty = Xlsx.sheet("")
                .part(
                        "xl/worksheets/sheet1.xml",
                        Xlsx.repeated(
                                "<worksheet><sheetData><row><c><v>1</v></c></row>",
                                "<row/>",
                                1_000_000,
                                "</sheetData><<not xml>>"))
                .bytes();
        assertThatThrownBy(() -> ImportSheet.read(empty)).hasMessageContaining("more than 5,000 rows");
    }

    @Test
    void fiveThousandDataRowsAreTheMost() {
        String header = "<row r=\"1\"><c r=\"A1\"><v>0</v></c></row>";
        StringBuilder rows = new StringBuilder(header);
        for (int r = 2; r <= 5_001; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
        }
        assertThat(ImportSheet.read(Xlsx.sheet(rows.toString()).bytes()).rows()).hasSize(5_000);
        rows.append("<row r=\"5002\"><c r=\"A5002\"><v>1</v></c></row>");
        assertThatThrownBy(() -> ImportSheet.read(Xlsx.sheet(rows.toString()).bytes()))
                .hasMessageContaining("more than 5,000 rows");
    }

    @Test
    void aCellOfMoreThanExcelsLimitIsRefusedNamingTheCell() {
        String longest = "x".repeat(CellText.MAX_CHARS);
        assertThat(ImportSheet.read(Xlsx.sheet(inline("A1", "Date") + inline("B2", longest))
                                .bytes())
                        .rows()
                        .get(0)
                        .cell(1))
                .hasSize(32_767);
        assertThatThrownBy(() -> ImportSheet.read(Xlsx.sheet(inline("A1", "Date") + inline("B2", longest + "x"))
                        .bytes()))
                .isInstanceOf(ImportRefused.class)
                .hasMessage("Cell B2 holds more than 32,767 characters, more than Excel allows in a cell.");
    }

    @Test
    void anOverLongSharedStringIsRefusedWhereACellUsesIt() {
        byte[] file = Xlsx.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
                .part(
                        "xl/sharedStrings.xml",
                        Xlsx.repeated("<sst><si><t>short</t></si><si><t>", "y", 5_000_000, "</t></si></sst>"))
                .part("xl/worksheets/sheet1.xml", Xlsx.sheetXml("""
                        <row r="1"><c r="A1" t="s"><v>0</v></c></row>
                        <row r="2"><c r="A2" t="s"><v>0</v></c><c r="D2" t="s"><v>1</v></c></row>"""))
                .bytes();
        assertThatThrownBy(() -> ImportSheet.read(file)).hasMessageStartingWith("Cell D2 holds more than 32,767");
    }

    @Test
    void theTextOfAllCellsTogetherIsBounded() {
        // One shared text of 30,000 characters, used by 700 cells: 21 million characters.
        StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        for (int r = 2; r <= 701; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"s\"><v>0</v></c></row>");
        }
        byte[] file = Xlsx.sheet(rows.toString(), "z".repeat(30_000)).bytes();
        assertThatThrownBy(() -> ImportSheet.read(file))
                .hasMessage("The cells of the sheet hold more than 20,000,000 characters in all; delete the columns"
                        + " that are not imported.");
    }

    @Test
    void valuesPastTheHundredthColumnAreRefusedAndEmptyCellsThereAreNot() {
        String header = inline("A1", "Date");
        assertThat(ImportSheet.read(Xlsx.sheet(
                                        header + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"XFD2\" s=\"1\"/></row>")
                                .bytes())
                        .columns())
                .isEqualTo(1);
        assertThatThrownBy(() -> ImportSheet.read(
                        Xlsx.sheet(header + inline("CW2", "far")).bytes()))
                .hasMessage("Cell CW2 is past column CV: at most 100 columns can be imported.");
        assertThatThrownBy(() -> ImportSheet.read(Xlsx.sheet(header + "<row r=\"2\"><c r=\"ZZZZZZZZ2\"/></row>")
                        .bytes()))
                .hasMessageContaining("is not a cell reference");
    }

    @Test
    void aNumberNoSpreadsheetWritesIsRefused() {
        assertThatThrownBy(() -> ImportSheet.read(
                        Xlsx.sheet(inline("A1", "Date") + "<row r=\"2\"><c r=\"A2\"><v>1E999999999</v></c></row>")
                                .bytes()))
                .hasMessage("The file is damaged: cell A2 holds '1E999999999' as a number.");
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoEntityIsEverExpanded() {
        byte[] laughs =
                Xlsx.sheet("").part("xl/worksheets/sheet1.xml", BILLION_LAUGHS).bytes();
        assertThatThrownBy(() -> ImportSheet.read(laughs))
                .isInstanceOf(ImportRefused.class)
                .hasMessage("The file is not a plain Excel workbook: its part xl/worksheets/sheet1.xml has a document"
                        + " type declaration (DTD), which Excel never writes and Kairos does not read.");
    }

    @Test
    void anExternalEntityIsNeverFetched() {
        byte[] external = Xlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .part("xl/sharedStrings.xml", """
                        <?xml version="1.0"?>
                        <!DOCTYPE sst [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                        <sst><si><t>&secret;</t></si></sst>""")
                .bytes();
        assertThatThrownBy(() -> ImportSheet.read(external))
                .hasMessageContaining("xl/sharedStrings.xml has a document type declaration (DTD)");
    }

    @Test
    void aFileThatIsNoZipIsRefusedAndAnOldXlsIsNamed() {
        assertThatThrownBy(() -> ImportSheet.read("date;phone\n04.01.2030 10:00;37493350369\n".getBytes()))
                .hasMessage("Only Excel .xlsx files can be imported.");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThatThrownBy(() -> ImportSheet.read(ole2)).hasMessageContaining("this is an old .xls file");
        byte[] brokenZip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};
        assertThatThrownBy(() -> ImportSheet.read(brokenZip))
                .hasMessage("The file is damaged: it is not a readable .xlsx (zip) archive.");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() {
        byte[] zip = new Xlsx().part("notes.txt", "hello").bytes();
        assertThatThrownBy(() -> ImportSheet.read(zip))
                .hasMessage("This file is a zip archive but not an Excel workbook. Save the sheet from Excel as .xlsx"
                        + " and upload that.");
    }

    @Test
    void damagedXmlIsRefusedWithThePartItIsIn() {
        byte[] broken = Xlsx.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>").bytes();
        assertThatThrownBy(() -> ImportSheet.read(broken))
                .hasMessageStartingWith("The file is damaged or not made by a spreadsheet program: its part"
                        + " xl/worksheets/sheet1.xml is not readable XML (");
    }

    @ParameterizedTest
    @CsvSource({
        "dd.mm.yyyy hh:mm, true",
        "m/d/yy, true",
        "[$-409]d-mmm, true",
        "yyyy, true",
        "0.00, false",
        "[Red]0.00, false",
        "'\"Day\" 0', false",
        "h:mm, false",
        "[h]:mm:ss, false",
        "General, false"
    })
    void aNumberFormatShowsADateWhenItHasADayOrAYear(String format, boolean date) {
        assertThat(DateStyles.showsDate(format)).isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource({
        "1, false, 1900-01-01T00:00",
        "61, false, 1900-03-01T00:00",
        "44565.4375, false, 2022-01-04T10:30",
        "44565.999999999, false, 2022-01-05T00:00",
        "0, true, 1904-01-01T00:00",
        "43103.4375, true, 2022-01-04T10:30"
    })
    void excelsDayCountsAreDates(double serial, boolean date1904, LocalDateTime expected) {
        assertThat(CellValue.date(serial, date1904)).isEqualTo(expected);
    }

    private static String inline(String cell, String text) {
        String row = cell.replaceAll("[A-Z]", "");
        return "<row r=\"" + row + "\"><c r=\"" + cell + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>";
    }
}
