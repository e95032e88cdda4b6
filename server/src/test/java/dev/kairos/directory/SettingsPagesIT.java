package dev.kairos.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.kairos.auth.Right;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.PageTest;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The location settings and team pages in a real browser: a location opened from nothing until
 * clients can book it, settings and a special day seen on the booking page, refused forms kept as
 * typed, and people without the right neither shown the links nor let through by the server.
 */
class SettingsPagesIT extends PageTest {

    @Test
    void anOwnerOpensALocationFromNothingUntilClientsCanBookIt() {
        Tenant tenant = fixtures.tenant();
        Page page =
                browser.signedIn(port, tenant.owner().login(), tenant.owner().password());
        page.navigate(base() + "/admin");
        page.click("#new-location-link");
        page.fill("#new-title", "Studio Nord");
        page.selectOption("#new-zone", "Europe/Berlin");
        page.fill("#new-city", "Hamburg");
        page.fill("#new-address", "Hafenstraße 3");
        page.click("#open-location");
        page.waitForURL("**/settings");
        assertThat(page.textContent("#notice")).contains("Opened “Studio Nord”");
        long location = Long.parseLong(page.url().replaceAll(".*/locations/(\\d+)/settings", "$1"));
        assertThat(fixtures.db()
                        .sql("select chain_id from locations where id = :l")
                        .param("l", location)
                        .query(Long.class)
                        .single())
                .isEqualTo(tenant.chainId());

        for (int day = 1; day <= 7; day++) {
            page.fill("#hours-day" + day, "09:00-12:00, 13:00-18:00");
        }
        page.click("#save-hours");
        assertThat(page.textContent("#notice")).isEqualTo("Saved the opening hours.");
        assertThat(page.inputValue("#hours-day2")).isEqualTo("09:00-12:00, 13:00-18:00");

        long service = Api.at(port)
                .as(tenant.owner())
                .post("/services/" + location, Map.of("title", "Cut", "duration", 3600))
                .data()
                .get("id")
                .asLong();

        page.click("nav.nav a:text('Team')");
        page.waitForURL("**/team");
        page.fill("#new-name", "Lena Park");
        page.fill("#new-specialization", "Colour");
        page.click("#add-member");
        page.waitForURL("**/team/*");
        assertThat(page.textContent("#notice")).isEqualTo("Added “Lena Park”.");
        for (int day = 1; day <= 7; day++) {
            page.fill("#hours-day" + day, "10:00-16:00");
        }
        page.click("#save-hours");
        assertThat(page.textContent("#notice")).isEqualTo("Saved the weekly hours.");
        page.click("#services-link");
        page.check("#service-box-" + service);
        page.click("#save-services");
        assertThat(page.textContent("#notice")).isEqualTo("Saved the services of “Lena Park”.");
        assertThat(page.isChecked("#service-box-" + service)).isTrue();

        List<String> times = freeTimes(location, service, BookingFixtures.nextTuesday());
        assertThat(times).contains("10:00", "11:00", "13:00", "15:00").doesNotContain("09:00", "12:00", "15:15");

        page.navigate(base() + "/admin");
        assertThat(page.textContent("ul.locations")).contains("Studio Nord");
    }

    @Test
    void settingsAndASpecialDayChangeWhatClientsAreOffered() {
        Tenant tenant = fixtures.tenant();
        long location = tenant.locationA();
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        booking.openEveryDay(location);
        long anna = booking.member(location, "Anna Berg");
        long cut = booking.service(location, "Haircut", 60, anna);
        LocalDate tuesday = BookingFixtures.nextTuesday();
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(admin(location, "/appointments"));
        page.click("nav.nav a:text('Settings')");
        page.waitForURL("**/settings");

        page.fill("#title", "Studio Lumen");
        page.fill("#phone", "+49 30 1234567");
        page.fill("#slot_step_minutes", "30");
        page.uncheck("#allow_change_record");
        page.fill("#allow_delete_record_delay_minutes", "120");
        page.click("#save-details");
        assertThat(page.textContent("#notice")).isEqualTo("Saved “Studio Lumen”.");
        var stored =
                Api.at(port).as(tenant.adminA()).get("/company/" + location).data();
        assertThat(stored.get("title").asString()).isEqualTo("Studio Lumen");
        assertThat(stored.get("allow_change_record").asBoolean()).isFalse();
        assertThat(stored.get("allow_delete_record_delay_step").asInt()).isEqualTo(7200);
        assertThat(freeTimes(location, cut, tuesday)).contains("09:00", "09:30").doesNotContain("09:15");

        page.fill("#hours-day2", "11:00-14:00, 15:00-17:00");
        page.click("#save-hours");
        assertThat(freeTimes(location, cut, tuesday))
                .contains("11:00", "13:00", "15:00", "16:00")
                .doesNotContain("09:00", "13:30", "16:30");

        page.fill("#special-date", tuesday.toString());
        page.check("#special-closed");
        page.click("#add-special");
        assertThat(page.textContent("#notice")).isEqualTo("Saved the special day " + tuesday + ".");
        assertThat(page.textContent("#special-" + tuesday)).contains("Closed");
        assertThat(freeTimes(location, cut, tuesday)).isEmpty();
        var hours = Api.at(port)
                .as(tenant.adminA())
                .get("/locations/" + location + "/opening_hours")
                .data();
        assertThat(hours.get("special_days").get(0).get("closed").asBoolean()).isTrue();

        page.click("#special-" + tuesday + " button");
        assertThat(page.textContent("#notice")).isEqualTo("Removed the special day " + tuesday + ".");
        assertThat(freeTimes(location, cut, tuesday)).contains("11:00");

        page.navigate(admin(location, "/team/" + anna));
        page.fill("#day-date", tuesday.toString());
        page.check("#day-off");
        page.click("#add-day");
        assertThat(page.textContent("#day-" + tuesday)).contains("Day off");
        assertThat(freeTimes(location, cut, tuesday)).isEmpty();
        page.click("#day-" + tuesday + " button");
        assertThat(page.textContent("#notice")).contains("the weekly hours apply again");
        assertThat(freeTimes(location, cut, tuesday)).contains("11:00");
    }

    @Test
    void aRefusedFormSaysWhyAndKeepsWhatWasTyped() {
        Tenant tenant = fixtures.tenant();
        long location = tenant.locationA();
        long anna = new BookingFixtures(fixtures.db()).member(location, "Anna Berg");
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(admin(location, "/settings"));

        page.fill("#title", "Renamed");
        page.fill("#slot_step_minutes", "500");
        page.fill("#currency", "E1");
        page.click("#save-details");
        assertThat(page.textContent("#slot_step_minutes-error")).isEqualTo("must be between 5 and 240");
        assertThat(page.textContent("#currency-error")).contains("ISO 4217");
        assertThat(page.inputValue("#title")).isEqualTo("Renamed");
        assertThat(page.inputValue("#slot_step_minutes")).isEqualTo("500");
        page.fill("#slot_step_minutes", "ten");
        page.click("#save-details");
        assertThat(page.textContent("#slot_step_minutes-error")).isEqualTo("must be a whole number");
        assertThat(fixtures.db()
                        .sql("select title from locations where id = :l")
                        .param("l", location)
                        .query(String.class)
                        .single())
                .as("nothing saved")
                .startsWith("Salon A");

        page.fill("#hours-day1", "09:00-13:00, 12:00-18:00");
        page.click("#save-hours");
        assertThat(page.textContent("#hours-day1-error")).contains("overlap");
        assertThat(page.inputValue("#hours-day1")).isEqualTo("09:00-13:00, 12:00-18:00");
        assertThat(fixtures.count("location_hours where location_id = " + location + " and day_of_week = 1"))
                .isEqualTo(1);

        page.fill("#special-date", LocalDate.now().plusDays(3).toString());
        page.fill("#special-hours", "10:00");
        page.click("#add-special");
        assertThat(page.textContent("#special-error")).contains("HH:mm");
        assertThat(page.inputValue("#special-hours")).isEqualTo("10:00");

        page.navigate(admin(location, "/team"));
        page.fill("#new-name", "  ");
        page.fill("#new-specialization", "Nails");
        page.click("#add-member");
        assertThat(page.textContent("#new-name-error")).isEqualTo("is required");
        assertThat(page.inputValue("#new-specialization")).isEqualTo("Nails");

        page.navigate(admin(location, "/team/" + anna));
        page.fill("#hours-day3", "18:00-09:00");
        page.click("#save-hours");
        assertThat(page.textContent("#hours-day3-error")).contains("start before it ends");
        assertThat(page.inputValue("#hours-day3")).isEqualTo("18:00-09:00");
        page.fill("#position-title", "Senior stylist");
        page.click("#add-position");
        assertThat(page.textContent("#notice")).contains("Senior stylist");
        page.fill("#member-name", "Anna Berg-Meier");
        page.click("#save-member");
        assertThat(page.textContent("#notice")).isEqualTo("Saved “Anna Berg-Meier”.");
        assertThat(page.textContent("#member-position option:checked")).isEqualTo("Senior stylist");
    }

    @Test
    void withoutTheRightThereIsNoLinkAndTheServerRefuses() {
        Tenant tenant = fixtures.tenant();
        long location = tenant.locationA();
        Tenant.Login staffOnly = fixtures.user(tenant, location, Right.MANAGE_STAFF);
        Page page = browser.signedIn(port, staffOnly.login(), staffOnly.password());
        assertThat(page.locator("#new-location-link").count()).isZero();
        page.navigate(admin(location, "/appointments"));
        assertThat(page.locator("nav.nav a:text('Settings')").count()).isZero();
        assertThat(page.locator("nav.nav a:text('Team')").count()).isEqualTo(1);
        assertThat(page.navigate(admin(location, "/settings")).status()).isEqualTo(403);
        assertThat(page.navigate(base() + "/admin/locations/new").status()).isEqualTo(403);

        page.navigate(admin(location, "/team"));
        String csrf = page.getAttribute("#new-member input[name=_csrf]", "value");
        var settings = page.request()
                .post(
                        admin(location, "/settings"),
                        RequestOptions.create()
                                .setForm(FormData.create()
                                        .set("_csrf", csrf)
                                        .set("title", "Taken over")
                                        .set("slot_step_minutes", "15")));
        assertThat(settings.status()).isEqualTo(403);
        long locations = fixtures.count("locations where chain_id = " + tenant.chainId());
        var opened = page.request()
                .post(
                        base() + "/admin/locations",
                        RequestOptions.create()
                                .setForm(FormData.create()
                                        .set("_csrf", csrf)
                                        .set("title", "Mine")
                                        .set("timezone_name", "Europe/Berlin")));
        assertThat(opened.status()).isEqualTo(403);
        assertThat(fixtures.count("locations where chain_id = " + tenant.chainId()))
                .isEqualTo(locations);
        assertThat(fixtures.count("locations where title = 'Taken over'")).isZero();

        Page viewer = browser.signedIn(
                port, tenant.viewerA().login(), tenant.viewerA().password());
        viewer.navigate(admin(location, "/appointments"));
        assertThat(viewer.locator("nav.nav a:text('Team')").count()).isZero();
        assertThat(viewer.navigate(admin(location, "/team")).status()).isEqualTo(403);
        assertThat(viewer.locator("nav.nav").count())
                .as("the refusal keeps the navigation")
                .isEqualTo(1);
    }

    /** The times the public booking page offers for the service with any team member on the date. */
    private List<String> freeTimes(long location, long service, LocalDate date) {
        Page other = browser.page();
        other.navigate(base() + "/book/" + location + "/times?service=" + service + "&staff=0&date=" + date);
        List<String> labels = other.locator("a.time").allTextContents().stream()
                .map(String::strip)
                .toList();
        other.close();
        return labels;
    }

    private String admin(long location, String path) {
        return base() + "/admin/locations/" + location + path;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
