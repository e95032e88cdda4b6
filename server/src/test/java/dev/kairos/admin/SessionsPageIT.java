package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.booking.BookingFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A session that ended sends the person to sign in and back where they were, never the sign-in form
 * drawn inside the calendar's side panel; an unknown page at a location keeps its navigation.
 */
class SessionsPageIT extends PageIT {

    @Test
    void theCalendarOfAnExpiredSessionSendsToSignInAndBack() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        LocalDate day = BookingFixtures.nextTuesday();
        long id = desk.book(anna, day.atTime(11, 0), "Ada Lovelace", "+49 1512 3456733");
        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        page.navigate(desk.url("/calendar?date=" + day));
        page.waitForSelector(".day-grid .appt[data-id='" + id + "']");

        page.context().clearCookies();
        page.click(".day-grid .appt[data-id='" + id + "']");
        page.waitForURL("**/login?expired**");
        assertThat(page.isVisible("p.notice[role=status]")).isTrue();
        assertThat(page.locator("#panel").count()).isZero();

        page.fill("input[name=username]", desk.tenant.adminA().login());
        page.fill("input[name=password]", desk.tenant.adminA().password());
        page.click("button[type=submit]");
        page.waitForURL("**/calendar?date=" + day);
        assertThat(page.url()).isEqualTo(desk.url("/calendar?date=" + day));
        page.click(".day-grid .appt[data-id='" + id + "']");
        page.waitForSelector("#panel .appointment[data-id='" + id + "']");
        assertThat(page.textContent("#panel h2")).contains("Ada Lovelace");
    }

    @Test
    void htmxRequestsWithoutASessionGetAnHxRedirectWithTheirPage() throws Exception {
        Desk desk = desk();
        String calendar = "/admin/locations/" + desk.location + "/calendar?date=2030-01-08";
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> panel = http.send(
                HttpRequest.newBuilder(URI.create(desk.url("/calendar/appointments/1")))
                        .header("HX-Request", "true")
                        .header("HX-Current-URL", "http://127.0.0.1:" + port + calendar)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(panel.statusCode()).isEqualTo(401);
        assertThat(panel.headers().firstValue("HX-Redirect"))
                .contains("/login?expired&continue="
                        + java.net.URLEncoder.encode(calendar, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(panel.body()).doesNotContain("password");

        HttpResponse<String> move = http.send(
                HttpRequest.newBuilder(URI.create(desk.url("/calendar/appointments/1/status/arrive")))
                        .header("HX-Request", "true")
                        .header("HX-Current-URL", "http://127.0.0.1:" + port + calendar)
                        .header("X-CSRF-TOKEN", "left-over-from-the-old-session")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(move.statusCode()).isEqualTo(401);
        assertThat(move.headers().firstValue("HX-Redirect").orElse("")).startsWith("/login?expired&continue=");

        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(desk.url("/appointments/delete")))
                        .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
                        .header(
                                "Referer",
                                "http://127.0.0.1:" + port + "/admin/locations/" + desk.location + "/appointments")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("ids=1&_csrf=left-over"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElse(""))
                .endsWith("/login?expired&continue=%2Fadmin%2Flocations%2F" + desk.location + "%2Fappointments");

        HttpResponse<String> elsewhere = http.send(
                HttpRequest.newBuilder(URI.create(desk.url("/calendar/appointments/1")))
                        .header("HX-Request", "true")
                        .header("HX-Current-URL", "https://evil.example//phish")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.headers().firstValue("HX-Redirect")).contains("/login?expired");
    }

    @Test
    void aReturnAddressOnAnotherSiteIsIgnored() {
        Desk desk = desk();
        Page page = browser.page();
        page.navigate("http://127.0.0.1:" + port + "/login?continue=https://evil.example/admin");
        page.fill("input[name=username]", desk.tenant.adminA().login());
        page.fill("input[name=password]", desk.tenant.adminA().password());
        page.click("button[type=submit]");
        page.waitForURL("**/admin**");
        assertThat(page.url()).startsWith("http://127.0.0.1:" + port + "/admin");
    }

    @Test
    void unknownPagesAndRefusalsAtALocationKeepItsNavigation() {
        Desk desk = desk();
        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());

        var missing = page.navigate(desk.url("/no-such-page"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(page.textContent("h1")).isEqualTo("Not found");
        assertThat(page.isVisible("nav.nav a[href$='/calendar']")).isTrue();

        var badDate = page.navigate(desk.url("/calendar?date=yesterday"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(page.textContent("nav.nav a.active")).isEqualTo("Calendar");

        var foreign =
                page.navigate("http://127.0.0.1:" + port + "/admin/locations/" + desk.tenant.locationB() + "/calendar");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(page.locator("nav.nav").count()).isZero();

        page.navigate(desk.url("/calendar"));
        page.evaluate("htmx.ajax('GET', '" + desk.url("/calendar/appointments/987654321") + "', '#panel')");
        page.waitForSelector("main h1:text('Not found')");
        assertThat(page.isVisible("nav.nav a[href$='/calendar']")).isTrue();
    }
}
