package dev.kairos.notifications;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * The .ics a client's email carries, so their calendar follows the booking (iTIP, RFC 5546): one
 * UID per appointment for its whole life, SEQUENCE raised on every change, {@code METHOD:REQUEST}
 * while it stands and {@code METHOD:CANCEL} once it is cancelled or rejected. Times are in UTC, so
 * no time zone definitions are needed.
 */
final class CalendarFile {

    private CalendarFile() {}

    /**
     * @param cancelled whether the appointment no longer stands
     * @param organizer the sender's address; iTIP requires one
     */
    static String of(Facts facts, boolean cancelled, String organizer, String host, String manageLink, Instant now) {
        Facts.Visit visit = facts.visit();
        VEvent event = new VEvent(visit.start(), visit.end(), summary(facts));
        event.add(new Uid("appointment-" + visit.id() + "@" + host));
        // The event made its own DTSTAMP from the system clock; RFC 5545 allows one, from ours.
        event.replace(new DtStamp(now));
        event.add(new Sequence(visit.version()));
        event.add(status(cancelled, visit));
        event.add(new Organizer("mailto:" + organizer));
        if (!facts.client().email().isBlank()) {
            event.add(new Attendee("mailto:" + facts.client().email()));
        }
        String where = facts.place().address().isBlank()
                ? facts.place().title()
                : facts.place().title() + ", " + facts.place().address();
        event.add(new Location(where));
        if (manageLink != null) {
            event.add(new Description(manageLink));
        }
        Calendar calendar = new Calendar()
                .withProdId("-//Kairos//Appointments//EN")
                .withDefaults()
                .withProperty(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
                .withComponent(event)
                .getFluentTarget();
        return write(calendar);
    }

    private static Status status(boolean cancelled, Facts.Visit visit) {
        if (cancelled) {
            return ImmutableStatus.VEVENT_CANCELLED;
        }
        return visit.status().equals("requested") ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED;
    }

    private static String summary(Facts facts) {
        String services = facts.visit().services();
        return services.isBlank()
                ? facts.place().title()
                : services + " – " + facts.place().title();
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
