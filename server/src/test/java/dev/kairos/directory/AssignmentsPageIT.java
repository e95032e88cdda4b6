package dev.kairos.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.PageTest;
import dev.kairos.support.Tenant;
import org.junit.jupiter.api.Test;

/**
 * The staff assignments page in a real browser: a member of another location is assigned here for
 * some dates, a refused form keeps what was typed with the reason beside it, an assignment is
 * removed; those who do not manage staff see no link and are refused the page.
 */
class AssignmentsPageIT extends PageTest {

    @Test
    void anAdministratorAssignsAMemberOfAnotherLocationAndRemovesIt() {
        Tenant tenant = fixtures.tenant();
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        long carla = booking.member(tenant.locationB(), "Carla");
        long anna = booking.member(tenant.locationA(), "Anna");
        Page page =
                browser.signedIn(port, tenant.owner().login(), tenant.owner().password());
        page.navigate(url(tenant, "/appointments"));
        page.click("nav.nav a:text('Staff assignments')");
        page.waitForURL("**/assignments");
        assertThat(page.textContent("h1")).contains("Staff assignments");
        assertThat(page.locator("#here .none").count()).isEqualTo(1);

        // Her home location is refused, and the form keeps what was typed.
        page.selectOption("#new-staff", new SelectOption().setValue(String.valueOf(anna)));
        page.fill("#new-start", "2026-05-11");
        page.click("#new-assignment button.add");
        assertThat(page.textContent("#new-location-error")).contains("home location");
        assertThat(page.inputValue("#new-staff")).isEqualTo(String.valueOf(anna));
        assertThat(page.inputValue("#new-start")).isEqualTo("2026-05-11");

        page.selectOption("#new-staff", new SelectOption().setValue(String.valueOf(carla)));
        page.fill("#new-start", "2026-05-11");
        page.fill("#new-end", "2026-05-15");
        page.click("#new-assignment button.add");
        assertThat(page.textContent("#notice")).isEqualTo("Assigned Carla.");
        assertThat(page.textContent("#here tbody"))
                .contains("Carla")
                .contains("Salon B")
                .contains("2026");
        assertThat(fixtures.count("team_member_locations where team_member_id = " + carla))
                .isEqualTo(1);

        page.click("#here tbody tr button.remove");
        assertThat(page.textContent("#notice")).isEqualTo("Removed the assignment of Carla.");
        assertThat(page.locator("#here .none").count()).isEqualTo(1);
        assertThat(fixtures.count("team_member_locations where team_member_id = " + carla))
                .isZero();
    }

    @Test
    void whoManagesStaffHereOnlyCannotRemoveAnAssignmentElsewhere() {
        Tenant tenant = fixtures.tenant();
        long anna = new BookingFixtures(fixtures.db()).member(tenant.locationA(), "Anna");
        long id = fixtures.db()
                .sql("insert into team_member_locations (team_member_id, location_id) values (:m, :l) returning id")
                .param("m", anna)
                .param("l", tenant.locationB())
                .query(Long.class)
                .single();
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(url(tenant, "/assignments"));
        assertThat(page.textContent("#away tbody")).contains("Anna").contains("Salon B");
        assertThat(page.locator("#away button.remove").count()).isZero();

        var refused = page.request()
                .post(
                        url(tenant, "/assignments/" + id + "/delete"),
                        com.microsoft.playwright.options.RequestOptions.create()
                                .setForm(com.microsoft.playwright.options.FormData.create()
                                        .set("_csrf", page.getAttribute("meta[name=_csrf]", "content"))
                                        .set("staff_id", String.valueOf(anna))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(fixtures.count("team_member_locations where id = " + id)).isEqualTo(1);
    }

    @Test
    void aViewerSeesNoLinkAndIsRefusedThePage() {
        Tenant tenant = fixtures.tenant();
        Page page = browser.signedIn(
                port, tenant.viewerA().login(), tenant.viewerA().password());
        page.navigate(url(tenant, "/appointments"));
        assertThat(page.locator("nav.nav a:text('Staff assignments')").count()).isZero();
        var response = page.navigate(url(tenant, "/assignments"));
        assertThat(response.status()).isEqualTo(403);
    }

    private String url(Tenant tenant, String path) {
        return "http://127.0.0.1:" + port + "/admin/locations/" + tenant.locationA() + path;
    }
}
