package dev.kairos.bookingpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Browser;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A client books, views, moves and cancels on the public booking page in a real browser. */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingPageIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Browser browser;
    Tenant tenant;
    BookingFixtures booking;
    long location;
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
        tenant = fixtures.tenant();
        booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        fixtures.db()
                .sql("update locations set title = 'Studio Lumen', address = 'Torstraße 12, Berlin' where id = :l")
                .param("l", location)
                .update();
        booking.openEveryDay(location);
        anna = booking.member(location, "Anna Berg");
        cut = booking.service(location, "Haircut", 60, anna);
        booking.service(location, "Colour and cut", 90, anna);
        booking.service(
                location,
                "Walk-in trim",
                15,
                Map.of("booking_type", "walk_in_only", "allow_walk_in", true, "allow_customer_booking", false),
                anna);
        day = BookingFixtures.nextTuesday();
    }

    @Test
    void aClientBooksWithAnyTeamMemberThenCancelsAndTheTimeIsFreeAgain() {
        Page page = browser.page();
        PageClient steps = new PageClient(page, port, location);
        steps.open();
        assertThat(page.textContent("ul.choices"))
                .contains("Haircut", "Colour and cut")
                .doesNotContain("Walk-in");
        steps.service("Haircut").anyone().date(day);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browser.screenshots().resolve("booking-page.png"))
                .setFullPage(true));
        steps.time("09:00")
                .details("Maria Muster", "030 1234567", "maria@example.com")
                .submit();

        steps.landsOn("?booked");
        assertThat(page.textContent(".banner")).contains("You're booked");
        assertThat(page.textContent(".appointment")).contains("confirmed", "09:00", "Haircut", "Anna Berg");
        String link = page.textContent(".link-box").strip();
        assertThat(link)
                .matches("http://127\\.0\\.0\\.1:" + port + "/book/" + location + "/appointments/\\d+/[0-9a-f]{32}");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browser.screenshots().resolve("booking-confirmed.png"))
                .setFullPage(true));
        var row = fixtures.db()
                .sql("select source, status, team_member_id, client_phone from appointments where location_id = :l")
                .param("l", location)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("source", "online")
                .containsEntry("status", "confirmed")
                .containsEntry("team_member_id", anna)
                .containsEntry("client_phone", "+49301234567");
        assertThat(steps.freeTimes(cut, day)).doesNotContain("09:00");

        Page later = browser.page();
        later.navigate(link);
        later.click("text=Cancel appointment");
        new PageClient(later, port, location).landsOn("?cancelled");
        assertThat(later.textContent(".appointment")).contains("cancelled");
        assertThat(later.locator("text=Cancel appointment").count()).isZero();
        assertThat(steps.freeTimes(cut, day)).contains("09:00");
    }

    @Test
    void theLinkMovesTheAppointmentToAnotherFreeTime() {
        Page page = browser.page();
        PageClient steps = new PageClient(page, port, location);
        steps.open()
                .service("Haircut")
                .member("Anna Berg")
                .date(day)
                .time("10:00")
                .details("Jon Doe", "+49 30 7654321", "")
                .submit();
        steps.landsOn("?booked");
        page.click("text=Reschedule");
        steps.pickDay(day.plusDays(1));
        page.click("button.time:text-is('14:30')");
        steps.landsOn("?moved");
        assertThat(page.textContent(".appointment")).contains("14:30", "confirmed");
        assertThat(steps.freeTimes(cut, day)).contains("10:00");
        assertThat(steps.freeTimes(cut, day.plusDays(1))).doesNotContain("14:30");
    }

    @Test
    void anApprovalRequiredServiceEndsAsRequested() {
        booking.service(location, "Consultation", 30, Map.of("booking_type", "approval_required"), anna);
        Page page = browser.page();
        PageClient steps = new PageClient(page, port, location);
        steps.open()
                .service("Consultation")
                .anyone()
                .date(day)
                .time("11:00")
                .details("Eva Klein", "+49 30 5550000", "")
                .submit();
        steps.landsOn("?booked");
        assertThat(page.textContent(".banner")).contains("Request sent");
        assertThat(page.textContent(".appointment")).contains("requested");
        assertThat(fixtures.db()
                        .sql("select status from appointments where location_id = :l")
                        .param("l", location)
                        .query(String.class)
                        .single())
                .isEqualTo("requested");
    }

    @Test
    void aTimeTakenMeanwhileSendsTheClientBackToTheTimes() {
        Page page = browser.page();
        PageClient steps = new PageClient(page, port, location);
        steps.open().service("Haircut").anyone().date(day).time("12:00").details("Late Larry", "+49 30 1110000", "");
        String noon = day + "T12:00:00+0"
                + (java.time.ZoneId.of("Europe/Berlin")
                                .getRules()
                                .getOffset(day.atTime(12, 0))
                                .getTotalSeconds()
                        / 3600)
                + ":00";
        var api = Api.at(port)
                .as(tenant.partnerOnly())
                .post(
                        "/book_record/" + location,
                        Map.of(
                                "phone",
                                "+49 30 2220000",
                                "fullname",
                                "Quick Quinn",
                                "appointments",
                                List.of(Map.of("id", 1, "services", List.of(cut), "staff_id", 0, "datetime", noon))));
        assertThat(api.status()).isEqualTo(201);
        steps.submit();
        steps.landsOn("&taken");
        assertThat(page.textContent("[role=alert]")).contains("That time was just taken, pick another");
        assertThat(page.locator("a.time:text-is('12:00')").count()).isZero();
        assertThat(booking.countAppointments(location)).isEqualTo(1);
    }

    @Test
    void aBlankNameOrABadPhoneIsToldAndBooksNothing() {
        Page page = browser.page();
        PageClient steps = new PageClient(page, port, location);
        steps.open()
                .service("Haircut")
                .anyone()
                .date(day)
                .time("13:00")
                .details("  ", "+49 30 1234567", "")
                .submit();
        assertThat(page.textContent("#fullname-error")).contains("Please enter your name");
        page.fill("#fullname", "Nina Nowak");
        page.fill("#phone", "12");
        steps.submit();
        assertThat(page.textContent("#phone-error")).contains("phone number");
        assertThat(page.inputValue("#fullname")).isEqualTo("Nina Nowak");
        assertThat(booking.countAppointments(location)).isZero();
    }

    @Test
    void aSubmittedTwiceFormBooksOnce() {
        Page page = browser.page();
        PageClient steps = new PageClient(page, port, location);
        steps.open().service("Haircut").anyone().date(day).time("15:00").details("Dora Double", "+49 30 3330000", "");
        @SuppressWarnings("unchecked")
        Map<String, String> fields = (Map<String, String>)
                page.evaluate("Object.fromEntries(new FormData(document.querySelector('form.contact')))");
        steps.submit();
        steps.landsOn("?booked");
        FormData again = FormData.create();
        fields.forEach(again::set);
        APIResponse second = page.request()
                .post(
                        "http://127.0.0.1:" + port + "/book/" + location + "/details",
                        RequestOptions.create().setForm(again).setMaxRedirects(0));
        assertThat(second.status()).isEqualTo(302);
        assertThat(page.url()).endsWith(second.headers().get("location"));
        assertThat(booking.countAppointments(location)).isEqualTo(1);
    }

    @Test
    void anUnknownLocationOrAWrongLinkIsAFriendlyNotFound() {
        Page page = browser.page();
        var response = page.navigate("http://127.0.0.1:" + port + "/book/987654321");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.textContent("main")).contains("does not exist");
        response = page.navigate("http://127.0.0.1:" + port + "/book/" + location + "/appointments/1/not-the-hash");
        assertThat(response.status()).isEqualTo(404);
        response = page.navigate(
                "http://127.0.0.1:" + port + "/book/" + location + "/times?service=" + cut + "&date=tomorrow");
        assertThat(response.status()).isEqualTo(400);
    }
}
