package dev.kairos.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Browser;
import dev.kairos.support.PageTest;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The services page in a real browser: a salon sets up a category and a service with a resource
 * and its team on the pages, and a client books it on the public booking page; a broken rule is
 * shown beside its field with the form kept; the page and its actions are closed to those without
 * the right.
 */
class ServicesPageIT extends PageTest {

    @Autowired
    Services services;

    @Test
    void aServiceMadeOnThePagesIsBookedOnlineAndHoldsItsResource() {
        Tenant tenant = fixtures.tenant();
        long location = tenant.locationA();
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        booking.openEveryDay(location);
        long anna = booking.member(location, "Anna Berg");
        long bea = booking.member(location, "Bea Roth");
        long cleo = booking.member(location, "Cleo Wolf");
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(url(tenant, "/appointments"));

        page.click("nav.nav a:text('Resources')");
        page.fill("#new-resource-title", "Treatment room");
        page.click("#new-resource button.add");
        assertThat(page.textContent("#notice")).isEqualTo("Created “Treatment room”.");

        page.click("nav.nav a:text('Services')");
        page.waitForURL("**/services");
        page.fill("#new-category-title", "Facials");
        page.fill("#new-category-weight", "5");
        page.click("#new-category button.add");
        assertThat(page.textContent("#notice")).isEqualTo("Saved category “Facials”.");

        page.click("#new-service");
        page.fill("#f-title", "Deep facial");
        page.selectOption("#f-category_id", new SelectOption().setLabel("Facials"));
        page.fill("#f-duration", "45");
        page.fill("#f-price_min", "50");
        page.check("#resources label:has-text('Treatment room') input");
        page.check("#f-staff-" + anna);
        page.check("#f-staff-" + bea);
        page.fill("#f-staff-minutes-" + bea, "60");
        page.check("#f-excluded-" + cleo);
        page.click("#save-service");
        assertThat(page.textContent("#notice")).isEqualTo("Created “Deep facial”.");
        assertThat(page.textContent("#services h3")).isEqualTo("Facials");
        assertThat(page.textContent("#services table.services")).contains("Deep facial", "45 min", "50.00");

        Service stored = service(location, "Deep facial");
        assertThat(stored.timing().duration().toMinutes()).isEqualTo(45);
        assertThat(stored.resourceIds()).hasSize(1);
        assertThat(stored.staffIds()).containsExactlyInAnyOrder(anna, bea);
        assertThat(stored.durationFor(bea).orElseThrow().toMinutes()).isEqualTo(60);
        assertThat(stored.excludedStaffIds()).containsExactly(cleo);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browser.screenshots().resolve("services-page.png"))
                .setFullPage(true));

        LocalDate day = BookingFixtures.nextTuesday();
        Page client = browser.page();
        client.navigate("http://127.0.0.1:" + port + "/book/" + location);
        client.click("a.choice:has-text('Deep facial')");
        client.click("a.choice:has-text('Anna Berg')");
        Browser.pickDay(client, day);
        client.locator("a.time").first().waitFor();
        client.click("a.time:text-is('10:00')");
        client.fill("#fullname", "Maria Muster");
        client.fill("#phone", "030 1234567");
        client.click("form.contact button[type=submit]");
        client.waitForURL(u -> u.endsWith("?booked"));

        assertThat(fixtures.count("appointment_resources ar join appointments a on a.id = ar.appointment_id"
                        + " where a.location_id = " + location))
                .as("the booking holds the room")
                .isEqualTo(1);
        assertThat(freeTimes(client, location, stored.id(), bea, day))
                .as("Bea is free at 10:00, but the only room is not")
                .doesNotContain("10:00")
                .contains("12:00");
    }

    @Test
    void aBrokenRuleIsShownBesideItsFieldAndTheFormKeepsWhatWasTyped() {
        Tenant tenant = fixtures.tenant();
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(url(tenant, "/services/new"));
        long before = fixtures.count("services");

        page.fill("#f-title", "Walk-in trim");
        page.fill("#f-duration", "20");
        page.fill("#f-price_min", "cheap");
        page.selectOption("#f-booking_type", "walk_in_only");
        page.uncheck("#f-allow_walk_in");
        page.fill("#f-hours_2", "09:00-12:00, 13:00-18:00");
        page.click("#save-service");

        assertThat(page.textContent("#f-allow_walk_in-error")).contains("walk_in_only needs allow_walk_in");
        assertThat(page.textContent("#f-allow_customer_booking-error")).contains("needs allow_customer_booking false");
        assertThat(page.textContent("#f-price_min-error")).isEqualTo("must be a number");
        assertThat(page.getAttribute("#f-allow_walk_in", "aria-invalid")).isEqualTo("true");
        assertThat(page.inputValue("#f-title")).isEqualTo("Walk-in trim");
        assertThat(page.inputValue("#f-duration")).isEqualTo("20");
        assertThat(page.inputValue("#f-price_min")).isEqualTo("cheap");
        assertThat(page.inputValue("#f-booking_type")).isEqualTo("walk_in_only");
        assertThat(page.inputValue("#f-hours_2")).isEqualTo("09:00-12:00, 13:00-18:00");
        assertThat(page.isChecked("#f-allow_walk_in")).isFalse();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browser.screenshots().resolve("service-form-refused.png"))
                .setFullPage(true));
        assertThat(fixtures.count("services")).as("nothing saved").isEqualTo(before);

        page.fill("#f-price_min", "12");
        page.check("#f-allow_walk_in");
        page.uncheck("#f-allow_customer_booking");
        page.check("#f-allow_queue");
        page.click("#save-service");
        assertThat(page.textContent("#notice")).isEqualTo("Created “Walk-in trim”.");
        Service trim = service(tenant.locationA(), "Walk-in trim");
        assertThat(trim.booking().bookingType()).isEqualTo(BookingType.WALK_IN_ONLY);
        assertThat(trim.booking().allowQueue()).isTrue();
        assertThat(trim.hours().entries()).hasSize(2);

        page.click("a:text('Walk-in trim')");
        assertThat(page.inputValue("#f-hours_2")).isEqualTo("09:00-12:00, 13:00-18:00");
        page.fill("#f-title", "Quick trim");
        page.fill("#f-technical_break_duration", "7");
        page.click("#save-service");
        assertThat(page.textContent("#f-technical_break_duration-error")).contains("multiple of 300 seconds");
        assertThat(page.inputValue("#f-title")).isEqualTo("Quick trim");
        page.fill("#f-technical_break_duration", "10");
        page.uncheck("#f-active");
        page.click("#save-service");
        assertThat(page.textContent("#notice")).isEqualTo("Saved “Quick trim”.");
        assertThat(page.textContent("#service-" + trim.id())).contains("Inactive");

        page.click("a:text('Quick trim')");
        page.onceDialog(dialog -> dialog.accept());
        page.click("#delete-service");
        assertThat(page.textContent("#notice")).isEqualTo("Deleted “Quick trim”.");
        assertThat(page.locator("#service-" + trim.id()).count()).isZero();
    }

    @Test
    void categoriesAreRenamedReorderedAndDeletedUnlessInUse() {
        Tenant tenant = fixtures.tenant();
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(url(tenant, "/services"));
        // Each add is a post and a redirect: wait for the page it leads to, not the one it leaves.
        var titles = page.locator("#categories tbody tr input[name=title]");
        page.fill("#new-category-title", "Hair");
        page.click("#new-category button.add");
        PlaywrightAssertions.assertThat(titles).hasCount(1);
        page.fill("#new-category-title", "Nails");
        page.fill("#new-category-weight", "3");
        page.click("#new-category button.add");
        PlaywrightAssertions.assertThat(titles).hasCount(2);
        assertThat(page.locator("#categories tbody tr input[name=title]").evaluateAll("l => l.map(i => i.value)"))
                .isEqualTo(List.of("Nails", "Hair"));

        page.fill("#categories tbody tr:nth-child(2) input[name=title]", "Hair and beard");
        page.fill("#categories tbody tr:nth-child(2) input[name=weight]", "9");
        page.click("#categories tbody tr:nth-child(2) button.save");
        PlaywrightAssertions.assertThat(page.locator("#notice")).hasText("Saved category “Hair and beard”.");
        assertThat(page.locator("#categories tbody tr input[name=title]").evaluateAll("l => l.map(i => i.value)"))
                .isEqualTo(List.of("Hair and beard", "Nails"));

        page.fill("#categories tbody tr:nth-child(1) input[name=title]", "  ");
        page.click("#categories tbody tr:nth-child(1) button.save");
        PlaywrightAssertions.assertThat(page.locator("#categories .field-error"))
                .hasText("is required");

        page.navigate(url(tenant, "/services/new"));
        page.fill("#f-title", "Beard trim");
        page.selectOption("#f-category_id", new SelectOption().setLabel("Hair and beard"));
        page.click("#save-service");
        page.onceDialog(dialog -> dialog.accept());
        page.click("#categories tbody tr:nth-child(1) button.delete");
        PlaywrightAssertions.assertThat(page.locator("#error")).containsText("used by 1 active service");
        assertThat(page.locator("#categories tbody tr").count()).isEqualTo(2);
        page.onceDialog(dialog -> dialog.accept());
        page.click("#categories tbody tr:nth-child(2) button.delete");
        PlaywrightAssertions.assertThat(page.locator("#notice")).hasText("Deleted category “Nails”.");
        assertThat(page.locator("#categories tbody tr").count()).isEqualTo(1);
    }

    @Test
    void withoutTheRightThereIsNoLinkAndTheServerRefuses() {
        Tenant tenant = fixtures.tenant();
        Page page = browser.signedIn(
                port, tenant.viewerA().login(), tenant.viewerA().password());
        page.navigate(url(tenant, "/appointments"));
        assertThat(page.locator("nav.nav a:text('Services')").count()).isZero();
        assertThat(page.locator("nav.nav a:text('Resources')").count()).isZero();
        String csrf = page.getAttribute("meta[name=_csrf]", "content");
        long services = fixtures.count("services");
        long categories = fixtures.count("service_categories");

        var create = page.request()
                .post(
                        url(tenant, "/services"),
                        RequestOptions.create()
                                .setForm(FormData.create()
                                        .set("_csrf", csrf)
                                        .set("title", "Sneaky")
                                        .set("duration", "30")));
        var category = page.request()
                .post(
                        url(tenant, "/services/categories"),
                        RequestOptions.create()
                                .setForm(FormData.create().set("_csrf", csrf).set("title", "Sneaky")));
        var resource = page.request()
                .post(
                        url(tenant, "/resources"),
                        RequestOptions.create()
                                .setForm(FormData.create().set("_csrf", csrf).set("title", "Sneaky")));

        assertThat(List.of(create.status(), category.status(), resource.status()))
                .containsExactly(403, 403, 403);
        assertThat(page.navigate(url(tenant, "/services")).status()).isEqualTo(403);
        assertThat(page.navigate(url(tenant, "/resources")).status()).isEqualTo(403);
        assertThat(fixtures.count("services")).isEqualTo(services);
        assertThat(fixtures.count("service_categories")).isEqualTo(categories);
        assertThat(fixtures.count("resources where title = 'Sneaky'")).isZero();
    }

    private Service service(long location, String title) {
        long id = fixtures.db()
                .sql("select id from services where location_id = :l and title = :t and not deleted")
                .param("l", location)
                .param("t", title)
                .query(Long.class)
                .single();
        return services.find(location, id).orElseThrow();
    }

    private List<String> freeTimes(Page page, long location, long service, long member, LocalDate day) {
        Page other = page.context().newPage();
        other.navigate("http://127.0.0.1:" + port + "/book/" + location + "/times?service=" + service + "&staff="
                + member + "&date=" + day);
        List<String> labels = other.locator("a.time").allTextContents().stream()
                .map(String::strip)
                .toList();
        other.close();
        return labels;
    }

    private String url(Tenant tenant, String path) {
        return "http://127.0.0.1:" + port + "/admin/locations/" + tenant.locationA() + path;
    }
}
