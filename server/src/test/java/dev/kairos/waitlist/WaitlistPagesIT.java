package dev.kairos.waitlist;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.queue.FloorClock;
import dev.kairos.support.Api;
import dev.kairos.support.Browser;
import dev.kairos.support.Concurrently;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A client joins the waitlist on the booking page, is told of a freed time by email, and takes it
 * from the link; new working hours are offered as well; the front desk manages the waitlist and
 * counts walk-ins on their own pages.
 */
@KairosIT
@Import(FloorClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitlistPagesIT {

    static final GreenMail MAIL = startMail();
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Browser browser;
    WaitlistSalon salon;
    Tenant tenant;
    Api desk;
    BookingFixtures booking;
    long location;
    long anna;
    long cut;
    LocalDate day;
    String base;

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        properties.add("kairos.notifications.send-interval", () -> "300ms");
        properties.add("kairos.waitlist.interval", () -> "500ms");
    }

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
        salon = new WaitlistSalon(fixtures, port);
        tenant = salon.tenant;
        desk = salon.desk;
        booking = salon.booking;
        location = salon.location;
        anna = salon.anna;
        cut = salon.cut;
        day = salon.day;
        base = "http://127.0.0.1:" + port;
    }

    @Test
    void aClientJoinsOnTheBookingPageGetsTheOfferByMailAndTakesIt() {
        long blocking = book("Maria", "+49301111111", "11:00");
        String email = "waiting-" + location + "@example.com";

        Page page = browser.page();
        page.navigate(base + "/book/" + location + "/times?service=" + cut + "&staff=" + anna + "&date=" + day);
        page.click("#join-waitlist");
        assertThat(page.locator("#date-from")).hasValue(day.toString());
        assertThat(page.locator("#member")).hasValue(String.valueOf(anna));
        page.fill("#time-from", "10:30");
        page.fill("#time-to", "12:00");
        page.fill("#name", "Wanda Waiting");
        page.fill("#phone", "+49 30 7654321");
        page.fill("#email", email);
        page.click("#join");
        page.waitForURL("**/waitlist/*/*");
        assertThat(page.locator("#waiting")).containsText("You are on the waitlist");
        String entryPage = page.url();
        assertThat(entries())
                .singleElement()
                .satisfies(e -> assertThat(e.get("source").asString()).isEqualTo("online"));

        assertThat(desk.delete("/record/" + location + "/" + blocking).status()).isEqualTo(204);
        MimeMessage mail = awaitMail(email);
        String text = text(mail);
        assertThat(subject(mail)).contains("a time is free for you");
        assertThat(text).contains("Wanda Waiting").contains("11:00").contains("Anna");
        String link = link(text);
        assertThat(link).isEqualTo(entryPage);

        Page fromMail = browser.page();
        fromMail.navigate(link);
        assertThat(fromMail.locator("#offer-time")).containsText("11:00");
        assertThat(fromMail.locator("#offer-hold")).containsText("We hold it for you until");
        fromMail.screenshot(
                new Page.ScreenshotOptions().setPath(Browser.screenshots().resolve("waitlist-offer.png")));
        fromMail.click("#accept");
        assertThat(fromMail.locator("#booked")).containsText("You're booked");
        assertThat(fromMail.locator("#booked-time")).containsText("11:00");
        JsonNode entry = entries().get(0);
        assertThat(entry.get("status").asString()).isEqualTo("fulfilled");
        assertThat(booking.holding(location)).isEqualTo(1);

        // The same link once more: nothing left to accept, and it says it is booked.
        fromMail.navigate(link);
        assertThat(fromMail.locator("#accept")).hasCount(0);
        assertThat(fromMail.locator("#booked")).isVisible();

        Page admin =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        admin.navigate(base + "/admin/locations/" + location + "/waitlist");
        var row = admin.locator("#entry-" + entry.get("id").asLong());
        assertThat(row).containsText("booked");
        assertThat(row).containsText("Offer email to " + email + ": sent");
    }

    @Test
    void twoAcceptsFromTheSameLinkAtOnceBookOnceAndTheOtherIsTold() {
        long blocking = book("Maria", "+49301111111", "11:00");
        long entry = join("Twice Tina", "10:00", "12:00", null);
        desk.delete("/record/" + location + "/" + blocking);
        await().atMost(PATIENCE)
                .until(() -> entry(entry).get("status").asString().equals("offered"));
        String link = base + entry(entry).get("link").asString();
        List<FormSession> sessions = List.of(FormSession.open(link), FormSession.open(link));

        List<HttpResponse<String>> answers =
                Concurrently.run(2, i -> sessions.get(i).post(link + "/accept"));

        assertThat(answers.stream().map(HttpResponse::statusCode))
                .as("one is sent on to the booked entry, the other shown the page again")
                .containsExactlyInAnyOrder(302, 200);
        HttpResponse<String> told =
                answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
        assertThat(told.body()).contains("This offer is already taken: it is booked for you.");
        assertThat(booking.holding(location)).isEqualTo(1);
        assertThat(entry(entry).get("status").asString()).isEqualTo("fulfilled");
    }

    /** A browser session without a browser: its own cookies, and the CSRF token of the page it opened. */
    record FormSession(HttpClient client, String csrf) {

        static FormSession open(String url) {
            HttpClient client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            String page = send(
                            client,
                            HttpRequest.newBuilder(URI.create(url)).GET().build())
                    .body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(token.find()).as(page).isTrue();
            return new FormSession(client, token.group(1));
        }

        HttpResponse<String> post(String url) {
            return post(url, "");
        }

        /** Posts the form fields {@code fields} (already encoded, {@code a=1&b=2}) with the session's token. */
        HttpResponse<String> post(String url, String fields) {
            return send(
                    client,
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                                            + (fields.isEmpty() ? "" : "&" + fields)))
                            .build());
        }

        private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void badInputOnThePagesGetsAnErrorPageNeverA500() {
        String join = base + "/book/" + location + "/waitlist";
        FormSession client = FormSession.open(join + "?service=" + cut);
        HttpResponse<String> wrongType = client.post(join, "serviceId=abc&name=X&phone=%2B49301234567");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("<html");
        HttpResponse<String> missing = client.post(join, "serviceId=" + cut);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("Please enter your name.").contains("Please check the days");
        HttpResponse<String> otherService = client.post(
                join,
                "serviceId=" + booking.service(location, "No list", 30, anna) + "&dateFrom=" + day
                        + "&name=X&phone=%2B49301234567");
        assertThat(otherService.statusCode()).isEqualTo(422);
        assertThat(otherService.body()).contains("Please pick a service.");

        Page page = browser.page();
        assertThat(page.navigate(base + "/book/99999999/waitlist").status()).isEqualTo(404);
        assertThat(page.navigate(join + "/abc/key").status()).isEqualTo(400);
        page.navigate(join + "/1/not-the-key");
        assertThat(page.url()).endsWith("/book/" + location + "/waitlist");

        Page admin =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        assertThat(admin.navigate(base + "/admin/locations/" + location + "/waitlist?service=abc")
                        .status())
                .isEqualTo(400);
        assertThat(admin.navigate(base + "/admin/locations/" + location + "/waitlist?status=nonsense")
                        .status())
                .as("an unknown status filters nothing out")
                .isEqualTo(200);
        assertThat(admin.navigate(base + "/admin/locations/" + location + "/walk-ins?date=garbage")
                        .status())
                .isEqualTo(200);
        assertThat(admin.navigate(base + "/admin/locations/" + tenant.locationB() + "/waitlist")
                        .status())
                .as("location B is not admin A's")
                .isEqualTo(403);
        long entry = join("Hand Booked", "10:00", "13:00", null);
        admin.navigate(base + "/admin/locations/" + location + "/waitlist");
        admin.fill("#book-time-" + entry, "07:00");
        admin.locator("#entry-" + entry + " button.book-entry").click();
        assertThat(admin.locator("#error")).isVisible();
        assertThat(entry(entry).get("status").asString()).isEqualTo("active");
    }

    @Test
    void anOfferTakenMeanwhileOrLapsedSaysSoOnThePage() {
        long blocking = book("Maria", "+49301111111", "11:00");
        long entry = join("Late Larry", "10:00", "12:00", "larry-" + location + "@example.com");
        desk.delete("/record/" + location + "/" + blocking);
        await().atMost(PATIENCE)
                .until(() -> entry(entry).get("status").asString().equals("offered"));
        String link = base + entry(entry).get("link").asString();
        Page page = browser.page();
        page.navigate(link);
        assertThat(page.locator("#accept")).isVisible();

        Api.Response online =
                salon.widget.post("/book_record/" + location, salon.record("Online Olga", "+49302222223", "11:00"));
        assertThat(online.status())
                .as("the offer holds its time from other clients")
                .isEqualTo(422);
        salon.bookAtTheDesk("Quick Quentin", "+49302222222", "11:00");
        page.click("#accept");
        assertThat(page.locator("#problem")).containsText("someone else took this time just before you");
        assertThat(page.locator("#waiting")).isVisible();
        assertThat(entry(entry).get("status").asString()).isEqualTo("active");
        assertThat(booking.holding(location)).isEqualTo(1);

        long second = join("Slow Sam", "10:00", "12:00", null);
        long again = book("Maria", "+49303333333", "10:00");
        desk.delete("/record/" + location + "/" + again);
        await().atMost(PATIENCE)
                .until(() -> entry(entry).get("status").asString().equals("offered"));
        fixtures.db()
                .sql("update waitlist_entries set offer_expires_at = offered_at - interval '1 minute' where id = :id")
                .param("id", entry)
                .update();
        page.navigate(link);
        assertThat(page.locator("#lapsed")).containsText("This offer has run out");
        assertThat(page.locator("#accept")).hasCount(0);
        await().atMost(PATIENCE)
                .until(() -> entry(second).get("status").asString().equals("offered"));
        assertThat(entry(entry).get("status").asString()).isEqualTo("expired");
    }

    @Test
    void longerHoursAndATakenBackDayOffAreOfferedToTheWaitlist() {
        long evening = join("Evening Eve", "18:00", "20:00", null);
        Api.Response extended = desk.put(
                "/company/" + location + "/staff/schedule",
                Map.of(
                        "schedules_to_set",
                        List.of(Map.of(
                                "staff_id",
                                anna,
                                "dates",
                                List.of(day.toString()),
                                "slots",
                                List.of(Map.of("from", "09:00", "to", "20:00"))))));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        await().atMost(PATIENCE)
                .until(() -> entry(evening).get("status").asString().equals("offered"));
        assertThat(entry(evening).get("offer_start").asString()).startsWith(day + "T18:00");

        LocalDate next = day.plusDays(1);
        desk.put(
                "/company/" + location + "/staff/schedule",
                Map.of("schedules_to_delete", List.of(Map.of("staff_id", anna, "dates", List.of(next.toString())))));
        Map<String, Object> wish = wish("Next Day Ned", "13:00", "15:00", null);
        wish.put("date_from", next.toString());
        Api.Response joined = salon.widget.post(path(""), wish);
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        long nextDay = joined.data().get("id").asLong();
        desk.put(
                "/company/" + location + "/staff/schedule",
                Map.of(
                        "schedules_to_set",
                        List.of(Map.of(
                                "staff_id",
                                anna,
                                "dates",
                                List.of(next.toString()),
                                "slots",
                                List.of(Map.of("from", "09:00", "to", "18:00"))))));
        await().atMost(PATIENCE)
                .until(() -> entry(nextDay).get("status").asString().equals("offered"));
        assertThat(entry(nextDay).get("offer_start").asString()).startsWith(next + "T13:00");
    }

    @Test
    void theFrontDeskBooksOneEntryByHandAndCancelsAnother() {
        long byHand = join("Hand Booked", "10:00", "13:00", null);
        long leaving = join("Leaving Lea", "10:00", "13:00", null);
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(base + "/admin/locations/" + location + "/appointments");
        page.click("nav a:text('Waitlist')");
        assertThat(page.locator("#entry-" + byHand)).containsText("waiting");
        page.fill("#book-time-" + byHand, "12:00");
        page.locator("#entry-" + byHand + " button.book-entry").click();
        assertThat(page.locator("#notice")).hasText("Hand Booked is booked.");
        assertThat(page.locator("#entry-" + byHand)).containsText("booked");
        page.locator("#entry-" + leaving + " button.cancel-entry").click();
        assertThat(page.locator("#notice")).hasText("Leaving Lea has left the waitlist.");

        page.selectOption("#filter-status", "cancelled");
        page.click("#filter");
        assertThat(page.locator("#waitlist tbody tr")).hasCount(1);
        assertThat(page.locator("#entry-" + leaving)).isVisible();

        JsonNode booked = entry(byHand);
        assertThat(booked.get("status").asString()).isEqualTo("fulfilled");
        assertThat(booked.get("fulfilled_by").asLong())
                .isEqualTo(tenant.adminA().userId());
        String start = fixtures.db()
                .sql(
                        "select to_char(starts_at at time zone 'Europe/Berlin', 'HH24:MI') from appointments where id = :id")
                .param("id", booked.get("appointment_id").asLong())
                .query(String.class)
                .single();
        assertThat(start).isEqualTo("12:00");
    }

    @Test
    void theFrontDeskCountsWalkInsWithAndWithoutAClient() {
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(base + "/admin/locations/" + location + "/queue");
        page.click("nav a:text('Walk-ins')");
        assertThat(page.locator("#visits-empty")).isVisible();
        page.fill("#visit-note", "asked about prices");
        page.click("#record-visit");
        assertThat(page.locator("#notice")).hasText("Visit recorded.");
        assertThat(page.locator("#visits")).containsText("without a client");
        page.fill("#visit-phone", "+49 30 5550001");
        page.fill("#visit-name", "Walter Walkin");
        page.click("#record-visit");
        assertThat(page.locator("#visits tbody tr")).hasCount(2);
        assertThat(page.locator("#visits")).containsText("Walter Walkin");
        page.fill("#visit-phone", "not a phone");
        page.click("#record-visit");
        assertThat(page.locator("#error")).containsText("phone");
        assertThat(desk.get("/locations/" + location + "/visits").data().size()).isEqualTo(2);
    }

    private List<JsonNode> entries() {
        List<JsonNode> all = new java.util.ArrayList<>();
        desk.get(path("")).data().forEach(all::add);
        return all;
    }

    private JsonNode entry(long id) {
        return salon.entry(id);
    }

    private String path(String rest) {
        return salon.path(rest);
    }

    private Map<String, Object> wish(String name, String from, String to, String email) {
        Map<String, Object> wish = salon.wish(name, from, to);
        wish.put("email", email);
        return wish;
    }

    private long join(String name, String from, String to, String email) {
        return salon.join(wish(name, from, to, email));
    }

    private long book(String name, String phone, String time) {
        return salon.book(name, phone, time);
    }

    private static MimeMessage awaitMail(String address) {
        await().atMost(PATIENCE).until(() -> !mailTo(address).isEmpty());
        return mailTo(address).get(0);
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        Address[] to = m.getAllRecipients();
                        return to != null
                                && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of the message. */
    private static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = text(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String link(String text) {
        Matcher link = Pattern.compile("https?://\\S+/waitlist/\\d+/\\S+").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group();
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }
}
