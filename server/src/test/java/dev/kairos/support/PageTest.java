package dev.kairos.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A page test: the whole server and a real Chromium, launched once for the class and closed after it. */
@KairosIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PageTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Fixtures fixtures;

    protected Browser browser;

    @BeforeAll
    protected void launchBrowser() {
        browser = Browser.launch();
    }

    @AfterAll
    protected void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
