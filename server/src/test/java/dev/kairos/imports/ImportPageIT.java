package dev.kairos.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.support.Browser;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.KeptMoney;
import dev.kairos.support.Salon;
import dev.kairos.support.Tenant;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Import from Excel in a real browser: upload, column mapping, the per-row report, all or nothing, no duplicates. */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportPageIT {

    private static final List<String> HEADERS = List.of(
            "When", "Master", "Tel", "Name", "Length", "What", "Prices", "Discount", "State", "Till", "Paid", "Note");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Browser browser;
    Tenant tenant;
    Salon salon;
    long anna;
    long till;

    @BeforeAll
    void start() {
        browser = Browser.launch();
        tenant = fixtures.tenant();
        salon = new Salon(fixtures.db(), tenant.locationA());
        anna = salon.member("Anna Berg");
        salon.member("Bob");
        salon.service("Haircut", "50.00");
        salon.service("Colouring", "80.00");
        till = salon.register("Front desk");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aBadRowIsReportedWithItsReasonAndNothingIsWritten() throws Exception {
        Path file = sheet(List.of(
                List.of(
                        "04.01.2030 10:00",
                        "Anna Berg",
                        "37493350369",
                        "Ani",
                        "3600",
                        "Haircut##Colouring",
                        "50#80",
                        "10",
                        "Arrived",
                        String.valueOf(till),
                        "117",
                        ""),
                List.of("04.01.2030 12:00", "Anna Berg", "12ab", "", "", "Haircut", "", "", "Pending", "", "", ""),
                List.of(
                        "04.01.2030 13:00",
                        "Anna Berg",
                        "37493350370",
                        "",
                        "",
                        "Haircut",
                        "",
                        "",
                        "Arrived",
                        String.valueOf(till),
                        "40",
                        ""),
                List.of(
                        "04.01.2030 10:30",
                        "Anna Berg",
                        "37493350371",
                        "",
                        "1000",
                        "Haircut",
                        "",
                        "",
                        "Confirmed",
                        "",
                        "",
                        ""),
                List.of(
                        "04.01.2030 10:15",
                        "Anna Berg",
                        "37493350372",
                        "",
                        "",
                        "Haircut",
                        "",
                        "",
                        "Pending",
                        "",
                        "",
                        "")));
        long before = salon.appointments();
        Page page = mapped(file);
        page.click("#import");
        assertThat(page.textContent("#failed")).contains("Nothing was imported");
        String problems = page.textContent("#problems");
        assertThat(problems).contains("C (Tel)", "'12ab' is not a valid phone number");
        assertThat(problems).contains("K (Paid)", "is 40 but the services cost 50.00 after discounts");
        assertThat(problems).contains("E (Length)", "multiples of 15 minutes");
        assertThat(problems).contains("the team member already has the appointment of row 2 at this time");
        assertThat(page.locator("#problems tbody tr").count()).isEqualTo(4);
        assertThat(salon.appointments()).isEqualTo(before);
    }

    @Test
    void aGermanPageReportsEachRowProblemInGerman() throws Exception {
        Path file = sheet(List.of(
                List.of("05.01.2030 12:00", "Anna Berg", "12ab", "", "", "Haircut", "", "", "Pending", "", "", ""),
                List.of(
                        "05.01.2030 13:00",
                        "Anna Berg",
                        "37493350380",
                        "",
                        "",
                        "Haircut",
                        "",
                        "",
                        "Arrived",
                        String.valueOf(till),
                        "40",
                        ""),
                List.of(
                        "05.01.2030 14:00",
                        "Anna Berg",
                        "37493350381",
                        "",
                        "",
                        "Haircut",
                        "",
                        "",
                        "Later",
                        "",
                        "",
                        "")));
        long before = salon.appointments();
        Page page = mapped(file, "de-DE");
        page.click("#import");
        String problems = page.textContent("#problems");
        assertThat(problems)
                .contains("C (Tel)", "'12ab' ist keine gültige Telefonnummer (schreiben Sie sie wie 37493350369)");
        assertThat(problems).contains("K (Paid)", "ist 40, aber die Leistungen kosten nach Rabatten 50.00");
        assertThat(problems)
                .contains(
                        "I (State)",
                        "muss Nicht erschienen, Ausstehend, Erschienen oder Bestätigt sein; erhalten: Later");
        assertThat(problems).doesNotContain("is not a valid phone number", "but the services cost", "got Later");
        assertThat(page.locator("#problems tbody tr").count()).isEqualTo(3);
        assertThat(salon.appointments()).isEqualTo(before);
    }

    @Test
    void aCleanImportWritesEveryRowAndTheSameFileAgainDuplicatesNothing() throws Exception {
        Path file = sheet(List.of(
                List.of(
                        "05.01.2030 10:07",
                        "Anna Berg",
                        "37493350369",
                        "Ani",
                        "3600",
                        "Haircut##Colouring",
                        "50#80",
                        "10",
                        "Arrived",
                        String.valueOf(till),
                        "117",
                        "=1+1"),
                List.of("05.01.2030 12:00", "Bob", "37493350380", "", "", "Haircut", "", "", "No-show", "", "", ""),
                List.of(
                        "05.01.2030 12:00",
                        "Anna Berg",
                        "37493350381",
                        "Mariam",
                        "1800",
                        "",
                        "",
                        "",
                        "Confirmed",
                        "",
                        "",
                        "")));
        long before = salon.appointments();
        Page page = mapped(file);
        page.click("#import");
        assertThat(page.textContent("#imported")).contains("Imported 3 of 3 rows");
        assertThat(salon.appointments()).isEqualTo(before + 3);
        var first = fixtures.db()
                .sql("""
                        select to_char(a.starts_at at time zone 'Europe/Berlin', 'DD.MM.YYYY HH24:MI'), a.ends_at - a.starts_at,
                               a.status, a.source, c.name, c.phone, a.comment,
                               (select sum(cost) from appointment_services x where x.appointment_id = a.id),
                               (select sum(amount) from payment_transactions p where p.appointment_id = a.id and p.account_id = :till)
                          from appointments a join clients c on c.id = a.client_id
                         where a.location_id = :l and c.phone = '+37493350369' and a.team_member_id = :anna
                        """)
                .param("l", tenant.locationA())
                .param("anna", anna)
                .param("till", till)
                .query((rs, n) -> List.of(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBigDecimal(8).toPlainString(),
                        rs.getBigDecimal(9).toPlainString()))
                .single();
        assertThat(first)
                .containsExactly(
                        "05.01.2030 10:00",
                        "01:00:00",
                        "arrived",
                        "import",
                        "Ani",
                        "+37493350369",
                        "=1+1",
                        "117.00",
                        "117.00");
        long firstId = fixtures.db()
                .sql("""
                        select a.id from appointments a join clients c on c.id = a.client_id
                         where a.location_id = :l and c.phone = '+37493350369' and a.team_member_id = :anna
                        """)
                .param("l", tenant.locationA())
                .param("anna", anna)
                .query(Long.class)
                .single();
        assertThat(KeptMoney.of(fixtures.db(), firstId)).isEqualTo("117.00 paid 117.00");
        assertThat(fixtures.db()
                        .sql("select name from clients where location_id = :l and phone = '+37493350380'")
                        .param("l", tenant.locationA())
                        .query(String.class)
                        .single())
                .isEqualTo("+37493350380");

        Page again = mapped(file);
        again.click("#import");
        assertThat(again.textContent("#imported")).contains("Imported 0 of 3 rows", "3 rows were imported before");
        assertThat(again.locator("#skipped tbody tr").count()).isEqualTo(3);
        assertThat(salon.appointments()).isEqualTo(before + 3);
    }

    @Test
    void onlyXlsxFilesAndOnlyWithTheImportRight() throws Exception {
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(url("/imports"));
        Path text = Files.createTempFile("not-excel", ".xlsx");
        Files.writeString(text, "date;phone\n04.01.2030 10:00;37493350369\n");
        page.setInputFiles("input[type=file]", text);
        page.click("#upload");
        assertThat(page.textContent(".error")).contains("Only Excel .xlsx files can be imported");

        Page viewer = browser.signedIn(
                port, tenant.viewerA().login(), tenant.viewerA().password());
        assertThat(viewer.navigate(url("/imports")).status()).isEqualTo(403);
    }

    /** Uploads the file as the administrator and maps its columns by hand. */
    @Test
    void theUploadPageKeepsTheNavOffersATemplateAndSaysWhatEachColumnTakes() throws Exception {
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(url("/imports"));
        assertThat(page.textContent("nav.nav a.active")).isEqualTo("Import from Excel");
        assertThat(page.textContent("#formats tr[data-field=DATE]")).contains("04.01.2022 10:30");
        assertThat(page.textContent("#formats tr[data-field=PHONE]")).contains("country code");
        assertThat(page.locator("#formats tbody tr").count()).isEqualTo(15);

        com.microsoft.playwright.Download template = page.waitForDownload(() -> page.click("#template"));
        List<List<String>> rows = Salon.read(template.path());
        assertThat(rows.get(0)).startsWith("date", "team member id", "team member", "client phone");
        assertThat(rows.get(1).get(0)).isEqualTo("04.01.2030 10:30");

        // The template's headers map each column to its field by themselves.
        Path saved = Files.createTempFile("template", ".xlsx");
        template.saveAs(saved);
        page.setInputFiles("input[type=file]", saved);
        page.click("#upload");
        page.waitForURL("**/imports/*", new Page.WaitForURLOptions().setTimeout(20_000));
        assertThat(page.inputValue("#col0")).isEqualTo("DATE");
        assertThat(page.inputValue("#col3")).isEqualTo("PHONE");
    }

    @Test
    void whileAnUploadRunsItsButtonIsDisabledAndItsProgressShown() throws Exception {
        Path file = sheet(List.of(List.of(
                "06.01.2030 10:00", "Anna Berg", "37493350380", "", "", "Haircut", "", "", "Pending", "", "", "")));
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(url("/imports"));
        assertThat(page.isVisible("#upload-form .busy")).isFalse();
        // The form's own answer is kept from arriving, so the page can be seen as it is while a file uploads.
        page.evaluate("document.getElementById('upload-form').addEventListener('submit', e => e.preventDefault())");
        page.setInputFiles("input[type=file]", file);
        page.click("#upload");
        page.waitForFunction("document.getElementById('upload').disabled");
        assertThat(page.isVisible("#upload-form .busy")).isTrue();
        assertThat(page.getAttribute("#upload-form", "aria-busy")).isEqualTo("true");
        assertThat(page.url()).endsWith("/imports");
    }

    private Page mapped(Path file) {
        return mapped(file, "en-US");
    }

    private Page mapped(Path file, String locale) {
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password(), locale);
        page.navigate(url("/imports"));
        page.setInputFiles("input[type=file]", file);
        page.click("#upload");
        page.waitForURL("**/imports/*");
        assertThat(page.textContent("#mapping")).contains("A (When)", "37493350369");
        String[] fields = {
            "DATE",
            "MEMBER_NAME",
            "PHONE",
            "CLIENT_NAME",
            "DURATION",
            "SERVICE_NAMES",
            "PRICES",
            "DISCOUNT",
            "STATUS_TEXT",
            "REGISTER_ID",
            "PAID",
            "COMMENT"
        };
        for (int c = 0; c < fields.length; c++) {
            page.selectOption("#col" + c, fields[c]);
        }
        return page;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + "/admin/locations/" + tenant.locationA() + path;
    }

    private static Path sheet(List<List<String>> rows) throws Exception {
        Path file = Files.createTempFile("import", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file);
                Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(0, c, HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        sheet.value(r + 1, c, rows.get(r).get(c));
                    }
                }
            }
            workbook.finish();
        }
        return file;
    }
}
