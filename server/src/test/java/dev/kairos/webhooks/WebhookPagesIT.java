package dev.kairos.webhooks;

import static dev.kairos.support.Browser.navigates;
import static dev.kairos.webhooks.Receiver.about;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Browser;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a client books, moves and cancels on the public booking page, staff book,
 * move, change and delete in the calendar and the overview, and import a sheet; the receiver sees a
 * signed event for each. And the webhooks settings page: save, rotate (the secret shown once), the
 * delivery log and redelivery.
 */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Browser browser;
    Hooked hooked;
    long anna;
    long cut;
    LocalDate day;

    @BeforeAll
    void start() {
        browser = Browser.launch();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void setUp() {
        hooked = new Hooked(port, fixtures);
        hooked.booking.openEveryDay(hooked.location);
        anna = hooked.booking.member(hooked.location, "Anna Berg");
        cut = hooked.booking.service(hooked.location, "Haircut", 60, anna);
        day = BookingFixtures.nextTuesday();
    }

    @AfterEach
    void tearDown() {
        hooked.close();
    }

    @Test
    void aClientBooksMovesAndCancelsOnTheBookingPage() {
        Page page = browser.page();
        page.navigate("http://127.0.0.1:" + port + "/book/" + hooked.location);
        page.locator("a.choice:has-text('Haircut')").click();
        page.locator("a.choice:has-text('Anna Berg')").click();
        Browser.pickDay(page, day);
        page.locator("a.time:text-is('10:00')").click();
        page.locator("#fullname").fill("Maria Muster");
        page.locator("#phone").fill("+49 151 10000020");
        page.locator("#email").fill("maria@example.com");
        page.locator("form.contact button[type=submit]").click();
        page.waitForURL(url -> url.endsWith("?booked"));
        long record =
                Long.parseLong(page.textContent(".link-box").strip().replaceAll(".*/appointments/(\\d+)/.*", "$1"));

        Receiver.Received booked = expect("record", record, "create");
        assertThat(booked.data().get("online").asBoolean()).isTrue();
        expect("client", booked.data().get("client").get("id").asLong(), "create");

        page.click("text=Reschedule");
        Browser.pickDay(page, day.plusDays(1));
        page.click("button.time:text-is('14:30')");
        page.waitForURL(url -> url.endsWith("?moved"));
        assertThat(expect("record", record, "update").data().get("date").asString())
                .isEqualTo(day.plusDays(1) + " 14:30:00");

        page.click("text=Cancel appointment");
        page.waitForURL(url -> url.endsWith("?cancelled"));
        assertThat(expect("record", record, "delete").data().get("deleted").asBoolean())
                .isTrue();
    }

    @Test
    void staffBookMoveChangeAndDeleteInTheCalendar() {
        Page page = signedIn();
        page.navigate(admin("/calendar?date=" + day));
        page.click("button.slot[data-staff-id='" + anna + "'][data-time='10:00']");
        page.waitForSelector("#panel .new-appointment");
        page.check("#panel input[name=service_id][value='" + cut + "']");
        page.fill("#panel input[name=client_phone]", "+49 151 10000021");
        page.fill("#panel input[name=client_name]", "Nora Quist");
        navigates(page, () -> page.click("#panel button.save"));
        long record = Long.parseLong(page.url().replaceAll(".*open=(\\d+).*", "$1"));
        assertThat(expect("record", record, "create").data().get("online").asBoolean())
                .isFalse();

        page.waitForSelector("#panel .appointment[data-id='" + record + "']");
        page.fill("#panel form.move input[name=time]", "13:30");
        navigates(page, () -> page.click("#panel form.move button.save"));
        assertThat(expect("record", record, "update").data().get("date").asString())
                .isEqualTo(day + " 13:30:00");

        page.waitForSelector("#panel .appointment");
        navigates(page, () -> page.click("#panel button[data-move=arrive]"));
        assertThat(hooked.receiver
                        .await(about("record", record, "update"), 2)
                        .get(1)
                        .data()
                        .get("attendance")
                        .asInt())
                .isEqualTo(1);

        page.waitForSelector("#panel button[data-move=cancel]");
        page.onDialog(dialog -> dialog.accept());
        navigates(page, () -> page.click("#panel button[data-move=cancel]"));
        expect("record", record, "delete");
    }

    @Test
    void aBulkDeleteInTheOverviewTellsOfEachAppointment() {
        long first = book("09:00:00", "+4915110000022");
        long second = book("11:00:00", "+4915110000023");
        Page page = signedIn();
        page.navigate(admin("/appointments"));

        page.check("#select-all");
        page.onDialog(dialog -> dialog.accept());
        page.click("#delete-selected");
        page.waitForSelector("tr.deleted");

        expect("record", first, "delete");
        expect("record", second, "delete");
    }

    @Test
    void anImportTellsOfItsAppointmentsClientsAndPayments() throws Exception {
        long till = fixtures.db()
                .sql("insert into accounts (location_id, title) values (:l, 'Till') returning id")
                .param("l", hooked.location)
                .query(Long.class)
                .single();
        Path file = sheet(List.of(
                List.of(
                        "05.01.2030 10:00",
                        "Anna Berg",
                        "37493350391",
                        "Ani",
                        "Haircut",
                        "Arrived",
                        String.valueOf(till),
                        "50"),
                List.of("05.01.2030 12:00", "Anna Berg", "37493350392", "Bo", "Haircut", "Confirmed", "", "")));
        Page page = signedIn();
        page.navigate(admin("/imports"));
        page.setInputFiles("input[type=file]", file);
        page.click("#upload");
        page.waitForURL("**/imports/*");
        String[] fields = {
            "DATE", "MEMBER_NAME", "PHONE", "CLIENT_NAME", "SERVICE_NAMES", "STATUS_TEXT", "REGISTER_ID", "PAID"
        };
        for (int c = 0; c < fields.length; c++) {
            page.selectOption("#col" + c, fields[c]);
        }
        page.click("#import");
        assertThat(page.textContent("#imported")).contains("Imported 2 of 2 rows");

        List<Long> records = fixtures.db()
                .sql("select id from appointments where location_id = :l and source = 'import' order by id")
                .param("l", hooked.location)
                .query(Long.class)
                .list();
        assertThat(records).hasSize(2);
        records.forEach(id -> expect("record", id, "create"));
        hooked.receiver.await(r -> r.resource().equals("client") && r.status().equals("create"), 2);
        Receiver.Received paid = hooked.receiver.awaitOne(r -> r.resource().equals("finances_operation"));
        assertThat(paid.data().get("record_id").asLong()).isEqualTo(records.get(0));
        assertThat(paid.data().get("amount").decimalValue()).isEqualByComparingTo("50");
    }

    @Test
    void theSettingsPageSavesRotatesListsAndRedelivers() {
        hooked.configure(Map.of("active", 0));
        Page page = signedIn();
        page.navigate(admin("/appointments"));
        navigates(page, () -> page.click("nav.nav >> text=Webhooks"));
        assertThat(page.url()).endsWith("/webhooks");

        page.fill("#urls", "http://crm.example.com/hook\n<b>not</b> a url");
        page.check("#active");
        navigates(page, () -> page.click("#save"));
        assertThat(page.textContent("#errors")).contains("urls[0]: must be an https URL", "urls[1]");
        assertThat(page.locator("main b").count())
                .as("what was typed is shown as text")
                .isZero();
        assertThat(hooked.admin
                        .get("/hooks_settings/" + hooked.location)
                        .data()
                        .get("active")
                        .asInt())
                .isZero();

        page.fill("#urls", hooked.receiver.url());
        page.check("#active");
        for (String flag : List.of(
                "record",
                "client",
                "service",
                "service_category",
                "master",
                "salon",
                "schedule",
                "finances_operation")) {
            page.uncheck("#resource-" + flag);
        }
        page.check("#resource-client");
        page.fill("#bearer-token", "page-token-1");
        navigates(page, () -> page.click("#save"));
        assertThat(page.textContent("#notice")).isEqualTo("Saved.");
        assertThat(page.isChecked("#resource-client")).isTrue();
        assertThat(page.isChecked("#resource-record")).isFalse();

        navigates(page, () -> page.click("#rotate"));
        String secret = page.textContent("#secret").strip();
        assertThat(secret).startsWith("whsec_");
        page.navigate(admin("/webhooks"));
        assertThat(page.locator("#secret").count()).as("shown once").isZero();

        long client = hooked.admin
                .post("/clients/" + hooked.location, Map.of("name", "Page", "phone", "+4915110000024"))
                .data()
                .get("id")
                .asLong();
        Receiver.Received first = hooked.receiver.awaitOne(about("client", client, "create"));
        assertThat(first.signedWith(secret)).isTrue();
        assertThat(first.authorization()).isEqualTo("Bearer page-token-1");

        awaitDelivered(client);
        page.navigate(admin("/webhooks?state=delivered"));
        Locator row = page.locator("#deliveries tbody tr").first();
        assertThat(row.textContent()).contains("client " + client + " create", "delivered", "HTTP 200");
        navigates(page, () -> row.locator("button.redeliver").click());
        assertThat(page.textContent("#notice")).contains("queued again");
        Receiver.Received again =
                hooked.receiver.await(about("client", client, "create"), 2).get(1);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.signedWith(secret)).isTrue();
    }

    @Test
    void thePageNeedsTheRightToManageSettings() {
        var clerk = fixtures.user(
                hooked.tenant, hooked.location, dev.kairos.auth.Right.VIEW_RECORDS, dev.kairos.auth.Right.EDIT_RECORDS);
        Page page = browser.signedIn(port, clerk.login(), clerk.password());

        var response = page.navigate(admin("/webhooks"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.content()).doesNotContain(hooked.receiver.url());
    }

    private long book(String time, String phone) {
        var created = hooked.admin.post(
                "/records/" + hooked.location,
                Map.of(
                        "staff_id",
                        anna,
                        "datetime",
                        day + " " + time,
                        "services",
                        List.of(Map.of("id", cut)),
                        "client",
                        Map.of("phone", phone, "name", "Someone")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.data().get("id").asLong();
        expect("record", id, "create");
        return id;
    }

    /** The receiver has answered before Kairos records it: wait until the log says delivered. */
    private void awaitDelivered(long client) {
        String query = "/locations/" + hooked.location + "/webhook_deliveries?state=delivered&resource_id=" + client;
        for (int i = 0; i < 600 && hooked.admin.get(query).data().isEmpty(); i++) {
            sleep(100);
        }
        assertThat(hooked.admin.get(query).data()).isNotEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Receiver.Received expect(String resource, long id, String status) {
        Receiver.Received got = hooked.receiver.awaitOne(about(resource, id, status));
        assertThat(got.signedWith(hooked.secret)).as(got.toString()).isTrue();
        return got;
    }

    private Page signedIn() {
        return browser.signedIn(
                port, hooked.tenant.adminA().login(), hooked.tenant.adminA().password());
    }

    private String admin(String path) {
        return "http://127.0.0.1:" + port + "/admin/locations/" + hooked.location + path;
    }

    /** Goes forward month by month on the booking page until the day shows, then picks it. */
    private static Path sheet(List<List<String>> rows) throws Exception {
        Path file = Files.createTempFile("import", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file);
                Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            List<String> headers = List.of("When", "Master", "Tel", "Name", "What", "State", "Till", "Paid");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
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
