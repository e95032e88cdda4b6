package dev.kairos.queue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.support.Api;
import dev.kairos.support.Browser;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** A client takes a ticket on their phone and sees it called; the front desk serves it; the board follows. */
@KairosIT
@Import(FloorClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueuePagesIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Browser browser;
    QueueFloor floor;
    String base;

    @BeforeAll
    void start() {
        browser = Browser.launch();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void setUp() {
        floor = new QueueFloor(fixtures, port);
        base = "http://127.0.0.1:" + port;
    }

    @Test
    void aGermanPhoneGetsTheQueueInGermanAndTheDeskFollowsItsLanguage() {
        Page phone = browser.page("de-DE");
        phone.setViewportSize(390, 844);
        phone.navigate(base + "/book/" + floor.location + "/queue");
        assertThat(phone.locator("h1")).hasText("In die Warteschlange einreihen");
        assertThat(phone.locator("#queue-size")).hasText("Gerade wartet niemand.");
        phone.fill("#name", "Maria Weber");
        phone.click("#join");
        phone.waitForURL("**/queue/tickets/**");
        assertThat(phone.locator("#ticket-status")).containsText("Sie sind als Nächstes dran.");

        Page second = browser.page("es-ES");
        second.navigate(base + "/book/" + floor.location + "/queue");
        assertThat(second.locator("#queue-size")).hasText("1 persona espera.");
    }

    @Test
    void aClientJoinsOnAPhoneIsCalledAndServed() {
        Page phone = browser.page();
        phone.setViewportSize(390, 844);
        phone.navigate(base + "/book/" + floor.location + "/queue");
        phone.fill("#name", "Maria Weber");
        phone.fill("#phone", "+49 30 1234567");
        phone.click("#join");
        phone.waitForURL("**/queue/tickets/**");
        assertThat(phone.locator("#ticket-number")).hasText("1");
        assertThat(phone.locator("#ticket-status")).containsText("You are next.");
        phone.screenshot(
                new Page.ScreenshotOptions().setPath(Browser.screenshots().resolve("queue-ticket-phone.png")));

        Api.Response called = floor.callNext(floor.anna);
        assertThat(called.status()).as(called.toString()).isEqualTo(200);
        // No reload: the ticket asks the server again by itself.
        assertThat(phone.locator("#your-turn")).containsText("please go to Anna");

        Page board = browser.page();
        board.navigate(base + "/book/" + floor.location + "/queue/board");
        assertThat(board.locator("#board-called")).containsText("Anna");
        assertThat(board.locator("#board-called li").first()).containsText("1");
        floor.join("Ben Second", null);
        assertThat(board.locator("#board-waiting")).containsText("2");

        Page desk = browser.signedIn(
                port, floor.tenant.adminA().login(), floor.tenant.adminA().password());
        desk.navigate(base + "/admin/locations/" + floor.location + "/queue");
        assertThat(desk.locator("#ticket-1")).containsText("called to Anna");
        desk.locator("#ticket-1 button.serve").click();
        assertThat(desk.locator("#notice")).hasText("Ticket 1 is served.");
        assertThat(desk.locator("#done")).containsText("Maria Weber");

        assertThat(phone.locator("#ticket-status")).containsText("You have been served");
        assertThat(floor.appointments()).isEqualTo(1);
    }

    @Test
    void aClientWhoGivesNoNameIsAskedForItAndMayLeaveTheQueue() {
        Page phone = browser.page();
        phone.setViewportSize(390, 844);
        phone.navigate(base + "/book/" + floor.location + "/queue");
        phone.fill("#phone", "not a phone");
        phone.click("#join");
        assertThat(phone.locator("form")).containsText("Please enter your name.");
        phone.fill("#name", "Maria");
        phone.fill("#phone", "");
        phone.click("#join");
        phone.waitForURL("**/queue/tickets/**");
        phone.click("#leave");
        assertThat(phone.locator("#ticket-status")).containsText("This ticket is cancelled.");
        Api.Response list = floor.desk.get(floor.path(""));
        assertThat(list.data().get(0).get("status").asString()).isEqualTo("cancelled");
        assertThat(list.data().get(0).get("cancelled_by").isNull()).isTrue();
    }

    @Test
    void theDeskAddsAWalkInAndCallsTheNextClient() {
        Page desk = browser.signedIn(
                port, floor.tenant.adminA().login(), floor.tenant.adminA().password());
        desk.navigate(base + "/admin/locations/" + floor.location + "/queue");
        desk.fill("#join-name", "Walk In");
        desk.click("#join");
        assertThat(desk.locator("#notice")).hasText("Ticket 1 for Walk In.");
        desk.selectOption("#call-member", String.valueOf(floor.ben));
        desk.click("#call-next");
        assertThat(desk.locator("#notice")).hasText("Called ticket 1 (Walk In).");
        desk.selectOption("#call-member", String.valueOf(floor.ben));
        desk.click("#call-next");
        assertThat(desk.locator("#error")).containsText("serving ticket 1 already");
    }
}
