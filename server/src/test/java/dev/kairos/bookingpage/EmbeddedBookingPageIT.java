package dev.kairos.bookingpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Browser;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The booking page embedded with its script tag on another site (http://localhost:N against
 * Kairos on http://127.0.0.1:M: another origin and another site, so no cookies reach the frame).
 */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedBookingPageIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Browser browser;
    HttpServer site;
    long location;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.launch();
        Tenant tenant = fixtures.tenant();
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        booking.service(location, "Massage", 45, booking.member(location, "Mia"));
        String html = """
                <!DOCTYPE html><html><head><title>Studio Mia</title></head><body>
                <h1>Book with us</h1>
                <script src="http://127.0.0.1:%d/book/%d/embed.js" async></script>
                <p id="after">Thanks for visiting.</p>
                </body></html>
                """.formatted(port, location);
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
    }

    @AfterAll
    void stop() {
        if (site != null) {
            site.stop(0);
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theScriptTagEmbedsAPageThatBooksAndGrowsToItsContent() {
        Page page = browser.page();
        page.navigate("http://localhost:" + site.getAddress().getPort() + "/");
        page.waitForSelector("iframe[title='Book an appointment']");
        FrameLocator frame = page.frameLocator("iframe");
        PageClient.inFrame(page, port, location)
                .service("Massage")
                .anyone()
                .date(BookingFixtures.nextTuesday())
                .time("09:45")
                .details("Frida Frame", "+49 30 4440000", "")
                .submit();
        frame.locator(".banner").waitFor();
        assertThat(frame.locator(".banner").textContent()).contains("You're booked");
        assertThat(fixtures.db()
                        .sql("select source from appointments where location_id = :l")
                        .param("l", location)
                        .query(String.class)
                        .single())
                .isEqualTo("online");

        page.waitForFunction("() => document.querySelector('iframe').getBoundingClientRect().height !== 640");
        double frameHeight = ((Number) page.evaluate("document.querySelector('iframe').getBoundingClientRect().height"))
                .doubleValue();
        double contentHeight =
                ((Number) frame.locator("body").evaluate("b => b.getBoundingClientRect().height")).doubleValue();
        assertThat(frameHeight).isCloseTo(contentHeight, org.assertj.core.data.Offset.offset(2.0));
        assertThat(page.isVisible("#after")).isTrue();
    }
}
