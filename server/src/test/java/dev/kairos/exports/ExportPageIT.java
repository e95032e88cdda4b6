package dev.kairos.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.kairos.auth.Right;
import dev.kairos.support.Browser;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Salon;
import dev.kairos.support.Tenant;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Export to Excel in a real browser: the count, the emailed link, the download, and who may not have it. */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportPageIT {

    private static final Pattern LINK = Pattern.compile("http://\\S+/admin/exports/\\d+");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JavaMailSenderImpl mailSender;

    Browser browser;
    GreenMail mail;
    Tenant tenant;
    LocalDate day;

    @BeforeAll
    void start() {
        browser = Browser.launch();
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        mailSender.setPort(mail.getSmtp().getPort());
        tenant = fixtures.tenant();
        day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(10);
        Salon salon = new Salon(fixtures.db(), tenant.locationA());
        long anna = salon.member("Anna");
        long cut = salon.service("Haircut", "50.00");
        long maria = salon.client("=HYPERLINK(\"http://evil\")", "+4915112345678");
        Instant nine = day.atTime(9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        salon.appointment(anna, maria, nine, cut, "50.00", "@SUM(A1:A9)");
        salon.appointment(anna, maria, nine.plusSeconds(3600), cut, "45.50", "-2+3");
        salon.appointment(anna, null, nine.plusSeconds(7200), cut, "50.00", "plain note");
        salon.appointment(anna, null, nine.plusSeconds(86_400), cut, "50.00", "the next day");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        mail.stop();
    }

    private String exportsUrl(long location, String query) {
        return "http://127.0.0.1:" + port + "/admin/locations/" + location + "/exports?" + query;
    }

    @Test
    void theFilteredRowsAreEmailedAsALinkAndOnlyTheOwnerDownloadsThem() throws Exception {
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(exportsUrl(tenant.locationA(), "start_date=" + day + "&end_date=" + day + "&page=2&count=50"));
        assertThat(page.textContent("#export-count")).isEqualTo("3");
        assertThat(page.isVisible("#no-files")).isTrue();

        int before = mail.getReceivedMessages().length;
        page.click("#export");
        assertThat(page.textContent(".notice")).contains("export of 3 appointments has started");
        assertThat(mail.waitForIncomingEmail(15_000, before + 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[before];
        assertThat(message.getAllRecipients()[0].toString())
                .isEqualTo(tenant.adminA().login());
        Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
        assertThat(link.find()).isTrue();
        String url = link.group();

        Download download = page.waitForDownload(() -> {
            try {
                page.navigate(url);
            } catch (PlaywrightException startsADownload) {
                // Navigating to an attachment turns into a download rather than a page.
            }
        });
        assertThat(download.suggestedFilename()).startsWith("appointments-").endsWith(".xlsx");
        List<List<String>> rows = Salon.read(download.path());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("ID", "Date", "Duration (s)", "Team member ID", "Team member");
        assertThat(rows.get(1).get(1))
                .isEqualTo(day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " 09:00");
        assertThat(rows.get(1))
                .contains(
                        "Anna", "Haircut", "4915112345678", "Pending", "'=HYPERLINK(\"http://evil\")", "'@SUM(A1:A9)");
        assertThat(rows.get(2)).contains("'-2+3", "45.5");
        assertThat(rows.get(3)).contains("plain note");
        assertNoFormulas(download.path());

        // One vocabulary: the file says what the Overview's row says.
        long first = new java.math.BigDecimal(rows.get(1).get(0)).longValueExact();
        page.navigate("http://127.0.0.1:" + port + "/admin/locations/" + tenant.locationA()
                + "/appointments?start_date=" + day + "&end_date=" + day);
        assertThat(page.textContent("tr[data-id='" + first + "'] .badge"))
                .isEqualTo(rows.get(1).get(10));
        assertThat(page.textContent("tr[data-id='" + first + "'] .by"))
                .isEqualTo(rows.get(1).get(15));
        assertThat(page.textContent("tr[data-id='" + first + "'] .source"))
                .isEqualTo(rows.get(1).get(16));

        page.navigate(exportsUrl(tenant.locationA(), ""));
        assertThat(page.textContent("#files")).contains(download.suggestedFilename());
        long fileId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        assertThat(fixtures.db()
                        .sql("""
                        select count(*) from activity_log where action = 'exported' and entity = 'export_file' and entity_id = :id
                           and user_id = :user and (details ->> 'rows')::int = 3
                        """)
                        .param("id", fileId)
                        .param("user", tenant.adminA().userId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        Page owner =
                browser.signedIn(port, tenant.owner().login(), tenant.owner().password());
        assertThat(owner.navigate(url).status()).isEqualTo(404);
        owner.navigate(exportsUrl(tenant.locationA(), ""));
        assertThat(owner.isVisible("#no-files")).isTrue();
    }

    @Test
    void afterStartingAnExportThePageShowsItsProgressAndThenTheFileWithoutAReload() {
        var clerk = fixtures.user(tenant, tenant.locationA(), Right.VIEW_RECORDS, Right.EXPORT);
        Page page = browser.signedIn(port, clerk.login(), clerk.password());
        page.navigate(exportsUrl(tenant.locationA(), "start_date=" + day + "&end_date=" + day));
        assertThat(page.textContent("nav.nav a.active")).isEqualTo("Export to Excel");
        page.click("#export");
        page.waitForSelector("#export-progress");
        page.evaluate("window.sameDocument = true");
        page.waitForSelector("#export-ready");
        assertThat(page.evaluate("window.sameDocument === true")).isEqualTo(true);
        assertThat(page.textContent("#export-progress")).contains("3 appointments");
        Download download = page.waitForDownload(() -> page.click("#export-ready"));
        assertThat(download.suggestedFilename()).startsWith("appointments-").endsWith(".xlsx");
        assertThat(Salon.read(download.path())).hasSize(4);
    }

    @Test
    void pastFiveThousandRowsTheExportIsRefusedAndNothingIsScheduled() {
        Salon salon = new Salon(fixtures.db(), tenant.locationB());
        long bob = salon.member("Bob");
        fixtures.db().sql("""
                        insert into appointments (location_id, team_member_id, starts_at, ends_at, busy_from, busy_until, record_hash)
                        select :l, :m, t, t + interval '10 minutes', t, t + interval '10 minutes', gen_random_uuid()::text
                          from generate_series(timestamptz '2030-01-01 08:00Z', timestamptz '2030-01-01 08:00Z' + interval '5000 hours',
                                               interval '1 hour') t
                        """).param("l", tenant.locationB()).param("m", bob).update();
        Page page =
                browser.signedIn(port, tenant.owner().login(), tenant.owner().password());
        page.navigate(exportsUrl(tenant.locationB(), ""));
        assertThat(page.textContent("#export-count")).isEqualTo("5,001");
        assertThat(page.textContent("#too-many"))
                .contains("matches 5,001 appointments; one export takes at most 5,000");
        assertThat(page.isDisabled("#export")).isTrue();

        var response = page.waitForResponse(
                r -> r.request().method().equals("POST"),
                () -> page.evaluate("document.getElementById('export-form').submit()"));
        assertThat(response.status())
                .as(response.url() + " " + response.headers())
                .isEqualTo(422);
        assertThat(page.textContent(".error")).contains("Narrow the filter");
        assertThat(fixtures.db()
                        .sql("select count(*) from scheduled_tasks where task_name = 'export-appointments'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void withoutTheExportRightThePageIsForbiddenAndAPostNeedsTheCsrfToken() {
        var viewer = tenant.viewerA();
        Page page = browser.signedIn(port, viewer.login(), viewer.password());
        assertThat(page.navigate(exportsUrl(tenant.locationA(), "")).status()).isEqualTo(403);
        var onlyExport = fixtures.user(tenant, tenant.locationA(), Right.EXPORT);
        Page exporter = browser.signedIn(port, onlyExport.login(), onlyExport.password());
        // Counting the rows reads records, which needs the right to view them too.
        assertThat(exporter.navigate(exportsUrl(tenant.locationA(), "")).status())
                .isEqualTo(403);

        Page admin =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        var post = admin.request()
                .post(
                        exportsUrl(tenant.locationA(), ""),
                        RequestOptions.create()
                                .setForm(FormData.create().set("query", ""))
                                .setMaxRedirects(0));
        assertThat(post.status()).isEqualTo(403);
    }

    private static void assertNoFormulas(java.nio.file.Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx);
                ReadableWorkbook workbook = new ReadableWorkbook(in);
                var rows = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                for (Cell cell : row) {
                    if (cell != null) {
                        assertThat(cell.getFormula())
                                .as("cell %s", cell.getAddress())
                                .isNull();
                    }
                }
            }
        }
    }
}
