package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The admin pages answer every refusal as a page in their layout, with the navigation and the
 * signed-in person, never as the API's JSON; the booking pages answer with their own page.
 */
class ErrorPagesIT extends PageIT {

    @Test
    void refusalsOnAdminPagesArePagesWithTheNavigation() {
        Desk desk = desk();
        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        String base = "http://127.0.0.1:" + port;

        var missing = page.navigate(base + "/admin/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(page.textContent("h1")).isEqualTo("Not found");
        assertThat(page.textContent("header.bar .who")).contains("Admin");
        assertThat(page.content()).doesNotContain("\"success\"");

        var badDate = page.navigate(desk.url("/calendar?date=yesterday"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(page.textContent("h1")).isEqualTo("Request refused");
        assertThat(page.isVisible("header.bar a.brand")).isTrue();

        var foreign = page.navigate(base + "/admin/locations/" + desk.tenant.locationB() + "/calendar");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(page.textContent("h1")).isEqualTo("No access");
        assertThat(page.textContent("header.bar .who")).contains("Admin");

        var firewall = page.navigate(base + "/admin;jsessionid=x/locations");
        assertThat(firewall.status()).isEqualTo(400);
        assertThat(page.isVisible("header.bar a.brand")).isTrue();
        assertThat(page.content()).doesNotContain("\"success\"");
    }

    @Test
    void aGermanAdminPageSaysARefusedParameterInGerman() {
        Desk desk = desk();
        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password(), "de-DE");

        var badDate = page.navigate(desk.url("/calendar?date=yesterday"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(page.textContent("main")).contains("Der Parameter 'date' hat einen falschen Wert: 'yesterday'");
        assertThat(page.textContent("main")).doesNotContain("has a wrong value");
    }

    @Test
    void refusalsTomcatMakesOnPagesArePagesToo() throws Exception {
        for (String path : new String[] {"/admin/x%2Fy", "/login%00", "/book/1%5C2"}) {
            boolean admin = !path.startsWith("/book");
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith("text/html");
            assertThat(response.body()).contains("<h1>Request refused</h1>").doesNotContain("Apache Tomcat");
            assertThat(response.body().contains("<header class=\"bar\">"))
                    .as(path)
                    .isEqualTo(admin);
        }
    }

    @Test
    void aMissingBookingPageIsTheBookingPagesOwnErrorPage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/book/987654321/nothing/here"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("class=\"book\"").doesNotContain("\"success\"");
    }
}
