package dev.kairos.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * In a real browser: a client books on the public booking page and gets a confirmation with a
 * calendar file, moves the booking and gets an update that moves the event; staff set rules and
 * templates on the settings page and see the messages in an appointment's Info view.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationPagesIT extends NotificationsTestBase {

    Browser browser;

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

    @Test
    void bookingOnThePublicPageSendsACalendarFileThatAMoveUpdates() {
        Studio studio = studio();
        Page page = browser.page();
        page.navigate("http://127.0.0.1:" + port + "/book/" + studio.location + "/times?service=" + studio.haircut
                + "&staff=0&date=" + studio.day);
        page.click("a.time:text-is('10:00')");
        page.fill("#fullname", "Maria Muster");
        page.fill("#phone", "030 1234567");
        String email = "page-" + studio.location + "@example.com";
        page.fill("#email", email);
        page.click("form.contact button[type=submit]");
        page.waitForURL(url -> url.endsWith("?booked"));
        String link = page.textContent(".link-box").strip();

        Letter confirmation = Letter.of(awaitMail(email, 1));
        assertThat(confirmation.subject()).contains("confirmed", "10:00");
        assertThat(confirmation.text()).contains(link, "Europe/Berlin");
        assertThat(confirmation.method()).isEqualTo("REQUEST");

        Page later = browser.page();
        later.navigate(link);
        later.click("text=Reschedule");
        Browser.pickDay(later, studio.day.plusDays(1));
        later.click("button.time:text-is('14:30')");
        later.waitForURL(url -> url.endsWith("?moved"));

        Letter update = Letter.of(awaitMail(email, 2));
        assertThat(update.subject()).contains("moved", "14:30");
        assertThat(update.eventProperty("UID")).isEqualTo(confirmation.eventProperty("UID"));
        assertThat(Integer.parseInt(update.eventProperty("SEQUENCE")))
                .isGreaterThan(Integer.parseInt(confirmation.eventProperty("SEQUENCE")));
    }

    @Test
    void staffSetRulesAndTemplatesAndSeeTheMessagesOfAnAppointment() {
        Studio studio = studio();
        Studio.Booked booked = studio.book(studio.haircut, "11:00");
        studio.settled(booked.id(), "confirmed");
        Page page = browser.signedIn(
                port, studio.tenant.adminA().login(), studio.tenant.adminA().password());
        String settings = "http://127.0.0.1:" + port + "/admin/locations/" + studio.location + "/notifications";

        page.navigate(settings);
        assertThat(page.locator("#rules tbody tr[data-rule-id]").count()).isEqualTo(6);
        page.selectOption("#rule-form select[name=event]", "completed");
        page.fill("#rule-form input[name=offsetMinutes]", "120");
        page.click("#rule-form button[type=submit]");
        assertThat(page.textContent("#notice")).contains("Added the rule");
        assertThat(page.textContent("#rules")).contains("120 min after the end");
        page.fill("#rule-form input[name=offsetMinutes]", "30");
        page.click("#rule-form button[type=submit]");
        assertThat(page.textContent("#error")).contains("offset_minutes");

        page.navigate(settings + "/templates/confirmed/client/email");
        page.fill("input[name=subject]", "Booked: [(${appointment.time})] <b>bold</b>");
        page.click("#preview-button");
        page.locator("#preview-subject").waitFor();
        assertThat(page.textContent("#preview-subject")).isEqualTo("Booked: 10:00 <b>bold</b>");
        page.click("#save");
        assertThat(page.textContent("#notice")).contains("Saved");
        page.fill("textarea[name=text]", "[(${client.name.toUpperCase()})]");
        page.click("#save");
        assertThat(page.textContent("#error")).contains("does not render");

        page.navigate(settings.replace("/notifications", "/appointments/" + booked.id()));
        assertThat(page.textContent(".messages")).contains("confirmed", "sent", booked.email(), "reminder", "planned");
    }

    /** Goes forward month by month until the day shows on the reschedule page, then picks it. */
}
