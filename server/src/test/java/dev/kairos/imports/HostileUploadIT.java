package dev.kairos.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Salon;
import dev.kairos.support.Tenant;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Hostile spreadsheets over the real upload form: each is refused on the upload page with a 4xx and
 * a message that says what is wrong, and nothing is kept; a large legitimate file gets a small
 * mapping page whose samples are cut short.
 */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileUploadIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    AdminSession admin;

    @BeforeAll
    void signIn() {
        tenant = fixtures.tenant();
        admin = AdminSession.signIn(
                port, tenant.adminA().login(), tenant.adminA().password());
    }

    static Stream<Arguments> hostileFiles() {
        String header = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
        return Stream.of(
                Arguments.of(
                        "a shared string that unpacks to 100 MB",
                        Xlsx.sheet(header)
                                .part(
                                        "xl/sharedStrings.xml",
                                        Xlsx.repeated("<sst><si><t>", "x", 100L << 20, "</t></si></sst>"))
                                .bytes(),
                        "The file is too large once unpacked: its part xl/sharedStrings.xml holds more than 32 MB"),
                Arguments.of(
                        "a part that declares less than it holds",
                        Xlsx.sheet(header)
                                .part(
                                        "xl/sharedStrings.xml",
                                        Xlsx.repeated("<sst><si><t>", "x", 40L << 20, "</t></si></sst>"))
                                .declaring("xl/sharedStrings.xml", 2_000)
                                .bytes(),
                        "its part xl/sharedStrings.xml unpacks to more than the 2,000 bytes it declares"),
                Arguments.of(
                        "millions of empty rows",
                        Xlsx.sheet("")
                                .part(
                                        "xl/worksheets/sheet1.xml",
                                        Xlsx.repeated(
                                                "<worksheet><sheetData><row><c><v>1</v></c></row>",
                                                "<row/>",
                                                5_000_000,
                                                "</sheetData></worksheet>"))
                                .bytes(),
                        "The file has more than 5,000 rows (not counting the first)"),
                Arguments.of(
                        "a row declared far down",
                        Xlsx.sheet(header + "<row r=\"1048576\"/>", "Date").bytes(),
                        "the sheet goes on past row 5,001"),
                Arguments.of(
                        "an over-long cell",
                        Xlsx.sheet(
                                        header + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + "y".repeat(40_000)
                                                + "</t></is></c></row>",
                                        "Date")
                                .bytes(),
                        "Cell B2 holds more than 32,767 characters"),
                Arguments.of(
                        "entity expansion",
                        Xlsx.sheet(header, "Date")
                                .part("xl/worksheets/sheet1.xml", """
                                        <?xml version="1.0"?>
                                        <!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;">]>
                                        <worksheet><sheetData><row><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>""")
                                .bytes(),
                        "has a document type declaration (DTD)"),
                Arguments.of(
                        "a text file",
                        "date;phone\n04.01.2030 10:00;1\n".getBytes(),
                        "Only Excel .xlsx files can be imported."),
                Arguments.of(
                        "a zip that is not a workbook",
                        new Xlsx().part("notes.txt", "hello").bytes(),
                        "This file is a zip archive but not an Excel workbook"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileFileIsRefusedOnTheUploadPageAndNothingIsKept(String what, byte[] file, String message) {
        long before = uploads();
        HttpResponse<String> page = admin.upload(imports(""), "hostile.xlsx", file);
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(page.body())).contains(message).contains("<form");
        assertThat(page.body().length()).isLessThan(20_000);
        assertThat(uploads()).isEqualTo(before);
    }

    @Test
    void aFileOverTheUploadLimitIsRefusedOnTheUploadPage() {
        long before = uploads();
        HttpResponse<String> page = admin.upload(imports(""), "big.xlsx", new byte[10_500_000]);
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body())
                .contains("The file is larger than 10MB, the most that can be uploaded.")
                .contains("href=\"" + imports("") + "\"");
        assertThat(uploads()).isEqualTo(before);
    }

    @Test
    void aLargeFileIsReadOnceAndItsMappingPageIsSmallWithShortSamples() throws Exception {
        HttpResponse<String> uploaded = admin.upload(imports(""), "large.xlsx", fiveThousandRows());
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String mapping = uploaded.headers().firstValue("Location").orElseThrow();
        String uploadId = mapping.substring(mapping.lastIndexOf('/') + 1);
        assertThat(fixtures.db()
                        .sql("select count(*) from import_upload_rows where upload_id = :id")
                        .param("id", uploadId)
                        .query(Long.class)
                        .single())
                .isEqualTo(5_000L);

        HttpResponse<String> page = admin.get(imports("/" + uploadId));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("5,000 rows to import");
        assertThat(HtmlUtils.htmlUnescape(page.body()))
                .contains("L (" + "h".repeat(Shown.MAX_CHARS) + "… (32,000 characters))")
                .contains("c".repeat(Shown.MAX_CHARS) + "… (30,000 characters)")
                .doesNotContain("c".repeat(Shown.MAX_CHARS + 1));
        assertThat(page.body().length()).isLessThan(40_000);
    }

    @Test
    void theReportQuotesALongValueShortly() throws Exception {
        Salon salon = new Salon(fixtures.db(), tenant.locationA());
        salon.member("Anna Berg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            sheet.value(0, 0, "Date");
            sheet.value(1, 0, "06.01.2030 10:00");
            sheet.value(1, 1, "Anna Berg");
            sheet.value(1, 2, "9".repeat(30_000));
            workbook.finish();
        }
        HttpResponse<String> uploaded = admin.upload(imports(""), "phone.xlsx", out.toByteArray());
        String mapping = uploaded.headers().firstValue("Location").orElseThrow();
        String path = mapping.substring(mapping.indexOf("/admin/"));
        HttpResponse<String> report = admin.post(path, Map.of("col0", "DATE", "col1", "MEMBER_NAME", "col2", "PHONE"));
        assertThat(report.statusCode()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(report.body()))
                .contains("'" + "9".repeat(Shown.MAX_CHARS) + "… (30,000 characters)' is not a valid phone number");
        assertThat(report.body().length()).isLessThan(20_000);
    }

    private byte[] fiveThousandRows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            String[] headers = {
                "Date", "Master", "Tel", "Name", "Length", "What", "Prices", "Discount", "State", "Till", "Paid"
            };
            for (int c = 0; c < headers.length; c++) {
                sheet.value(0, c, headers[c]);
            }
            sheet.value(0, 11, "h".repeat(32_000));
            for (int r = 1; r <= 5_000; r++) {
                sheet.value(r, 0, "04.01.2031 10:00");
                sheet.value(r, 1, "Member " + r % 20);
                sheet.value(r, 2, "374933" + String.format("%05d", r));
                sheet.value(r, 3, "Client " + r);
                sheet.value(r, 11, r == 1 ? "c".repeat(30_000) : "note " + r);
            }
            workbook.finish();
        }
        return out.toByteArray();
    }

    private long uploads() {
        return fixtures.db()
                .sql("select count(*) from import_uploads where location_id = :l")
                .param("l", tenant.locationA())
                .query(Long.class)
                .single();
    }

    private String imports(String rest) {
        return "/admin/locations/" + tenant.locationA() + "/imports" + rest;
    }
}
