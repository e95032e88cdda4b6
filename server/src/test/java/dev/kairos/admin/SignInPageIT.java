package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.support.Browser;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff sign in with a session in a real browser and see only the locations they may work at. */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInPageIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Browser browser;
    Tenant tenant;

    @BeforeAll
    void start() {
        browser = Browser.launch();
        tenant = fixtures.tenant();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdministratorSeesTheirLocationOnlyAndSignsOut() {
        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        String a = fixtures.db()
                .sql("select title from locations where id = :id")
                .param("id", tenant.locationA())
                .query(String.class)
                .single();
        String b = fixtures.db()
                .sql("select title from locations where id = :id")
                .param("id", tenant.locationB())
                .query(String.class)
                .single();
        assertThat(page.textContent("ul.locations")).contains(a).doesNotContain(b);
        page.click("text=Sign out");
        page.waitForURL("**/login?signed-out");
        page.navigate("http://127.0.0.1:" + port + "/admin");
        assertThat(page.url()).endsWith("/login");
    }

    @Test
    void aWrongPasswordIsToldAndGetsNoSession() {
        Page page = browser.page();
        page.navigate("http://127.0.0.1:" + port + "/login");
        page.fill("input[name=username]", tenant.adminA().login());
        page.fill("input[name=password]", "not the password");
        page.click("button[type=submit]");
        page.waitForURL("**/login?error");
        assertThat(page.textContent(".error")).contains("Wrong login or password");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "username=" + tenant.adminA().login() + "&password="
                                                + tenant.adminA().password()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }
}
