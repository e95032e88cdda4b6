package dev.kairos.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A real Chromium for page tests: the system's /usr/bin/chromium (or {@code KAIROS_CHROMIUM}),
 * headless, driven by Playwright for Java; Playwright never downloads a browser of its own.
 * Close it after the test class.
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    /** Launches Chromium; the page test is skipped, saying why, on a machine without one (CI installs it). */
    public static Browser launch() {
        String executable = System.getenv().getOrDefault("KAIROS_CHROMIUM", "/usr/bin/chromium");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.isExecutable(Path.of(executable)),
                "page tests need Chromium at " + executable + " (apt-get install chromium, or set KAIROS_CHROMIUM)");
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(executable))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        return new Browser(playwright, chromium);
    }

    /** A fresh page in its own context (own cookies), sized like a laptop screen, in American English. */
    public Page page() {
        return page("en-US");
    }

    /** A fresh page whose browser speaks {@code locale} (its Accept-Language and its own formats). */
    public Page page(String locale) {
        BrowserContext context = chromium.newContext(new NewContextOptions()
                .setViewportSize(1366, 900)
                .setAcceptDownloads(true)
                .setLocale(locale));
        // CI shares two cores with the server, its database and the browser: give each step time.
        context.setDefaultTimeout(90_000);
        context.setDefaultNavigationTimeout(90_000);
        // Assertions wait too: a page that updates itself (htmx polling every few seconds) may need
        // more than Playwright's default 5 s on a loaded machine before the awaited text shows.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        return context.newPage();
    }

    /** Signs in through the login form and lands on the page after it. */
    public Page signedIn(int port, String login, String password) {
        return signedIn(port, login, password, "en-US");
    }

    /** Signs in from a browser that speaks {@code locale}. */
    public Page signedIn(int port, String login, String password, String locale) {
        Page page = page(locale);
        page.navigate("http://127.0.0.1:" + port + "/login");
        page.fill("input[name=username]", login);
        page.fill("input[name=password]", password);
        page.click("button[type=submit]");
        page.waitForURL("**/admin**");
        return page;
    }

    /**
     * Where page tests put screenshots: {@code target/screenshots}, or the README's
     * {@code docs/screenshots} when run with {@code -Dkairos.screenshots=docs}.
     */
    public static Path screenshots() {
        Path dir = "docs".equals(System.getProperty("kairos.screenshots"))
                ? Path.of("..", "docs", "screenshots")
                : Path.of("target", "screenshots");
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }

    /** On the booking page's month step, turns to the month of {@code date} (up to three ahead) and picks the day. */
    public static void pickDay(Page page, LocalDate date) {
        for (int month = 0;
                month < 3 && page.locator("a.day[data-date='" + date + "']").count() == 0;
                month++) {
            String title = page.textContent("#month-title");
            page.click("[aria-label='Next month']");
            page.locator("#month-title:not(:text-is('" + title + "'))").waitFor();
        }
        page.click("a.day[data-date='" + date + "']");
    }
}
