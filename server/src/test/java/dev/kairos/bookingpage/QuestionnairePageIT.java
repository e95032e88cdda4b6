package dev.kairos.bookingpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Browser;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A clinic collects intake answers with each booking: staff make a questionnaire on the admin page
 * and attach it to a service, a client answers it on the booking page before the contact step, and
 * staff read the answers in the appointment's Info and calendar panel.
 */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionnairePageIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

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
    void aClientAnswersTheIntakeWhenBookingAndStaffReadTheAnswers() {
        Tenant tenant = fixtures.tenant();
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        long location = tenant.locationA();
        booking.openEveryDay(location);
        long anna = booking.member(location, "Anna Berg");
        booking.service(location, "Consultation", 60, anna);
        LocalDate day = BookingFixtures.nextTuesday();
        String admin = "http://127.0.0.1:" + port + "/admin/locations/" + location;

        Page staff =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        staff.navigate(admin + "/questionnaires");
        staff.fill("#new-title", "Skin intake");
        staff.fill("#new-text-0", "Allergies?");
        staff.fill("#new-help-0", "Medicines too");
        staff.check("#new-required-0");
        staff.selectOption("#new-type-1", "yes_no");
        staff.fill("#new-text-1", "First visit?");
        staff.check("#new-required-1");
        staff.selectOption("#new-type-2", "single_choice");
        staff.fill("#new-text-2", "Skin type");
        staff.fill("#new-options-2", "Dry\nOily");
        staff.click("#create-questionnaire");
        assertThat(staff.textContent("#notice")).contains("Created the questionnaire");
        staff.selectOption(
                "section.questionnaire form.attach select",
                new com.microsoft.playwright.options.SelectOption().setLabel("Consultation"));
        staff.click("section.questionnaire form.attach button");
        assertThat(staff.textContent("section.questionnaire ul.attached")).contains("Consultation");

        Page page = browser.page();
        PageClient steps = new PageClient(page, port, location);
        steps.open();
        steps.service("Consultation").anyone().date(day);
        page.click("a.time:text-is('10:00')");
        assertThat(page.textContent("h1")).isEqualTo("A few questions");
        assertThat(page.textContent("form.questions"))
                .contains("Allergies?", "Medicines too", "First visit?", "Skin type");

        page.check("label:has-text('Oily') input");
        page.check("label:has-text('Yes') input");
        page.click("form.questions button[type=submit]");
        assertThat(page.textContent("[role=alert].field-error")).isEqualTo("Please answer this question.");
        assertThat(page.isChecked("label:has-text('Oily') input"))
                .as("kept as chosen")
                .isTrue();
        assertThat(page.isChecked("label:has-text('Yes') input")).isTrue();

        page.fill("input[type=text][name^='q.']", "Pollen");
        page.click("form.questions button[type=submit]");
        page.locator("#fullname").waitFor();
        steps.details("Maria Muster", "030 1234567", "");
        page.fill("#phone", "12");
        steps.submit();
        assertThat(page.textContent("#phone-error")).isNotBlank();
        page.fill("#phone", "030 1234567");
        steps.submit();
        steps.landsOn("?booked");

        long id = fixtures.db()
                .sql("select id from appointments where location_id = :l")
                .param("l", location)
                .query(Long.class)
                .single();
        staff.navigate(admin + "/appointments?start_date=" + day + "&end_date=" + day);
        staff.click("tr[data-id='" + id + "'] .info-button");
        staff.waitForSelector("#info .panel");
        assertThat(staff.textContent("#info .panel dl.answers"))
                .contains("Allergies?", "Pollen", "First visit?", "yes", "Skin type", "Oily");

        Response panel = staff.navigate(admin + "/calendar/appointments/" + id);
        assertThat(panel.status()).isEqualTo(200);
        assertThat(staff.textContent("dl.answers")).contains("Allergies?", "Pollen");

        // Answered, the form's edit is its version 2; the appointment keeps version 1's questions.
        staff.navigate(admin + "/questionnaires");
        String form = "section.questionnaire form:has(button.save-questionnaire) ";
        staff.fill(form + "input[name='text.0']", "Any allergies or medicines?");
        staff.click(form + "button.save-questionnaire");
        assertThat(staff.textContent("#notice")).contains("Saved the questionnaire");
        assertThat(staff.textContent("section.questionnaire h2")).contains("version 2");
        staff.navigate(admin + "/appointments?start_date=" + day + "&end_date=" + day);
        staff.click("tr[data-id='" + id + "'] .info-button");
        staff.waitForSelector("#info .panel");
        assertThat(staff.textContent("#info .panel dl.answers"))
                .contains("Allergies?", "Pollen")
                .doesNotContain("medicines");

        Page viewer = browser.signedIn(
                port, tenant.viewerA().login(), tenant.viewerA().password());
        assertThat(viewer.navigate(admin + "/questionnaires").status()).isEqualTo(403);
        viewer.navigate(admin + "/appointments");
        assertThat(viewer.locator("nav a:has-text('Questionnaires')").count()).isZero();
    }
}
