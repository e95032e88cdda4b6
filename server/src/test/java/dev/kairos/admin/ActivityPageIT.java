package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.auth.Right;
import dev.kairos.support.Tenant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Overview › Activity logs in a real browser: who did what, filtered by user, kind of action and
 * dates, a page at a time, and each user's own export files only.
 */
class ActivityPageIT extends PageIT {

    private long entry(Desk desk, long userId, String action, String entity, long entityId, String at) {
        return fixtures.db()
                .sql("""
                        insert into activity_log (location_id, user_id, action, entity, entity_id, details, at)
                        values (:l, :u, :a, :e, :id, '{"rows": 3}', :at) returning id
                        """)
                .param("l", desk.location)
                .param("u", userId)
                .param("a", action)
                .param("e", entity)
                .param("id", entityId)
                .param("at", OffsetDateTime.parse(at))
                .query(Long.class)
                .single();
    }

    private long file(Desk desk, long owner, String name) {
        return fixtures.db()
                .sql("""
                        insert into export_files (location_id, owner_user_id, file_name, row_count, bytes)
                        values (:l, :o, :n, 3, '\\x00'::bytea) returning id
                        """)
                .param("l", desk.location)
                .param("o", owner)
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private static List<Long> shown(Page page) {
        return page.locator("#activity-entries tbody tr[data-id]").all().stream()
                .map(r -> Long.parseLong(r.getAttribute("data-id")))
                .toList();
    }

    @Test
    void theLogIsFilteredByUserKindAndDatesNewestFirst() {
        Desk desk = desk();
        Tenant.Login clerk = fixtures.user(desk.tenant, desk.location, Right.VIEW_RECORDS, Right.EXPORT);
        long admin = desk.tenant.adminA().userId();
        long exported = entry(desk, admin, "exported", "export_file", 1, "2030-03-02T10:00:00Z");
        long imported = entry(desk, clerk.userId(), "imported", "appointment_import", 2, "2030-03-03T10:00:00Z");
        long deleted = entry(desk, clerk.userId(), "deleted", "appointment", 3, "2030-03-04T10:00:00Z");
        long changed = entry(desk, admin, "status_changed", "appointment", 4, "2030-03-06T10:00:00Z");

        Page page = browser.signedIn(
                port, desk.tenant.owner().login(), desk.tenant.owner().password());
        page.navigate(desk.url("/appointments"));
        Desk.navigates(page, () -> page.click("nav.nav a[href$='/activity']"));
        assertThat(page.textContent("h1")).isEqualTo("Activity log");
        assertThat(page.textContent("nav.nav a.active")).isEqualTo("Activity log");
        assertThat(shown(page)).containsExactly(changed, deleted, imported, exported);
        assertThat(page.textContent("tr[data-id='" + exported + "'] .action")).isEqualTo("exported");
        assertThat(page.textContent("tr[data-id='" + exported + "'] .what")).isEqualTo("Export file #1");
        assertThat(page.textContent("tr[data-id='" + exported + "'] .details")).isEqualTo("rows: 3");

        page.selectOption("select[name=user]", String.valueOf(clerk.userId()));
        Desk.navigates(page, () -> page.click("button.show"));
        assertThat(shown(page)).containsExactly(deleted, imported);
        assertThat(page.textContent("tr[data-id='" + deleted + "'] .who")).startsWith("User ");

        page.selectOption("select[name=user]", "");
        page.selectOption("select[name=kind]", "deleted");
        Desk.navigates(page, () -> page.click("button.show"));
        assertThat(shown(page)).containsExactly(deleted);

        page.selectOption("select[name=kind]", "");
        page.fill("input[name=from]", "2030-03-03");
        page.fill("input[name=to]", "2030-03-04");
        Desk.navigates(page, () -> page.click("button.show"));
        assertThat(shown(page)).containsExactly(deleted, imported);

        page.navigate(desk.url("/activity?from=2030-03-05&to=2030-03-01&kind=changed"));
        assertThat(page.textContent(".field-error")).contains("before the start date");
        assertThat(shown(page)).containsExactly(changed);
    }

    @Test
    void theLogIsPaginated() {
        Desk desk = desk();
        long admin = desk.tenant.adminA().userId();
        for (int i = 0; i < 60; i++) {
            entry(desk, admin, "updated", "appointment", i, "2030-03-02T10:00:00Z");
        }
        Page page = browser.signedIn(
                port, desk.tenant.owner().login(), desk.tenant.owner().password());
        page.navigate(desk.url("/activity"));
        assertThat(page.textContent(".total")).isEqualTo("60 entries");
        assertThat(shown(page)).hasSize(50);
        Desk.navigates(page, () -> page.click("nav.pages a:text-is('2')"));
        assertThat(shown(page)).hasSize(10);
        assertThat(page.textContent("nav.pages a[aria-current=page]")).isEqualTo("2");
    }

    @Test
    void eachUserSeesAndDownloadsTheirOwnExportsOnly() {
        Desk desk = desk();
        Tenant.Login clerk = fixtures.user(desk.tenant, desk.location, Right.VIEW_RECORDS, Right.EXPORT);
        long mine = file(desk, clerk.userId(), "appointments-clerk.xlsx");
        long theirs = file(desk, desk.tenant.adminA().userId(), "appointments-admin.xlsx");
        entry(desk, desk.tenant.adminA().userId(), "exported", "export_file", theirs, "2030-03-02T10:00:00Z");

        Page page = browser.signedIn(port, clerk.login(), clerk.password());
        page.navigate(desk.url("/activity"));
        assertThat(page.textContent("#files"))
                .contains("appointments-clerk.xlsx")
                .doesNotContain("appointments-admin.xlsx");
        assertThat(page.getAttribute("#files a", "href")).endsWith("/admin/exports/" + mine);
        // Without the right to view the log, the page shows the user's files and no one's activity.
        assertThat(page.locator("#activity-entries").count()).isZero();
        assertThat(page.navigate("http://127.0.0.1:" + port + "/admin/exports/" + theirs)
                        .status())
                .isEqualTo(404);

        Page admin = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        admin.navigate(desk.url("/activity"));
        assertThat(admin.textContent("#files"))
                .contains("appointments-admin.xlsx")
                .doesNotContain("appointments-clerk.xlsx");

        Page viewer = browser.signedIn(
                port, desk.tenant.viewerA().login(), desk.tenant.viewerA().password());
        assertThat(viewer.navigate(desk.url("/activity")).status()).isEqualTo(403);
    }
}
