package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import dev.kairos.booking.BookingFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The calendar in a real browser: book in a free slot, open, move by form and by drag, a refused move, status changes. */
class CalendarPageIT extends PageIT {

    @Test
    void bookInAFreeSlotThenMoveItAndARefusedMoveLeavesItWhereItWas() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        long boris = desk.booking.member(desk.location, "Boris");
        long haircut = desk.booking.service(desk.location, "Haircut", 45, anna, boris);
        LocalDate day = BookingFixtures.nextTuesday();
        long taken = desk.book(boris, day.atTime(15, 0), "Max Power", "+49 1512 3456722", haircut);

        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        page.navigate(desk.url("/appointments"));
        page.click("nav.nav >> text=Calendar");
        page.waitForURL("**/calendar");
        page.navigate(desk.url("/calendar?date=" + day));
        assertThat(page.textContent(".day-grid .member-head[data-staff-id='" + anna + "']"))
                .isEqualTo("Anna");
        assertThat(page.locator(".day-grid .appt[data-id='" + taken + "']").getAttribute("style"))
                .contains("grid-column: 3");

        page.click("button.slot[data-staff-id='" + anna + "'][data-time='10:00']");
        page.waitForSelector("#panel .new-appointment");
        page.check("#panel input[name=service_id][value='" + haircut + "']");
        page.fill("#panel input[name=client_phone]", "+49 1512 3456777");
        page.fill("#panel input[name=client_name]", "Nora Quist");
        Desk.navigates(page, () -> page.click("#panel button.save"));
        long created = Long.parseLong(page.url().replaceAll(".*open=(\\d+).*", "$1"));
        assertThat(desk.placeOf(created)).isEqualTo(anna + " " + day + " 10:00");
        page.waitForSelector("#panel .appointment[data-id='" + created + "']");
        assertThat(page.textContent("#panel .when"))
                .isEqualTo(
                        day.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH))
                                + " 10:00–10:45");
        assertThat(page.getAttribute(".day-grid .appt[data-id='" + created + "']", "class"))
                .contains("selected");

        page.fill("#panel form.move input[name=time]", "15:15");
        page.selectOption("#panel form.move select[name=staff_id]", String.valueOf(boris));
        page.click("#panel form.move button.save");
        page.waitForSelector("#panel .error");
        assertThat(page.textContent("#panel .error"))
                .isEqualTo("Not moved: The team member has another appointment at this time");
        assertThat(desk.placeOf(created)).isEqualTo(anna + " " + day + " 10:00");

        page.fill("#panel form.move input[name=time]", "13:30");
        page.selectOption("#panel form.move select[name=staff_id]", String.valueOf(boris));
        Desk.navigates(page, () -> page.click("#panel form.move button.save"));
        assertThat(desk.placeOf(created)).isEqualTo(boris + " " + day + " 13:30");
        assertThat(page.locator(".day-grid .appt[data-id='" + created + "']").getAttribute("style"))
                .contains("grid-column: 3");

        Desk.navigates(
                page,
                () -> page.dragAndDrop(
                        ".day-grid .appt[data-id='" + created + "']",
                        "button.slot[data-staff-id='" + anna + "'][data-time='16:00']"));
        page.waitForSelector("#panel .appointment[data-id='" + created + "']");
        assertThat(desk.placeOf(created)).isEqualTo(anna + " " + day + " 16:00");

        page.dragAndDrop(
                ".day-grid .appt[data-id='" + created + "']",
                "button.slot[data-staff-id='" + boris + "'][data-time='14:45']");
        page.waitForSelector("#panel .error");
        assertThat(page.textContent("#panel .error")).contains("another appointment");
        assertThat(desk.placeOf(created)).isEqualTo(anna + " " + day + " 16:00");
    }

    /**
     * After a save the calendar opens again on the appointment and its panel arrives a moment later:
     * the grid must not shrink then, or a drag begun meanwhile grabs the panel instead of the
     * appointment (it was begun where the appointment was).
     */
    @Test
    void theGridKeepsItsPlaceWhileTheOpenedAppointmentArrives() {
        Desk desk = desk();
        desk.booking.member(desk.location, "Anna");
        long boris = desk.booking.member(desk.location, "Boris");
        LocalDate day = BookingFixtures.nextTuesday();
        long id = desk.book(boris, day.atTime(13, 30), "Ada Lovelace", "+49 1512 3456733");

        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        // The panel's request is held until the grid has been measured without it.
        List<Route> held = new ArrayList<>();
        Pattern panel = Pattern.compile(".*/calendar/appointments/" + id + "\\?.*");
        page.route(panel, held::add);
        page.navigate(desk.url("/calendar?date=" + day + "&open=" + id));
        page.waitForCondition(() -> !held.isEmpty());
        String appointment = ".day-grid .appt[data-id='" + id + "']";
        var before = page.locator(appointment).boundingBox();
        held.forEach(Route::resume);
        page.waitForSelector("#panel .appointment[data-id='" + id + "']");
        var after = page.locator(appointment).boundingBox();
        // Where a drag begun before the panel arrived presses the mouse: still on the appointment.
        assertThat(before.x + before.width / 2).as("across").isBetween(after.x, after.x + after.width);
        assertThat(before.y + before.height / 2).as("down").isBetween(after.y, after.y + after.height);
    }

    /** A drag whose request is refused (here: the appointment is gone) shows the refusal's page, not that page in the panel. */
    @Test
    void aDragOfAnAppointmentThatIsGoneShowsTheNotFoundPage() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        LocalDate day = BookingFixtures.nextTuesday();
        long id = desk.book(anna, day.atTime(11, 0), "Ada Lovelace", "+49 1512 3456733");

        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        page.navigate(desk.url("/calendar?date=" + day));
        // As if it had been deleted for good since the page was drawn: the move names one that is not there.
        page.evaluate("document.querySelector(\".day-grid .appt[data-id='" + id + "']\").dataset.id = '987654321'");
        page.dragAndDrop(
                ".day-grid .appt[data-id='987654321']", "button.slot[data-staff-id='" + anna + "'][data-time='15:00']");
        page.waitForSelector("main h1:text('Not found')");
        assertThat(page.locator("#panel").count())
                .as("the whole page, not inside the panel")
                .isZero();
        assertThat(page.isVisible("nav.nav a[href$='/calendar']")).isTrue();
        assertThat(desk.placeOf(id)).isEqualTo(anna + " " + day + " 11:00");
    }

    @Test
    void theDayShadesTimeOffShowsRoomBookingsAndRefusesABlankForm() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        long boris = desk.booking.member(desk.location, "Boris");
        long haircut = desk.booking.service(desk.location, "Haircut", 45, anna, boris);
        long sauna = desk.booking.service(desk.location, "Sauna", 60, java.util.Map.of("requires_staff", false));
        long cleo = desk.booking.member(desk.location, "Cleo");
        long colour = desk.booking.service(desk.location, "Colour", 60, anna);
        LocalDate day = BookingFixtures.nextTuesday();
        desk.fixtures
                .db()
                .sql(
                        "insert into team_member_schedule_days (team_member_id, location_id, day, is_working) values (:m, :l, :d, false)")
                .param("m", boris)
                .param("l", desk.location)
                .param("d", day)
                .update();
        long room = desk.book(0, day.atTime(12, 0), "Ida Meyer", "+49 1512 3456788", sauna);
        long dyed = desk.book(anna, day.atTime(14, 0), "Max Power", "+49 1512 3456789", colour);

        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        page.navigate(desk.url("/calendar?date=" + day));
        assertThat(page.textContent("#zone")).startsWith("Times in ").contains("/");
        String anna10 = "button.slot[data-staff-id='" + anna + "'][data-time='10:00']";
        assertThat(page.getAttribute(anna10, "class")).doesNotContain("off");
        assertThat(page.getAttribute("button.slot[data-staff-id='" + anna + "'][data-time='08:00']", "class"))
                .as("before her hours and before opening")
                .contains("off");
        assertThat(page.getAttribute("button.slot[data-staff-id='" + anna + "'][data-time='18:00']", "class"))
                .as("after her hours")
                .contains("off");
        assertThat(page.getAttribute("button.slot[data-staff-id='" + boris + "'][data-time='10:00']", "class"))
                .as("his day off")
                .contains("off");
        assertThat(page.textContent(".member-head[data-staff-id='" + boris + "'] .day-off"))
                .isEqualTo("day off");
        assertThat(page.textContent(".member-head[data-staff-id='0']")).isEqualTo("No team member");
        assertThat(page.locator(".day-grid .appt[data-id='" + room + "']").getAttribute("style"))
                .contains("grid-column: 5");

        page.click(".day-grid .appt[data-id='" + dyed + "']");
        page.waitForSelector("#panel .appointment[data-id='" + dyed + "']");
        page.selectOption("#panel form.move select[name=staff_id]", String.valueOf(cleo));
        page.click("#panel form.move button.save");
        page.waitForSelector("#panel .error");
        assertThat(page.textContent("#panel .error")).isEqualTo("Not moved: Cleo does not perform Colour.");
        assertThat(desk.placeOf(dyed)).isEqualTo(anna + " " + day + " 14:00");

        long before = desk.booking.countAppointments(desk.location);
        page.click(anna10);
        page.waitForSelector("#panel .new-appointment");
        page.click("#panel button.save");
        page.waitForSelector("#panel .missing");
        assertThat(page.textContent("#panel .missing"))
                .contains("Choose at least one service.")
                .contains("Give the client’s name or phone.");
        page.fill("#panel input[name=client_name]", "Nora Quist");
        page.click("#panel button.save");
        page.waitForSelector("#panel .missing >> text=Choose at least one service.");
        assertThat(page.inputValue("#panel input[name=client_name]")).as("kept").isEqualTo("Nora Quist");
        assertThat(desk.booking.countAppointments(desk.location)).isEqualTo(before);

        page.check("#panel input[name=kind][value=blocked]");
        assertThat(page.isVisible("#panel input[name=client_name]")).isFalse();
        page.fill("#panel input[name=reason]", "Team meeting");
        page.fill("#panel input[name=minutes]", "30");
        Desk.navigates(page, () -> page.click("#panel button.save"));
        long blocked = Long.parseLong(page.url().replaceAll(".*open=(\\d+).*", "$1"));
        assertThat(desk.placeOf(blocked)).isEqualTo(anna + " " + day + " 10:00");
        assertThat(desk.fixtures
                        .db()
                        .sql(
                                "select comment || ' ' || extract(epoch from ends_at - starts_at)::int from appointments where id = :id")
                        .param("id", blocked)
                        .query(String.class)
                        .single())
                .isEqualTo("Team meeting 1800");

        page.navigate(desk.url("/calendar?date=" + day));
        page.focus(".day-grid .appt[data-id='" + room + "']");
        page.keyboard().press("Enter");
        page.waitForSelector("#panel .appointment[data-id='" + room + "']");
        assertThat(page.textContent("#panel .member")).isNotNull();
    }

    @Test
    void eachRoomHasItsColumnAndTheDeskBooksTheRoomItClicked() {
        Desk desk = desk();
        desk.booking.member(desk.location, "Anna");
        long cabins = insert(
                desk, "insert into resources (location_id, title) values (:l, 'Sauna') returning id", desk.location);
        long first = insert(
                desk,
                "insert into resource_instances (resource_id, location_id, title) values (" + cabins
                        + ", :l, 'Cabin 1') returning id",
                desk.location);
        long second = insert(
                desk,
                "insert into resource_instances (resource_id, location_id, title) values (" + cabins
                        + ", :l, 'Cabin 2') returning id",
                desk.location);
        long sauna = desk.booking.service(
                desk.location, "Sauna", 60, java.util.Map.of("requires_staff", false, "max_concurrent_bookings", 2));
        desk.fixtures
                .db()
                .sql("insert into service_resources (service_id, resource_id) values (:s, :r)")
                .param("s", sauna)
                .param("r", cabins)
                .update();
        LocalDate day = BookingFixtures.nextTuesday();
        long held = desk.book(0, day.atTime(10, 0), "Ida Meyer", "+49 1512 3456788", sauna);
        assertThat(roomOf(desk, held)).as("the first free cabin").isEqualTo(first);

        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        page.navigate(desk.url("/calendar?date=" + day));
        assertThat(page.textContent(".member-head.room[data-room-id='" + first + "']"))
                .isEqualTo("Sauna · Cabin 1");
        assertThat(page.textContent(".member-head.room[data-room-id='" + second + "']"))
                .isEqualTo("Sauna · Cabin 2");
        assertThat(page.locator(".member-head.unassigned").count())
                .as("every appointment without a member is in a room")
                .isZero();
        assertThat(page.locator(".day-grid .appt[data-id='" + held + "']").getAttribute("style"))
                .as("Anna's column, then Cabin 1")
                .contains("grid-column: 3");

        page.click("button.slot[data-room-id='" + second + "'][data-time='10:00']");
        page.waitForSelector("#panel .new-appointment");
        assertThat(page.textContent("#panel .room-asked")).contains("Sauna · Cabin 2");
        page.selectOption("#panel select[name=staff_id]", "0");
        page.check("#panel input[name=service_id][value='" + sauna + "']");
        page.fill("#panel input[name=client_phone]", "+49 1512 3456790");
        page.fill("#panel input[name=client_name]", "Nora Quist");
        Desk.navigates(page, () -> page.click("#panel button.save"));
        long booked = Long.parseLong(page.url().replaceAll(".*open=(\\d+).*", "$1"));
        assertThat(roomOf(desk, booked)).as("the cabin clicked").isEqualTo(second);
        assertThat(page.locator(".day-grid .appt[data-id='" + booked + "']").getAttribute("style"))
                .contains("grid-column: 4");
    }

    private static long insert(Desk desk, String sql, long location) {
        return desk.fixtures
                .db()
                .sql(sql)
                .param("l", location)
                .query(Long.class)
                .single();
    }

    private static long roomOf(Desk desk, long appointment) {
        return desk.fixtures
                .db()
                .sql("select resource_instance_id from appointment_resources where appointment_id = :id")
                .param("id", appointment)
                .query(Long.class)
                .single();
    }

    @Test
    void openAnAppointmentAndMoveItThroughItsStatuses() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        LocalDate day = BookingFixtures.nextTuesday();
        long id = desk.book(anna, day.atTime(11, 0), "Ada Lovelace", "+49 1512 3456733");

        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        page.navigate(desk.url("/calendar?date=" + day));
        page.click(".day-grid .appt[data-id='" + id + "']");
        page.waitForSelector("#panel .appointment");
        assertThat(page.textContent("#panel h2")).contains("Ada Lovelace");
        Desk.navigates(page, () -> page.click("#panel button[data-move=arrive]"));
        page.waitForSelector("#panel .appointment");
        assertThat(desk.status(id)).isEqualTo("arrived");
        assertThat(page.textContent("#panel .badge")).isEqualTo("Arrived");
        Desk.navigates(page, () -> page.click("#panel button[data-move=complete]"));
        page.waitForSelector("#panel button[data-move=cancel]");
        assertThat(desk.status(id)).isEqualTo("completed");
        page.onDialog(dialog -> dialog.accept());
        Desk.navigates(page, () -> page.click("#panel button[data-move=cancel]"));
        assertThat(desk.status(id)).isEqualTo("cancelled");
        assertThat(page.locator(".day-grid .appt[data-id='" + id + "']").count())
                .isZero();
    }

    @Test
    void thePanelEditsTheCommentAndCategoriesAndRejectsARequest() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        LocalDate day = BookingFixtures.nextTuesday();
        long id = desk.book(anna, day.atTime(11, 0), "Ada Lovelace", "+49 1512 3456733");
        long asked = desk.book(anna, day.atTime(14, 0), "Max Power", "+49 1512 3456734");
        desk.fixtures
                .db()
                .sql("update appointments set status = 'requested' where id = :id")
                .param("id", asked)
                .update();
        long vip = desk.fixtures
                .db()
                .sql("insert into appointment_categories (location_id, title) values (:l, 'VIP') returning id")
                .param("l", desk.location)
                .query(Long.class)
                .single();

        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        page.navigate(desk.url("/calendar?date=" + day));
        page.click(".day-grid .appt[data-id='" + id + "']");
        page.waitForSelector("#panel form.details");
        assertThat(page.locator("#panel button[data-move=reject]").count())
                .as("only for requests")
                .isZero();
        page.fill("#panel form.details textarea[name=comment]", "Allergic to latex");
        page.check("#panel form.details input[name=label][value='" + vip + "']");
        Desk.navigates(page, () -> page.click("#panel form.details button.save"));
        page.waitForSelector("#panel form.details");
        assertThat(page.inputValue("#panel form.details textarea[name=comment]"))
                .isEqualTo("Allergic to latex");
        assertThat(page.isChecked("#panel form.details input[name=label][value='" + vip + "']"))
                .isTrue();
        page.click("#panel details.history summary");
        page.waitForSelector("#panel .history-slot .stamps");
        assertThat(page.textContent("#panel .history-slot")).contains("History").contains("Messages");
        assertThat(desk.fixtures
                        .db()
                        .sql("select count(*) from appointment_labels where appointment_id = :id and category_id = :c")
                        .param("id", id)
                        .param("c", vip)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        page.click(".day-grid .appt[data-id='" + asked + "']");
        page.waitForSelector("#panel .appointment[data-id='" + asked + "'] button[data-move=reject]");
        page.onceDialog(dialog -> dialog.accept());
        Desk.navigates(page, () -> page.click("#panel button[data-move=reject]"));
        assertThat(desk.status(asked)).isEqualTo("rejected");
    }

    @Test
    void thePanelEditsServicesTheirPricesAndTheClient() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        long boris = desk.booking.member(desk.location, "Boris");
        long haircut = desk.booking.service(desk.location, "Haircut", 45, anna, boris);
        long colour = desk.booking.service(desk.location, "Colour", 90, anna);
        long beard = desk.booking.service(desk.location, "Beard trim", 30, boris);
        LocalDate day = BookingFixtures.nextTuesday();
        long id = desk.book(anna, day.atTime(11, 0), "Ada Lovelace", "+49 1512 3456733", haircut);

        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        page.navigate(desk.url("/calendar?date=" + day + "&open=" + id));
        page.waitForSelector("#panel form.lines");
        String haircutLine = "#panel form.lines tr[data-service-id='" + haircut + "'] ";
        assertThat(page.inputValue(haircutLine + "input[name=first_cost]")).isEqualTo("50.00");

        page.fill(haircutLine + "input[name=first_cost]", "forty");
        page.click("#panel form.lines button.save");
        page.waitForSelector("#panel .error");
        assertThat(page.textContent("#panel .error")).isEqualTo("Prices and discounts are numbers such as 25.50.");
        assertThat(page.inputValue(haircutLine + "input[name=first_cost]"))
                .as("kept as typed")
                .isEqualTo("forty");

        page.fill(haircutLine + "input[name=first_cost]", "40");
        page.fill(haircutLine + "input[name=discount]", "10");
        page.selectOption("#panel form.lines select[name=add_service_id]", String.valueOf(colour));
        Desk.navigates(page, () -> page.click("#panel form.lines button.save"));
        assertThat(lines(desk, id)).containsExactly("Haircut 40.00 10.00 36.00", "Colour 50.00 0.00 50.00");
        assertThat(desk.fixtures
                        .db()
                        .sql(
                                "select to_char(ends_at at time zone 'Europe/Berlin', 'HH24:MI') from appointments where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .as("the length follows the services")
                .isEqualTo("13:15");

        page.waitForSelector("#panel form.lines");
        page.check("#panel form.lines tr[data-service-id='" + colour + "'] input[name=remove]");
        page.selectOption("#panel form.lines select[name=add_service_id]", String.valueOf(beard));
        page.click("#panel form.lines button.save");
        page.waitForSelector("#panel .error");
        assertThat(page.textContent("#panel .error")).isEqualTo("Anna does not perform Beard trim.");
        assertThat(lines(desk, id)).as("nothing changed").hasSize(2);

        page.navigate(desk.url("/calendar?date=" + day + "&open=" + id));
        page.waitForSelector("#panel form.client");
        page.fill("#panel form.client input[name=client_phone]", "12");
        page.fill("#panel form.client input[name=client_name]", "Grace Hopper");
        page.click("#panel form.client button.save");
        page.waitForSelector("#panel .error");
        assertThat(page.textContent("#panel .error")).contains("phone number has a wrong format");
        assertThat(page.inputValue("#panel form.client input[name=client_name]"))
                .isEqualTo("Grace Hopper");
        page.fill("#panel form.client input[name=client_phone]", "+49 1512 3456799");
        Desk.navigates(page, () -> page.click("#panel form.client button.save"));
        page.waitForSelector("#panel form.client");
        assertThat(page.textContent("#panel .appointment dl")).contains("Grace Hopper");
        assertThat(desk.fixtures
                        .db()
                        .sql("select c.name from appointments a join clients c on c.id = a.client_id where a.id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Grace Hopper");
    }

    private static java.util.List<String> lines(Desk desk, long id) {
        return desk.fixtures.db().sql("""
                        select s.title || ' ' || x.first_cost || ' ' || x.discount || ' ' || x.cost
                          from appointment_services x join services s on s.id = x.service_id
                         where x.appointment_id = :id order by x.position
                        """).param("id", id).query(String.class).list();
    }

    @Test
    void thePanelTakesAPaymentAndARefundAndRefusesTooMuchBack() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        LocalDate day = BookingFixtures.nextTuesday();
        long id = desk.book(anna, day.atTime(11, 0), "Ada Lovelace", "+49 1512 3456733");
        desk.fixtures
                .db()
                .sql("insert into accounts (location_id, title) values (:l, 'Front desk till')")
                .param("l", desk.location)
                .update();

        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        page.navigate(desk.url("/calendar?date=" + day));
        page.click(".day-grid .appt[data-id='" + id + "']");
        page.waitForSelector("#panel form.pay");
        assertThat(page.textContent("#panel .payments")).contains("No payments yet.");
        page.fill("#panel form.pay input[name=amount]", "40,50");
        Desk.navigates(page, () -> page.click("#panel form.pay button.save"));
        page.waitForSelector("#panel .payment-lines");
        assertThat(page.textContent("#panel .payment-lines"))
                .contains("Front desk till")
                .contains("40.50");

        page.fill("#panel form.pay input[name=amount]", "-50");
        page.click("#panel form.pay button.save");
        page.waitForSelector("#panel .error");
        assertThat(page.textContent("#panel .error")).contains("can't exceed what was paid");
        page.fill("#panel form.pay input[name=amount]", "-10.50");
        Desk.navigates(page, () -> page.click("#panel form.pay button.save"));
        page.waitForSelector("#panel .payment-lines");
        assertThat(page.locator("#panel .payment-lines tr").count()).isEqualTo(2);
        assertThat(desk.fixtures
                        .db()
                        .sql("select paid_amount from appointments where id = :id")
                        .param("id", id)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("30.00");
    }

    @Test
    void theWeekViewShowsOneTeamMembersWeekFromTheFeed() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        long boris = desk.booking.member(desk.location, "Boris");
        LocalDate day = BookingFixtures.nextTuesday();
        long annas = desk.book(anna, day.atTime(11, 0), "Ada Lovelace", "+49 1512 3456733");
        desk.book(boris, day.atTime(11, 0), "Max Power", "+49 1512 3456722");

        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
        page.navigate(desk.url("/calendar?view=week&date=" + day + "&staff_id=" + anna));
        page.waitForSelector("#week .fc-event");
        assertThat(page.locator("#week .fc-event").count()).isEqualTo(1);
        assertThat(page.textContent("#week .fc-event")).contains("11:00").contains("Ada Lovelace");
        page.click("#week .fc-event");
        page.waitForSelector("#panel .appointment[data-id='" + annas + "']");
    }
}
