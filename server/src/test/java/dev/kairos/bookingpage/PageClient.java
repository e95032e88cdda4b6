package dev.kairos.bookingpage;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Walks the booking page's steps as a client would, by the labels they read; on the page itself or in its iframe. */
final class PageClient {

    private final Page page;
    private final Function<String, Locator> find;
    private final int port;
    private final long location;

    private PageClient(Page page, Function<String, Locator> find, int port, long location) {
        this.page = page;
        this.find = find;
        this.port = port;
        this.location = location;
    }

    PageClient(Page page, int port, long location) {
        this(page, page::locator, port, location);
    }

    /** The booking page inside the first iframe of {@code page}. */
    static PageClient inFrame(Page page, int port, long location) {
        return new PageClient(page, page.frameLocator("iframe")::locator, port, location);
    }

    PageClient open() {
        page.navigate("http://127.0.0.1:" + port + "/book/" + location);
        return this;
    }

    PageClient service(String title) {
        find.apply("a.choice:has-text('" + title + "')").click();
        return this;
    }

    PageClient anyone() {
        return member("Any team member");
    }

    PageClient member(String name) {
        find.apply("a.choice:has-text('" + name + "')").click();
        return this;
    }

    PageClient date(LocalDate date) {
        pickDay(date);
        find.apply("a.time").first().waitFor();
        return this;
    }

    /** Goes forward month by month until the day shows, then picks it. */
    void pickDay(LocalDate date) {
        for (int month = 0; month < 3; month++) {
            String title = find.apply("#month-title").textContent();
            if (find.apply("a.day[data-date='" + date + "']").count() > 0) {
                break;
            }
            find.apply("[aria-label='Next month']").click();
            find.apply("#month-title:not(:text-is('" + title + "'))").waitFor();
        }
        find.apply("a.day[data-date='" + date + "']").click();
    }

    PageClient time(String label) {
        find.apply("a.time:text-is('" + label + "')").click();
        find.apply("#fullname").waitFor();
        return this;
    }

    PageClient details(String name, String phone, String email) {
        find.apply("#fullname").fill(name);
        find.apply("#phone").fill(phone);
        find.apply("#email").fill(email);
        return this;
    }

    void submit() {
        find.apply("form.contact button[type=submit]").click();
        page.waitForLoadState();
    }

    /** Waits until the address ends with {@code suffix}. */
    void landsOn(String suffix) {
        page.waitForURL(url -> url.endsWith(suffix), new Page.WaitForURLOptions().setTimeout(10_000));
    }

    /** The free times the page offers on {@code date} for any team member, read in a page of their own. */
    List<String> freeTimes(long service, LocalDate date) {
        Page other = page.context().newPage();
        other.navigate("http://127.0.0.1:" + port + "/book/" + location + "/times?service=" + service + "&staff=0&date="
                + date);
        List<String> labels = other.locator("a.time").allTextContents().stream()
                .map(String::strip)
                .toList();
        other.close();
        return labels;
    }
}
