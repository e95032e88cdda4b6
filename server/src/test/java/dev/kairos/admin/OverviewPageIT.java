package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.auth.Right;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Overview › Appointments in a real browser: the filters, bulk delete with a refused row, the Info view, and access. */
class OverviewPageIT extends PageIT {

    @Test
    void theFiltersShowExactlyTheAppointmentsThatMatch() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        long boris = desk.booking.member(desk.location, "Boris");
        long haircut = desk.booking.service(desk.location, "Haircut", 60, anna, boris);
        long massage = desk.booking.service(desk.location, "Massage", 60, anna, boris);
        desk.inCategory(massage, desk.category("Body"));
        LocalDate day = BookingFixtures.nextTuesday();
        long janeHaircut = desk.book(anna, day.atTime(10, 0), "Jane Roe", "+49 1512 3456711", haircut);
        long maxMassage = desk.book(boris, day.atTime(10, 0), "Max Power", "+49 1512 3456722", massage);
        long annaBlank = desk.book(anna, day.atTime(12, 0), null, null);
        long janeMassage = desk.book(anna, day.plusDays(1).atTime(9, 0), "Jane Roe", "+49 1512 3456711", massage);
        long cancelled = desk.book(boris, day.atTime(14, 0), "Max Power", "+49 1512 3456722", haircut);
        desk.cancel(cancelled);

        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        page.click("ul.locations a");
        page.waitForURL("**/appointments?deleted=all&start_date=*");
        assertThat(Desk.rows(page))
                .containsExactlyInAnyOrder(janeHaircut, maxMassage, annaBlank, janeMassage, cancelled);
        assertThat(page.locator("tr[data-id='" + cancelled + "']").getAttribute("class"))
                .contains("deleted");
        assertThat(page.textContent("tr[data-id='" + janeHaircut + "'] .by"))
                .isEqualTo("Admin " + desk.tenant.adminA().login().substring(6, 14));
        assertThat(page.textContent("tr[data-id='" + janeHaircut + "'] .source"))
                .isEqualTo("Administrator");
        assertThat(page.textContent("tr[data-id='" + janeHaircut + "'] .paid")).isEqualTo("Not paid");

        page.check("#team-filter input[value='" + anna + "']");
        page.selectOption("select[name=deleted]", "exclude");
        page.fill("input[name=start_date]", day.toString());
        page.fill("input[name=end_date]", day.toString());
        Desk.navigates(page, () -> page.click("button.show"));
        assertThat(Desk.rows(page)).containsExactlyInAnyOrder(janeHaircut, annaBlank);

        page.fill("input[name=start_date]", "");
        page.fill("input[name=end_date]", "");
        page.fill("input[name=client_query]", "3456711");
        Desk.navigates(page, () -> page.click("button.show"));
        assertThat(Desk.rows(page)).containsExactlyInAnyOrder(janeHaircut, janeMassage);

        page.selectOption(
                "select[name=service_category_id]",
                page.locator("select[name=service_category_id] option", new Page.LocatorOptions().setHasText("Body"))
                        .getAttribute("value"));
        Desk.navigates(page, () -> page.click("button.show"));
        assertThat(Desk.rows(page)).containsExactly(janeMassage);

        page.navigate(desk.url("/appointments?deleted=only"));
        assertThat(Desk.rows(page)).containsExactly(cancelled);
        page.navigate(desk.url("/appointments?deleted=all&services=without"));
        assertThat(Desk.rows(page)).containsExactly(annaBlank);
        assertThat(page.getAttribute("a.export", "href")).endsWith("/exports?deleted=all&services=without");
    }

    @Test
    void aBulkDeleteDeletesWhatItMayAndOffersNoCheckboxForWhatItMayNot() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        LocalDate day = BookingFixtures.nextTuesday();
        long first = desk.book(anna, day.atTime(9, 0), "Ada", "+49 1512 3456733");
        long paid = desk.book(anna, day.atTime(10, 0), "Ben", "+49 1512 3456744");
        long third = desk.book(anna, day.atTime(11, 0), "Cleo", "+49 1512 3456755");
        desk.pay(paid, 10);
        Tenant.Login clerk =
                fixtures.user(desk.tenant, desk.location, Right.VIEW_RECORDS, Right.EDIT_RECORDS, Right.DELETE_RECORDS);

        Page page = browser.signedIn(port, clerk.login(), clerk.password());
        page.navigate(desk.url("/appointments"));
        assertThat(page.isDisabled("#delete-selected")).isTrue();
        page.check("tr[data-id='" + first + "'] input[name=ids]");
        assertThat(page.isDisabled("#delete-selected")).isFalse();
        page.uncheck("tr[data-id='" + first + "'] input[name=ids]");
        assertThat(page.isDisabled("#delete-selected")).isTrue();
        page.check("#select-all");
        page.onDialog(dialog -> dialog.accept());
        page.click("#delete-selected");
        page.waitForSelector(".deleted-notice");
        // The message names each deleted appointment by its client and time, not by its id.
        assertThat(page.textContent(".deleted-notice"))
                .contains("Ada, ")
                .contains("Cleo, ")
                .contains(
                        day.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH))
                                + " 09:00")
                .doesNotContain("#" + first);

        // Without the right to delete paid appointments the paid one offers no checkbox; the
        // server's own refusal of it is LifecycleIT's.
        assertThat(page.locator("tr[data-id='" + paid + "'] input[name=ids]").count())
                .isZero();
        assertThat(page.locator("tr.deleted").all().stream()
                        .map(r -> Long.parseLong(r.getAttribute("data-id")))
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(first, third);
        assertThat(page.locator("tr[data-id='" + paid + "'].deleted").count()).isZero();
        assertThat(desk.status(first)).isEqualTo("cancelled");
        assertThat(desk.status(paid)).isEqualTo("confirmed");
        assertThat(desk.status(third)).isEqualTo("cancelled");

        page.click("tr[data-id='" + first + "'] .info-button");
        page.waitForSelector("#info .panel");
        assertThat(page.textContent("#info .panel")).contains("Cancelled by").contains("Ada");
        assertThat(page.textContent("#info .badge")).isEqualTo("Cancelled");
        assertThat(page.textContent("tr[data-id='" + first + "'] .badge")).isEqualTo("Cancelled");
        assertThat(page.textContent("#info .cancelled-by")).startsWith("User ");
    }

    @Test
    void anotherLocationsPagesAndFeedsAreRefusedWithAFriendlyPage() throws Exception {
        Desk desk = desk();
        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        String other = "http://127.0.0.1:" + port + "/admin/locations/" + desk.tenant.locationB();
        for (String path : new String[] {
            "/appointments?deleted=all",
            "/calendar",
            "/calendar/events?start=2030-01-01&end=2030-01-08",
            "/calendar/new?start=2030-01-01T10:00",
            "/appointments/1"
        }) {
            var response = page.navigate(other + path);
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(page.textContent("h1")).as(path).isEqualTo("No access");
        }

        long anna = desk.booking.member(desk.location, "Anna");
        long id = desk.book(anna, BookingFixtures.nextTuesday().atTime(9, 0), "Ada", "+49 1512 3456733");
        page.navigate(desk.url("/appointments"));
        String session = page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> noToken = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(desk.url("/appointments/delete")))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Cookie", "JSESSIONID=" + session)
                                .POST(HttpRequest.BodyPublishers.ofString("ids=" + id))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(desk.status(id)).isEqualTo("confirmed");
        HttpResponse<String> signedOut = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(desk.url("/appointments?deleted=all")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
