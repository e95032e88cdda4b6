package dev.kairos.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.kairos.support.PageTest;
import dev.kairos.support.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resources page in a real browser: resources and their instances made, renamed, refused with a reason, deleted. */
class ResourcesPageIT extends PageTest {

    @Test
    void anAdministratorKeepsResourcesAndTheirInstancesFromTheBrowser() {
        Tenant tenant = fixtures.tenant();
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(url(tenant, "/appointments"));
        page.click("nav.nav a:text('Resources')");
        page.waitForURL("**/resources");
        assertThat(page.textContent("h1")).contains("Resources");

        page.fill("#new-resource-title", "   ");
        page.fill("#new-resource-description", "By the window");
        page.click("#new-resource button.add");
        assertThat(page.textContent("#new-resource-title-error")).isEqualTo("is required");
        assertThat(page.inputValue("#new-resource-description")).isEqualTo("By the window");

        page.fill("#new-resource-title", "Room");
        page.click("#new-resource button.add");
        PlaywrightAssertions.assertThat(page.locator("#notice")).hasText("Created “Room”.");
        assertThat(instances(page, 1)).containsExactly("Room");

        page.fill("section.resource form.new-instance input[name=title]", "Room 2");
        page.click("section.resource button.add-instance");
        assertThat(instances(page, 2)).containsExactly("Room", "Room 2");

        page.fill("section.resource li:nth-child(1) input[name=title]", "Room 1");
        page.click("section.resource li:nth-child(1) button.rename");
        assertThat(instances(page, 2)).containsExactly("Room 1", "Room 2");

        page.fill("section.resource li:nth-child(2) input[name=title]", " ");
        page.click("section.resource li:nth-child(2) button.rename");
        assertThat(page.textContent("section.resource li:nth-child(2) .error")).isEqualTo("is required");
        assertThat(page.inputValue("section.resource li:nth-child(1) input[name=title]"))
                .isEqualTo("Room 1");

        page.navigate(url(tenant, "/resources"));
        page.onceDialog(dialog -> dialog.accept());
        page.click("section.resource li:nth-child(2) button.delete-instance");
        assertThat(instances(page, 1)).containsExactly("Room 1");

        page.fill("section.resource input[name=title] >> nth=0", "Treatment room");
        page.fill("section.resource input[name=description]", "Upstairs");
        page.click("section.resource button.save");
        PlaywrightAssertions.assertThat(page.locator("#notice")).hasText("Saved “Treatment room”.");
        assertThat(page.textContent("section.resource h2")).isEqualTo("Treatment room");
        assertThat(page.inputValue("section.resource input[name=description]")).isEqualTo("Upstairs");

        page.onceDialog(dialog -> dialog.accept());
        page.click("section.resource button.delete");
        PlaywrightAssertions.assertThat(page.locator("#notice")).hasText("Deleted “Treatment room”.");
        assertThat(page.locator("section.resource").count()).isZero();
        assertThat(fixtures.count("activity_log where entity in ('resource', 'resource_instance') and location_id = "
                        + tenant.locationA()))
                .isEqualTo(6);
    }

    /** The instances' titles, once the page shows {@code count} of them (a form's post reloads the page). */
    private static List<String> instances(Page page, int count) {
        var titles = page.locator("section.resource li input[name=title]");
        PlaywrightAssertions.assertThat(titles).hasCount(count);
        return titles.all().stream().map(input -> input.inputValue()).toList();
    }

    private String url(Tenant tenant, String path) {
        return "http://127.0.0.1:" + port + "/admin/locations/" + tenant.locationA() + path;
    }
}
