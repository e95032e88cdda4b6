package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.booking.BookingFixtures;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * The pages speak the user's language: a German browser gets German admin and booking pages with
 * German dates, a language chosen in the admin stays chosen, and the booking page follows
 * {@code Accept-Language} and {@code ?lang=}.
 */
class LanguagesPageIT extends PageIT {

    @Test
    void aGermanBrowserGetsGermanAdminPagesWithGermanDatesAndStatusWords() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        LocalDate day = BookingFixtures.nextTuesday();
        long id = desk.book(anna, day.atTime(11, 0), "Ada Lovelace", "+49 1512 3456733");

        Page page = browser.page("de-DE");
        page.navigate("http://127.0.0.1:" + port + "/login");
        assertThat(page.textContent("button[type=submit]")).isEqualTo("Anmelden");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("de");
        page.fill("input[name=username]", desk.tenant.adminA().login());
        page.fill("input[name=password]", desk.tenant.adminA().password());
        page.click("button[type=submit]");
        page.waitForURL("**/admin**");

        page.navigate(desk.url("/appointments?start_date=" + day + "&end_date=" + day));
        assertThat(page.textContent("h1")).isEqualTo("Termine");
        assertThat(page.textContent("nav.nav")).contains("Übersicht").contains("Kalender");
        assertThat(page.textContent("tr[data-id='" + id + "'] .badge")).isEqualTo("Ausstehend");
        assertThat(page.textContent("tr[data-id='" + id + "'] .when"))
                .isEqualTo(day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " 11:00–12:00");
        assertThat(page.textContent("tr[data-id='" + id + "'] .source")).isEqualTo("Verwaltung");
        assertThat(page.textContent("form.filters")).contains("Besuchsstatus").contains("Ausstehend");
        page.click("tr[data-id='" + id + "'] .info-button");
        page.waitForSelector("#info .panel");
        assertThat(page.textContent("#info .badge")).isEqualTo("Ausstehend");
        assertThat(page.textContent("#info .panel")).contains("Verlauf").contains("Erstellt");

        page.navigate(desk.url("/calendar?date=" + day));
        assertThat(page.textContent("h1")).isEqualTo("Kalender");
        page.click(".day-grid .appt[data-id='" + id + "']");
        page.waitForSelector("#panel .appointment");
        assertThat(page.textContent("#panel .badge")).isEqualTo("Ausstehend");
        assertThat(page.textContent("#panel button[data-move=arrive]")).isEqualTo("Erschienen");

        page.navigate("http://127.0.0.1:" + port + "/admin/no-such-page");
        assertThat(page.textContent("h1")).isEqualTo("Nicht gefunden");
    }

    @Test
    void aLanguageChosenInTheAdminStaysChosen() {
        Desk desk = desk();
        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        page.navigate(desk.url("/appointments"));
        assertThat(page.textContent("h1")).isEqualTo("Appointments");

        page.click("header.bar .languages a[lang=es]");
        page.waitForSelector("html[lang=es]");
        assertThat(page.textContent("h1")).isEqualTo("Citas");
        page.navigate(desk.url("/calendar"));
        assertThat(page.textContent("h1")).isEqualTo("Calendario");
        assertThat(page.getAttribute("header.bar .languages a[lang=es]", "aria-current"))
                .isEqualTo("true");

        page.click("header.bar .languages a[lang=en]");
        page.waitForSelector("html[lang=en]");
        assertThat(page.textContent("h1")).isEqualTo("Calendar");
    }

    @Test
    void theBookingPageFollowsTheBrowserAndTheLangParameter() {
        Desk desk = desk();
        String book = "http://127.0.0.1:" + port + "/book/" + desk.location;

        Page spanish = browser.page("es-ES");
        spanish.navigate(book);
        assertThat(spanish.textContent("h1")).isEqualTo("Elija un servicio");
        assertThat(spanish.textContent(".steps")).contains("Servicio").contains("Sus datos");

        Page german = browser.page("fr-FR");
        german.navigate(book);
        assertThat(german.textContent("h1")).isEqualTo("Choose a service");
        german.navigate(book + "?lang=de");
        assertThat(german.textContent("h1")).isEqualTo("Leistung wählen");
        assertThat(german.getAttribute("html", "lang")).isEqualTo("de");
        assertThat(german.textContent("footer")).contains("Online-Buchung");
    }
}
