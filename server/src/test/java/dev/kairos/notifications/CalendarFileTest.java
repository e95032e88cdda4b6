package dev.kairos.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The calendar file a client's email carries, read back with ical4j. */
class CalendarFileTest {

    private static final Instant START = Instant.parse("2026-03-29T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    @Test
    void aStandingAppointmentIsARequestWithItsUidSequenceAndTimes() throws Exception {
        Calendar calendar = parse(CalendarFile.of(
                facts("confirmed", 3), false, "desk@example.com", "kairos.example", "https://k/x", NOW));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);

        assertThat(calendar.validate().getEntries())
                .as("RFC 5545 and iTIP as ical4j checks them")
                .isEmpty();
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("appointment-42@kairos.example");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("3");
        assertThat(event.getProperties("DTSTAMP")).hasSize(1);
        assertThat(event.getProperty("DTSTAMP").orElseThrow().getValue()).isEqualTo("20260320T120000Z");
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(START);
        assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(START.plusSeconds(3600));
        assertThat(event.getProperty("ORGANIZER").orElseThrow().getValue()).isEqualTo("mailto:desk@example.com");
        assertThat(event.getProperty("ATTENDEE").orElseThrow().getValue()).isEqualTo("mailto:jane@example.com");
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Studio Lumen, Torstraße 12");
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Haircut – Studio Lumen");
    }

    @Test
    void aRequestedAppointmentIsTentative() throws Exception {
        VEvent event = parse(CalendarFile.of(facts("requested", 0), false, "d@example.com", "h", null, NOW))
                .<VEvent>getComponents("VEVENT")
                .get(0);

        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("TENTATIVE");
    }

    @Test
    void aCancelledAppointmentCancelsTheSameEvent() throws Exception {
        Calendar calendar =
                parse(CalendarFile.of(facts("cancelled", 4), true, "d@example.com", "kairos.example", null, NOW));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);

        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("appointment-42@kairos.example");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("4");
    }

    private static Facts facts(String status, int version) {
        return new Facts(
                new Facts.Visit(42, status, START, START.plusSeconds(3600), version, "hash", "Haircut", 7L),
                new Facts.Place(1, 1, "Studio Lumen", "Torstraße 12", "", ZoneId.of("Europe/Berlin"), "en", "", ""),
                new Facts.Person("Jane", "jane@example.com", ""),
                Facts.Person.NOBODY,
                false);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
