package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import dev.kairos.booking.BookingFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A drag's move while its answer is pending takes no second move, and a move that does not reach the
 * server says so and leaves the appointment where it was: in the day grid and in the week view.
 */
class CalendarMoveGuardIT extends PageIT {

    private static final Pattern MOVE = Pattern.compile(".*/calendar/appointments/\\d+/move$");
    private static final String FAILED =
            "Not moved: the server could not be reached. Check the connection and try again.";

    /** Long enough for a move the page sends to reach the route; none is sent, so nothing is waited for. */
    private static final int A_MOVE_WOULD_HAVE_ARRIVED = 1500;

    @Test
    void theDayGridTakesNoSecondDragWhileAMoveIsPending() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        long boris = desk.booking.member(desk.location, "Boris");
        LocalDate day = BookingFixtures.nextTuesday();
        long id = desk.book(anna, day.atTime(11, 0), "Ada Lovelace", "+49 1512 3456733");
        long other = desk.book(anna, day.atTime(13, 0), "Max Power", "+49 1512 3456722");
        desk.book(boris, day.atTime(15, 0), "Grace Hopper", "+49 1512 3456744");

        Page page = signedIn(desk, "en-US");
        Moves moves = Moves.held(page);
        page.navigate(desk.url("/calendar?date=" + day));
        String appointment = ".day-grid .appt[data-id='" + id + "']";

        page.dragAndDrop(appointment, slot(boris, "14:30"));
        page.waitForCondition(() -> moves.seen.size() == 1);
        page.dragAndDrop(appointment, slot(anna, "16:00"));
        page.dragAndDrop(".day-grid .appt[data-id='" + other + "']", slot(boris, "09:00"));
        page.waitForTimeout(A_MOVE_WOULD_HAVE_ARRIVED);
        assertThat(moves.seen).as("moves sent while the first was pending").hasSize(1);
        assertThat(page.getAttribute(".day-grid", "aria-busy")).isEqualTo("true");
        assertThat(page.getAttribute(".day-grid", "class")).contains("moving");

        moves.release();
        page.waitForSelector("#panel .error");
        assertThat(page.textContent("#panel .error")).contains("another appointment");
        assertThat(page.getAttribute(".day-grid", "aria-busy")).isNull();
        assertThat(page.getAttribute(".day-grid", "class")).doesNotContain("moving");
        assertThat(desk.placeOf(id)).isEqualTo(anna + " " + day + " 11:00");
        assertThat(desk.placeOf(other)).isEqualTo(anna + " " + day + " 13:00");

        Desk.navigates(page, () -> page.dragAndDrop(appointment, slot(anna, "16:00")));
        assertThat(moves.seen).hasSize(2);
        assertThat(desk.placeOf(id)).isEqualTo(anna + " " + day + " 16:00");
    }

    @Test
    void aDayGridMoveThatDoesNotReachTheServerSaysSoAndLeavesTheAppointment() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        LocalDate day = BookingFixtures.nextTuesday();
        long id = desk.book(anna, day.atTime(11, 0), "Ada Lovelace", "+49 1512 3456733");

        Page page = signedIn(desk, "en-US");
        List<Route> seen = Moves.failing(page);
        page.navigate(desk.url("/calendar?date=" + day));
        String appointment = ".day-grid .appt[data-id='" + id + "']";
        String before = page.getAttribute(appointment, "style");

        page.dragAndDrop(appointment, slot(anna, "16:00"));
        page.waitForSelector("#panel .error");
        assertThat(page.textContent("#panel .error")).isEqualTo(FAILED);
        assertThat(seen).hasSize(1);
        assertThat(page.getAttribute(".day-grid", "aria-busy")).as("released").isNull();
        assertThat(page.getAttribute(appointment, "style")).isEqualTo(before);
        assertThat(desk.placeOf(id)).isEqualTo(anna + " " + day + " 11:00");

        page.dragAndDrop(appointment, slot(anna, "17:00"));
        page.waitForCondition(() -> seen.size() == 2);
    }

    @Test
    void theWeekViewTakesNoSecondDropWhileAMoveIsPendingAndPutsARefusedOneBack() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        LocalDate day = BookingFixtures.nextTuesday();
        long id = desk.book(anna, day.atTime(11, 0), "Ada Lovelace", "+49 1512 3456733");
        desk.book(anna, day.atTime(15, 0), "Max Power", "+49 1512 3456722");

        Page page = signedIn(desk, "en-US");
        Moves moves = Moves.held(page);
        Locator ada = week(page, desk, day, anna).locator(".fc-event:has-text('Ada Lovelace')");
        ada.waitFor();
        var at = ada.boundingBox();

        drag(page, ada, day, "15:00:00");
        page.waitForCondition(() -> moves.seen.size() == 1);
        drag(page, ada, day.plusDays(1), "09:00:00");
        page.waitForTimeout(A_MOVE_WOULD_HAVE_ARRIVED);
        assertThat(moves.seen).as("moves sent while the first was pending").hasSize(1);
        assertThat(page.getAttribute("#week", "aria-busy")).isEqualTo("true");
        assertThat(page.getAttribute("#week", "class")).contains("moving");

        moves.release();
        page.waitForSelector("#panel .error");
        assertThat(page.textContent("#panel .error")).contains("another appointment");
        assertThat(page.getAttribute("#week", "aria-busy")).isNull();
        assertThat(ada.textContent()).as("put back").contains("11:00");
        assertThat(ada.boundingBox().y).isEqualTo(at.y);
        assertThat(desk.placeOf(id)).isEqualTo(anna + " " + day + " 11:00");

        Desk.navigates(page, () -> drag(page, ada, day, "09:00:00"));
        assertThat(moves.seen).hasSize(2);
        assertThat(desk.placeOf(id)).isEqualTo(anna + " " + day + " 09:00");
    }

    @Test
    void aWeekViewMoveThatDoesNotReachTheServerSaysSoInThePagesLanguageAndPutsItBack() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        LocalDate day = BookingFixtures.nextTuesday();
        long id = desk.book(anna, day.atTime(11, 0), "Ada Lovelace", "+49 1512 3456733");

        // In German: the words come from the page's bundle, in the page's language.
        Page page = signedIn(desk, "de-DE");
        List<Route> seen = Moves.failing(page);
        Locator ada = week(page, desk, day, anna).locator(".fc-event:has-text('Ada Lovelace')");
        ada.waitFor();
        var at = ada.boundingBox();

        drag(page, ada, day, "16:00:00");
        page.waitForSelector("#panel .error");
        assertThat(page.textContent("#panel .error"))
                .isEqualTo(
                        "Nicht verschoben: Der Server war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.");
        assertThat(seen).hasSize(1);
        assertThat(page.getAttribute("#week", "aria-busy")).as("released").isNull();
        assertThat(ada.textContent()).as("put back").contains("11:00");
        assertThat(ada.boundingBox().y).isEqualTo(at.y);
        assertThat(desk.placeOf(id)).isEqualTo(anna + " " + day + " 11:00");
    }

    /**
     * The location's administrator, signed in from a browser speaking {@code locale} whose window is
     * tall enough to show the day from 08:00 to 18:00: a drag dropped below the window is no drop.
     */
    private Page signedIn(Desk desk, String locale) {
        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password(), locale);
        page.setViewportSize(1366, 1600);
        return page;
    }

    /** Opens the week of {@code day} of the team member; the week view, whose events come a moment later. */
    private static Locator week(Page page, Desk desk, LocalDate day, long member) {
        page.navigate(desk.url("/calendar?view=week&date=" + day + "&staff_id=" + member));
        return page.locator("#week");
    }

    private static String slot(long member, String time) {
        return "button.slot[data-staff-id='" + member + "'][data-time='" + time + "']";
    }

    /**
     * Drags a week view event by the mouse, as FullCalendar wants it (pointer events, not the
     * browser's drag and drop): grabbed near its top, so that it starts in the row it is dropped on.
     */
    private static void drag(Page page, Locator event, LocalDate day, String time) {
        var from = event.boundingBox();
        var column = page.locator("#week td.fc-timegrid-col[data-date='" + day + "']")
                .boundingBox();
        var row = page.locator("#week td.fc-timegrid-slot-lane[data-time='" + time + "']")
                .boundingBox();
        page.mouse().move(from.x + from.width / 2, from.y + 4);
        page.mouse().down();
        page.mouse()
                .move(
                        column.x + column.width / 2,
                        row.y + 4,
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(12));
        page.mouse().up();
    }

    /** The page's moves as the route sees them: held until released, or failing. */
    private static final class Moves {
        final List<Route> seen = new ArrayList<>();
        private boolean holding = true;

        /** The page's moves, each failing as a connection reset by the server does; the list of them. */
        static List<Route> failing(Page page) {
            List<Route> seen = new ArrayList<>();
            page.route(MOVE, route -> {
                seen.add(route);
                route.abort("connectionreset");
            });
            return seen;
        }

        /** The page's moves, held until {@link #release}; after that they go through as they come. */
        static Moves held(Page page) {
            Moves moves = new Moves();
            page.route(MOVE, route -> {
                moves.seen.add(route);
                if (!moves.holding) {
                    route.resume();
                }
            });
            return moves;
        }

        void release() {
            holding = false;
            seen.forEach(Route::resume);
        }
    }
}
