package dev.kairos.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.auth.Right;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A refusal that names no field, of the calendar, the Overview, the group events and the public
 * booking page, is told in German and in Spanish on their pages; the API refuses the same in its
 * English.
 */
class RefusalWordsCalendarIT extends PageIT {

    @Test
    void aMoveOntoATakenTimeIsNotMovedInGermanAndSpanish() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        long boris = desk.booking.member(desk.location, "Boris");
        long haircut = desk.booking.service(desk.location, "Haircut", 45, anna, boris);
        LocalDate day = BookingFixtures.nextTuesday();
        desk.book(boris, day.atTime(15, 0), "Max Power", "+49 1512 3456722", haircut);
        long moved = desk.book(anna, day.atTime(10, 0), "Nora Quist", "+49 1512 3456777", haircut);

        assertThat(moveOntoTheTakenTime(desk, "de-DE", day, moved, boris))
                .isEqualTo("Nicht verschoben: Das Teammitglied hat zu dieser Zeit einen anderen Termin");
        assertThat(moveOntoTheTakenTime(desk, "es-ES", day, moved, boris))
                .isEqualTo("No se ha movido: El miembro del equipo tiene otra cita a esta hora");
        assertThat(desk.placeOf(moved)).isEqualTo(anna + " " + day + " 10:00");

        Api.Response api = Api.at(port)
                .as(desk.tenant.adminA())
                .sendWithHeader(
                        "PUT",
                        "/record/" + desk.location + "/" + moved,
                        Map.of("datetime", day + " 15:15:00", "staff_id", boris),
                        "Accept-Language",
                        "de-DE");
        assertThat(api.status()).as(api.toString()).isEqualTo(422);
        assertThat(api.meta().get("message").asString())
                .isEqualTo("The team member has another appointment at this time"
                        + " (send save_if_busy to book anyway, with the right to overbook)");
    }

    @Test
    void aFullEventRefusesAnAttendeeInGermanAndSpanish() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        long pilates = desk.booking.service(desk.location, "Pilates class", 60, anna);
        desk.booking.openEveryDay(desk.location);
        Api owner = Api.at(port).as(desk.tenant.owner());
        Api.Response made = owner.post(
                "/activity/" + desk.location,
                Map.of(
                        "date",
                        BookingFixtures.nextTuesday() + " 10:00:00",
                        "service_id",
                        pilates,
                        "staff_id",
                        anna,
                        "capacity",
                        1));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        long event = made.data().get("id").asLong();
        Api widget = Api.at(port).as(desk.tenant.partnerOnly());
        String book = "/activity/" + desk.location + "/" + event + "/book";
        assertThat(widget.post(book, Map.of("fullname", "Ida", "phone", "+4930111222"))
                        .status())
                .isEqualTo(200);

        assertThat(addAttendee(desk, "de-DE", event)).hasText("Nicht genug freie Plätze: noch 0 frei");
        assertThat(addAttendee(desk, "es-ES", event)).hasText("No hay suficientes plazas libres: quedan 0");

        Api.Response api = widget.sendWithHeader(
                "POST", book, Map.of("fullname", "Eva", "phone", "+4930111333"), "Accept-Language", "es-ES");
        assertThat(api.status()).as(api.toString()).isBetween(400, 499);
        assertThat(api.meta().get("message").asString()).isEqualTo("Not enough free seats: 0 left");
        assertThat(desk.fixtures.count("appointments where event_id = " + event))
                .isEqualTo(1);
    }

    @Test
    void aCancellationTooLateIsRefusedOnTheBookingPageInGermanAndSpanish() {
        Desk desk = desk();
        desk.booking.openEveryDay(desk.location);
        long anna = desk.booking.member(desk.location, "Anna");
        long cut = desk.booking.service(desk.location, "Haircut", 60, anna);
        Api widget = Api.at(port).as(desk.tenant.partnerOnly());
        Api.Response booked = widget.post(
                "/book_record/" + desk.location,
                Map.of(
                        "phone",
                        "+49301234567",
                        "fullname",
                        "Maria",
                        "appointments",
                        List.of(Map.of(
                                "id",
                                1,
                                "services",
                                List.of(cut),
                                "staff_id",
                                anna,
                                "datetime",
                                BookingFixtures.nextTuesday() + " 09:00:00"))));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        long record = booked.data().get(0).get("record_id").asLong();
        String hash = booked.data().get(0).get("record_hash").asString();

        assertThat(cancelTooLate(desk, "de-DE", record, hash))
                .hasText("Es ist zu spät, diesen Termin online zu stornieren.");
        assertThat(cancelTooLate(desk, "es-ES", record, hash))
                .hasText("Es demasiado tarde para cancelar esta cita en línea.");

        Api.Response api = widget.sendWithHeader(
                "DELETE", "/user/records/" + record + "/" + hash, null, "Accept-Language", "de-DE");
        assertThat(api.status()).as(api.toString()).isEqualTo(422);
        assertThat(api.meta().get("message").asString())
                .isEqualTo("It is too late for this appointment to be cancelled online");
        assertThat(desk.status(record)).isEqualTo("confirmed");
    }

    @Test
    void anAppointmentPaidMeanwhileIsNotDeletedInGerman() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        long paid = desk.book(anna, BookingFixtures.nextTuesday().atTime(10, 0), "Ben", "+49 1512 3456744");
        Tenant.Login clerk =
                fixtures.user(desk.tenant, desk.location, Right.VIEW_RECORDS, Right.EDIT_RECORDS, Right.DELETE_RECORDS);

        Page page = browser.signedIn(port, clerk.login(), clerk.password(), "de-DE");
        page.navigate(desk.url("/appointments"));
        page.check("tr[data-id='" + paid + "'] input[name=ids]");
        desk.pay(paid, 10);
        page.onDialog(dialog -> dialog.accept());
        page.click("#delete-selected");

        assertThat(page.locator(".refusals li[data-id='" + paid + "']"))
                .containsText(
                        ": Der Termin ist bezahlt; zum Löschen braucht es das Recht, bezahlte Termine zu löschen");
        assertThat(desk.status(paid)).isEqualTo("confirmed");
        Api.Response api = Api.at(port)
                .as(clerk)
                .sendWithHeader("DELETE", "/record/" + desk.location + "/" + paid, null, "Accept-Language", "de-DE");
        assertThat(api.status()).as(api.toString()).isEqualTo(403);
        assertThat(api.meta().get("message").asString())
                .isEqualTo("The appointment is paid; deleting it needs the right to delete paid appointments");
    }

    /** The calendar's panel, in {@code locale}, moving the appointment onto Boris's 15:00: what it says. */
    private String moveOntoTheTakenTime(Desk desk, String locale, LocalDate day, long moved, long boris) {
        Page page = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password(), locale);
        page.navigate(desk.url("/calendar?date=" + day + "&open=" + moved));
        page.waitForSelector("#panel .appointment[data-id='" + moved + "']");
        page.fill("#panel form.move input[name=time]", "15:15");
        page.selectOption("#panel form.move select[name=staff_id]", String.valueOf(boris));
        page.click("#panel form.move button.save");
        page.waitForSelector("#panel .error");
        return page.textContent("#panel .error");
    }

    /** The event's page, in {@code locale}, adding a walk-in to the full event: its refusal. */
    private com.microsoft.playwright.Locator addAttendee(Desk desk, String locale, long event) {
        Page page = browser.signedIn(
                port, desk.tenant.owner().login(), desk.tenant.owner().password(), locale);
        page.navigate(desk.url("/events/" + event));
        page.fill("#attendee-name", "Eva Walk-in");
        page.fill("#attendee-phone", "+4930111333");
        page.click("#new-attendee button.add");
        return page.locator("#attendee-error");
    }

    /**
     * The client's own page, in {@code locale}, opened while a cancellation is allowed; the location
     * then asks for a day's notice, and the client's cancellation comes too late.
     */
    private com.microsoft.playwright.Locator cancelTooLate(Desk desk, String locale, long record, String hash) {
        notice(desk, 0);
        Page page = browser.page(locale);
        page.navigate("http://127.0.0.1:" + port + "/book/" + desk.location + "/appointments/" + record + "/" + hash);
        notice(desk, 100_000_000);
        page.click("form[action$='/cancel'] button");
        return page.locator("p.alert[role=alert]");
    }

    private static void notice(Desk desk, int seconds) {
        desk.fixtures
                .db()
                .sql("update locations set allow_delete_record = true, allow_delete_record_delay_step = :s"
                        + " where id = :l")
                .param("s", seconds)
                .param("l", desk.location)
                .update();
    }
}
