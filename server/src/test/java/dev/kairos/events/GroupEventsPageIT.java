package dev.kairos.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.PageTest;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Group events in a real browser: an administrator creates one (a refused form keeps what was
 * typed), a client books a seat on the public booking page, and the attendee appears in the admin
 * list, is marked arrived, and another is added by hand.
 */
class GroupEventsPageIT extends PageTest {

    @Test
    void anEventIsCreatedBookedOnlineAndItsAttendeesKept() {
        Tenant tenant = fixtures.tenant();
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        long location = tenant.locationA();
        booking.openEveryDay(location);
        long anna = booking.member(location, "Anna");
        long pilates = booking.service(location, "Pilates class", 60, anna);
        LocalDate day = BookingFixtures.nextTuesday();

        Page admin =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        admin.navigate(base() + "/admin/locations/" + location + "/appointments");
        admin.click("nav.nav a:text('Group events')");
        admin.waitForURL("**/events");
        assertThat(admin.locator("#events-empty").count()).isEqualTo(1);

        admin.fill("#new-date", day.toString());
        admin.fill("#new-time", "19:00");
        admin.selectOption("#new-service", String.valueOf(pilates));
        admin.selectOption("#new-member", String.valueOf(anna));
        admin.fill("#new-capacity", "2");
        admin.click("#new button.save");
        assertThat(admin.textContent("#new-member-error")).isEqualTo("does not work at this time");
        assertThat(admin.inputValue("#new-capacity")).as("kept as typed").isEqualTo("2");
        assertThat(fixtures.count("events where location_id = " + location)).isZero();

        admin.fill("#new-time", "10:00");
        admin.click("#new button.save");
        assertThat(admin.textContent("#notice")).isEqualTo("Created the event “Pilates class”.");
        assertThat(admin.textContent("#seats")).contains("0 / 2");
        long event = fixtures.db()
                .sql("select id from events where location_id = :l")
                .param("l", location)
                .query(Long.class)
                .single();

        Page client = browser.page();
        client.navigate(base() + "/book/" + location);
        assertThat(client.textContent("#group-classes"))
                .contains("Pilates class")
                .contains("2 seats left");
        client.click("#class-" + event);
        client.click("#book-seat");
        assertThat(client.textContent("#fullname-error")).isEqualTo("is required");
        client.fill("#fullname", "Ida Online");
        client.fill("#phone", "+4930111222");
        client.click("#book-seat");
        assertThat(client.textContent("#booked")).isEqualTo("Your seat is booked.");

        admin.reload();
        assertThat(admin.textContent("#seats")).contains("1 / 2");
        assertThat(admin.textContent("#attendees tbody")).contains("Ida Online");
        admin.click("#attendees tbody tr button.arrived");
        assertThat(admin.textContent("#notice")).isEqualTo("Marked as arrived.");
        assertThat(admin.textContent("#attendees tbody td.status")).isEqualTo("arrived");

        admin.fill("#attendee-name", "Eva Walk-in");
        admin.fill("#attendee-phone", "+4930111333");
        admin.click("#new-attendee button.add");
        assertThat(admin.textContent("#notice")).isEqualTo("Added the attendee.");
        assertThat(admin.textContent("#seats")).contains("2 / 2");

        client.navigate(base() + "/book/" + location);
        assertThat(client.locator("#group-classes").count()).as("no seat left").isZero();

        admin.fill("#q", "Ida");
        admin.click("#find");
        assertThat(admin.textContent("#matches")).contains("Ida Online");
        admin.click("#matches button.add-match");
        assertThat(admin.textContent("#attendee-error")).contains("Not enough free seats");

        admin.fill("#edit-capacity", "1");
        admin.click("#edit button.save");
        assertThat(admin.textContent("#edit-capacity-error")).isEqualTo("is below the 2 seats already taken");
        admin.onceDialog(dialog -> dialog.accept());
        admin.click("#cancel-event button");
        assertThat(admin.textContent("#notice")).isEqualTo("Cancelled the event.");
        assertThat(fixtures.count("appointments where event_id = " + event + " and status = 'cancelled'"))
                .isEqualTo(2);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
