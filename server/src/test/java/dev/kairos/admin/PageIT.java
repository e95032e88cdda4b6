package dev.kairos.admin;

import dev.kairos.support.Browser;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A page test: the whole server, a real Chromium for the class, and a fresh {@link Desk} per test. */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Browser browser;

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

    Desk desk() {
        return new Desk(port, fixtures);
    }
}
