package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Browser;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A salon set up as a new owner would, from the browser alone: a location opened from nothing,
 * its hours, a team member and her hours, a room, a service that needs the room and the member,
 * and then a client booking it on the public booking page and the desk seeing it in the calendar.
 */
class SalonFromNothingIT extends PageIT {

    @Test
    void anOwnerSetsUpALocationInTheBrowserAndAClientBooksIt() {
        Tenant tenant = fixtures.tenant();
        Page owner =
                browser.signedIn(port, tenant.owner().login(), tenant.owner().password());

        owner.navigate(base() + "/admin");
        owner.click("#new-location-link");
        owner.fill("#new-title", "Studio Süd");
        owner.selectOption("#new-zone", "Europe/Berlin");
        owner.fill("#new-city", "München");
        owner.click("#open-location");
        owner.waitForURL("**/settings");
        long location = Long.parseLong(owner.url().replaceAll(".*/locations/(\\d+)/settings", "$1"));
        for (int day = 1; day <= 7; day++) {
            owner.fill("#hours-day" + day, "09:00-18:00");
        }
        owner.click("#save-hours");
        assertThat(owner.textContent("#notice")).isEqualTo("Saved the opening hours.");

        owner.click("nav.nav a:text('Team')");
        owner.waitForURL("**/team");
        owner.fill("#new-name", "Lena Park");
        owner.click("#add-member");
        owner.waitForURL("**/team/*");
        long lena = Long.parseLong(owner.url().replaceAll(".*/team/(\\d+).*", "$1"));
        for (int day = 1; day <= 7; day++) {
            owner.fill("#hours-day" + day, "10:00-16:00");
        }
        owner.click("#save-hours");
        assertThat(owner.textContent("#notice")).isEqualTo("Saved the weekly hours.");

        owner.click("nav.nav a:text('Resources')");
        owner.waitForURL("**/resources");
        owner.fill("#new-resource-title", "Treatment room");
        owner.click("#new-resource button.add");
        assertThat(owner.textContent("#notice")).isEqualTo("Created “Treatment room”.");

        owner.click("nav.nav a:text('Services')");
        owner.waitForURL("**/services");
        owner.click("#new-service");
        owner.fill("#f-title", "Deep facial");
        owner.fill("#f-duration", "45");
        owner.fill("#f-price_min", "60");
        owner.check("#resources label:has-text('Treatment room') input");
        owner.check("#f-staff-" + lena);
        owner.click("#save-service");
        assertThat(owner.textContent("#notice")).isEqualTo("Created “Deep facial”.");

        LocalDate day = BookingFixtures.nextTuesday();
        Page client = browser.page();
        client.navigate(base() + "/book/" + location);
        client.click("a.choice:has-text('Deep facial')");
        client.click("a.choice:has-text('Lena Park')");
        Browser.pickDay(client, day);
        client.locator("a.time").first().waitFor();
        assertThat(client.locator("a.time").allTextContents().stream().map(String::strip))
                .as("her hours inside the opening hours, less the 45 minutes")
                .contains("10:00", "15:15")
                .doesNotContain("09:00", "15:30");
        client.click("a.time:text-is('11:00')");
        client.fill("#fullname", "Maria Muster");
        client.fill("#phone", "089 1234567");
        client.click("form.contact button[type=submit]");
        client.waitForURL(u -> u.endsWith("?booked"));
        client.context().close();

        owner.navigate(base() + "/admin/locations/" + location + "/calendar?date=" + day);
        assertThat(owner.textContent(".day-grid .appt")).contains("11:00–11:45").contains("Maria Muster");
        assertThat(fixtures.count("appointment_resources ar join appointments a on a.id = ar.appointment_id"
                        + " where a.location_id = " + location))
                .as("the booking holds the room")
                .isEqualTo(1);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
