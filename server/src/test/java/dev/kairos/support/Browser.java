package dev.kairos.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

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

    /** How many of the last answers a page got a failed {@link #navigates} names. */
    private static final int ANSWERS_TOLD = 8;

    /** How much of the page's visible text a failed {@link #navigates} quotes. */
    private static final int TEXT_TOLD = 1500;

    /**
     * The page has been replaced and has loaded, and so has what it loads of itself: no htmx request
     * is in flight or being swapped in (the calendar's open appointment arrives after the page).
     */
    private static final String SETTLED = "!window.kairosOldPage && document.readyState === 'complete'"
            + " && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')";

    /**
     * Runs {@code action} and waits until the page it leads to has loaded (a form post, an htmx
     * HX-Redirect) and settled: what it loads by htmx on load is in place, so that the layout no
     * longer moves under the next click or drag. When it does not get there, fails saying where the
     * page is, what it shows and the last answers it got.
     */
    public static void navigates(Page page, Runnable action) {
        Deque<String> answers = new ArrayDeque<>();
        Consumer<Response> heard = response -> {
            answers.addLast(response.status() + " " + response.request().method() + " " + response.url());
            if (answers.size() > ANSWERS_TOLD) {
                answers.removeFirst();
            }
        };
        page.onResponse(heard);
        try {
            // A marker on the old document tells it from the new one, even when both have the same URL.
            page.evaluate("window.kairosOldPage = true");
            action.run();
            page.waitForFunction(SETTLED);
        } catch (PlaywrightException e) {
            throw new AssertionError(stuck(page, answers, e), e);
        } finally {
            page.offResponse(heard);
        }
    }

    /** Where the page got stuck, what it shows and what it was answered, for a failed {@link #navigates}. */
    private static String stuck(Page page, Deque<String> answers, PlaywrightException cause) {
        StringBuilder told = new StringBuilder("The page did not load and settle after the action");
        try {
            told.append(": ").append(page.url());
            List<?> state = (List<?>) page.evaluate("() => [window.kairosOldPage === true, document.readyState,"
                    + " Array.from(document.querySelectorAll('.htmx-request')).map(e => e.id || e.tagName.toLowerCase()).join(', '),"
                    + " document.body ? document.body.innerText : '']");
            told.append(
                    Boolean.TRUE.equals(state.get(0))
                            ? "\n  still the page before the action: nothing navigated"
                            : "\n  a new page, " + state.get(1));
            if (!String.valueOf(state.get(2)).isEmpty()) {
                told.append("\n  htmx requests in flight from: ").append(state.get(2));
            }
            String text = String.valueOf(state.get(3)).replaceAll("\\s+", " ").strip();
            told.append("\n  shows: ").append(text.length() > TEXT_TOLD ? text.substring(0, TEXT_TOLD) + "…" : text);
        } catch (PlaywrightException gone) {
            told.append("\n  the page cannot be read: ").append(firstLine(gone));
        }
        told.append("\n  last answers (status, method, URL):");
        if (answers.isEmpty()) {
            told.append(" none");
        }
        answers.forEach(answer -> told.append("\n    ").append(answer));
        return told.append("\n  waiting ended with: ").append(firstLine(cause)).toString();
    }

    /** The first line of Playwright's message that says something ("Error {" says nothing). */
    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.equals("Error {"))
                .findFirst()
                .orElse(message);
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
