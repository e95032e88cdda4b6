package dev.kairos.notifications;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** A received email taken apart: subject, plain-text and HTML parts, the calendar file parsed back with ical4j. */
record Letter(String subject, String messageId, String text, String html, String ics, String unsubscribeHeader) {

    static Letter of(MimeMessage message) {
        try {
            Parts parts = new Parts();
            parts.walk(message);
            return new Letter(
                    message.getSubject(),
                    message.getMessageID(),
                    parts.text,
                    parts.html,
                    parts.ics,
                    message.getHeader("List-Unsubscribe", null));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The calendar file; fails the test when there is none or it does not parse. */
    Calendar calendar() {
        if (ics == null) {
            throw new AssertionError("the email has no calendar file");
        }
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("the calendar file does not parse: " + ics, e);
        }
    }

    VEvent event() {
        return calendar().<VEvent>getComponents("VEVENT").get(0);
    }

    /** A property's value of the calendar's one event, e.g. {@code UID}, {@code SEQUENCE}. */
    String eventProperty(String name) {
        return event().getProperty(name).orElseThrow().getValue();
    }

    String method() {
        return calendar().getProperty("METHOD").orElseThrow().getValue();
    }

    private static final class Parts {
        String text;
        String html;
        String ics;

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
            } else if (part.isMimeType("text/calendar")) {
                ics = read(part);
            } else if (part.isMimeType("text/html")) {
                html = read(part);
            } else if (part.isMimeType("text/plain")) {
                text = read(part);
            }
        }

        private static String read(Part part) throws MessagingException, IOException {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
