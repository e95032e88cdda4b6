package dev.kairos.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.support.PageTest;
import dev.kairos.support.Tenant;
import org.junit.jupiter.api.Test;

/** The labels page in a real browser: made, renamed, refused with a reason, deleted; hidden from viewers. */
class LabelsPageIT extends PageTest {

    @Test
    void anAdministratorKeepsTheLocationsLabelsFromTheBrowser() {
        Tenant tenant = fixtures.tenant();
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(url(tenant, "/appointments"));
        page.click("nav.nav a:text('Labels')");
        page.waitForURL("**/labels");
        assertThat(page.textContent("h1")).contains("Labels");

        page.fill("#new-appointment_categories-title", "First visit");
        page.click("#new-appointment_categories button.add");
        assertThat(page.textContent("#notice")).isEqualTo("Created “First visit”.");
        assertThat(page.locator("#appointment_categories tbody tr").count()).isEqualTo(1);

        page.fill("#appointment_categories tbody tr input[name=title]", "Returning");
        page.click("#appointment_categories tbody tr button.save");
        assertThat(page.textContent("#notice")).isEqualTo("Saved “Returning”.");
        assertThat(page.inputValue("#appointment_categories tbody tr input[name=title]"))
                .isEqualTo("Returning");

        page.fill("#new-client_tags-title", "   ");
        page.click("#new-client_tags button.add");
        assertThat(page.textContent("#new-client_tags-title-error")).isEqualTo("is required");
        assertThat(page.locator("#client_tags .none").count())
                .as("nothing made")
                .isEqualTo(1);

        page.fill("#new-client_tags-title", "VIP");
        page.click("#new-client_tags button.add");
        assertThat(page.textContent("#client_tags tbody")).contains("0");
        page.onceDialog(dialog -> dialog.accept());
        page.click("#client_tags tbody tr button.delete");
        assertThat(page.textContent("#notice")).isEqualTo("Deleted “VIP”.");
        assertThat(page.locator("#client_tags .none").count()).isEqualTo(1);
        assertThat(fixtures.count("client_categories where deleted and location_id = " + tenant.locationA()))
                .isEqualTo(1);
    }

    @Test
    void aViewerSeesNoLinkAndIsRefusedThePage() {
        Tenant tenant = fixtures.tenant();
        Page page = browser.signedIn(
                port, tenant.viewerA().login(), tenant.viewerA().password());
        page.navigate(url(tenant, "/appointments"));
        assertThat(page.locator("nav.nav a:text('Labels')").count()).isZero();
        var response = page.navigate(url(tenant, "/labels"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("nav.nav").count())
                .as("the refusal keeps the navigation")
                .isEqualTo(1);
    }

    private String url(Tenant tenant, String path) {
        return "http://127.0.0.1:" + port + "/admin/locations/" + tenant.locationA() + path;
    }
}
