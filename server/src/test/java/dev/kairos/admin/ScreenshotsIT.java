package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Browser;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The README's screenshots of the Overview and the calendar, over a day of demo-like data. They go
 * to {@code target/screenshots}, or to {@code docs/screenshots} with {@code -Dkairos.screenshots=docs}.
 */
class ScreenshotsIT extends PageIT {

    @Test
    void overviewAndCalendar() throws Exception {
        Desk desk = desk();
        fixtures.db()
                .sql("update locations set title = 'Studio Mitte' where id = :id")
                .param("id", desk.location)
                .update();
        long anna = desk.booking.member(desk.location, "Anna Berger");
        long boris = desk.booking.member(desk.location, "Boris Klein");
        long clara = desk.booking.member(desk.location, "Clara Wolf");
        long david = desk.booking.member(desk.location, "David Roth");
        long hair = desk.category("Hair");
        long haircut = desk.booking.service(desk.location, "Haircut", 45, anna, boris, clara, david);
        long colour = desk.booking.service(desk.location, "Colour", 90, anna, clara);
        long beard = desk.booking.service(desk.location, "Beard trim", 30, boris, david);
        long manicure = desk.booking.service(desk.location, "Manicure", 60, clara);
        desk.inCategory(haircut, hair);
        desk.inCategory(colour, hair);
        LocalDate day = BookingFixtures.nextTuesday();
        long lena = desk.book(anna, day.atTime(9, 0), "Lena Fischer", "+49 1512 3450001", haircut);
        desk.book(anna, day.atTime(10, 0), "Mia Schulz", "+49 1512 3450002", colour);
        long jonas = desk.book(anna, day.atTime(14, 30), "Jonas Weber", "+49 1512 3450003", haircut);
        desk.book(boris, day.atTime(9, 30), "Paul Wagner", "+49 1512 3450004", beard);
        long felix = desk.book(boris, day.atTime(11, 0), "Felix Becker", "+49 1512 3450005", haircut, beard);
        desk.book(boris, day.atTime(15, 0), "Noah Hoffmann", "+49 1512 3450006", haircut);
        desk.book(clara, day.atTime(9, 0), "Emma Koch", "+49 1512 3450007", manicure);
        long sofia = desk.book(clara, day.atTime(12, 0), "Sofia Richter", "+49 1512 3450008", colour);
        desk.book(clara, day.atTime(16, 0), "Hannah Klein", "+49 1512 3450009", manicure);
        desk.book(david, day.atTime(10, 30), "Leon Wolf", "+49 1512 3450010", haircut);
        long ben = desk.book(david, day.atTime(13, 0), "Ben Schröder", "+49 1512 3450011", beard);
        desk.book(anna, day.plusDays(1).atTime(11, 0), "Lena Fischer", "+49 1512 3450001", colour);
        desk.book(anna, day.plusDays(2).atTime(10, 0), "Marie Neumann", "+49 1512 3450012", haircut);
        desk.book(anna, day.plusDays(3).atTime(15, 0), "Mia Schulz", "+49 1512 3450002", haircut);
        fixtures.db()
                .sql("update appointments set status = 'arrived' where id in (:a, :b)")
                .param("a", lena)
                .param("b", felix)
                .update();
        fixtures.db()
                .sql(
                        "update appointments set status = 'requested', online = true, source = 'online', created_user_id = null where id = :id")
                .param("id", jonas)
                .update();
        fixtures.db()
                .sql("update appointments set online = true, source = 'online', created_user_id = null where id = :id")
                .param("id", sofia)
                .update();
        desk.pay(lena, 50);
        desk.pay(felix, 100);
        desk.cancel(ben);

        Path dir = Browser.screenshots();
        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        page.navigate(desk.url("/appointments?deleted=all&start_date=" + day + "&end_date=" + day.plusDays(3)));
        assertThat(Desk.rows(page)).hasSize(14);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(dir.resolve("overview.png"))
                .setFullPage(true));

        page.navigate(desk.url("/calendar?date=" + day + "&open=" + felix));
        page.waitForSelector("#panel .appointment");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(dir.resolve("calendar-day.png"))
                .setFullPage(true));

        page.navigate(desk.url("/calendar?view=week&date=" + day + "&staff_id=" + anna));
        page.waitForSelector("#week .fc-event");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(dir.resolve("calendar-week.png"))
                .setFullPage(true));
        assertThat(dir.resolve("calendar-week.png")).exists();
    }
}
