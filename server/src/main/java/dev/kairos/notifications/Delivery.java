package dev.kairos.notifications;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.List;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * One attempt at one planned message: read the appointment as it is now, decide whether the message
 * still applies and who gets it, write it, and hand it to the SMTP server or the SMS gateway.
 */
@Component
class Delivery {

    private final FactsReader facts;
    private final Recipients recipients;
    private final Composer composer;
    private final EmailSender email;
    private final SmsGateway sms;
    private final Links links;
    private final Clock clock;

    Delivery(
            FactsReader facts,
            Recipients recipients,
            Composer composer,
            EmailSender email,
            SmsGateway sms,
            Links links,
            Clock clock) {
        this.facts = facts;
        this.recipients = recipients;
        this.composer = composer;
        this.email = email;
        this.sms = sms;
        this.links = links;
        this.clock = clock;
    }

    Outcome deliver(Deliveries.Claimed row) {
        Facts current = facts.read(row.appointmentId()).orElse(null);
        if (current == null) {
            return new Outcome.Dropped("the appointment no longer exists");
        }
        if (row.event() == NotificationEvent.REMINDER
                && (!current.visit().holding() || !current.visit().start().equals(row.startsAt()))) {
            return new Outcome.Dropped("the appointment changed before the reminder was due");
        }
        if (row.target() == Target.CLIENT && current.clientUnsubscribed()) {
            return new Outcome.Skipped("", "the client unsubscribed");
        }
        List<String> to = recipients.of(row.target(), row.channel(), current);
        if (to.isEmpty()) {
            return new Outcome.Skipped(
                    "", row.channel() == Channel.EMAIL ? "no email address to send to" : "no phone number to send to");
        }
        String recipient = String.join(", ", to);
        try {
            Composer.Composed message = composer.compose(row.event(), row.target(), row.channel(), current);
            return row.channel() == Channel.EMAIL ? email(row, current, to, message) : text(to.get(0), message.text());
        } catch (TemplateProcessingException e) {
            return new Outcome.Failed(recipient, "the template does not render: " + e.getMessage(), true);
        } catch (MailException | MessagingException | SmsGateway.SmsFailure e) {
            return new Outcome.Failed(recipient, e.getMessage(), false);
        }
    }

    private Outcome email(Deliveries.Claimed row, Facts current, List<String> to, Composer.Composed message)
            throws MessagingException {
        String recipient = String.join(", ", to);
        if (!email.configured()) {
            return new Outcome.Skipped(recipient, "no SMTP server is configured (KAIROS_SMTP_HOST)");
        }
        boolean calendar = row.target() == Target.CLIENT && row.event().hasCalendarFile();
        String ics = calendar
                ? CalendarFile.of(
                        current,
                        row.event().ends(),
                        email.from(),
                        links.host(),
                        message.links().manage(),
                        clock.instant())
                : null;
        email.send(new EmailSender.Email(
                "<notification-" + row.id() + "@" + links.host() + ">",
                current.place().title(),
                to,
                message.subject(),
                message.text(),
                message.html(),
                ics,
                row.event().ends(),
                message.links().unsubscribe()));
        return new Outcome.Sent(recipient);
    }

    private Outcome text(String to, String text) throws SmsGateway.SmsFailure {
        sms.send(to, text);
        return sms.delivers()
                ? new Outcome.Sent(to)
                : new Outcome.Skipped(to, "no SMS gateway is configured (KAIROS_SMS_URL); the message was only logged");
    }
}
