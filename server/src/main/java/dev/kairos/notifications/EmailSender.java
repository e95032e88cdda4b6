package dev.kairos.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a message by email over Spring Mail: a plain-text and an HTML part, the calendar file as an
 * attachment, and a Message-ID that is the same on every attempt, so a message sent again after a
 * crash is recognisable as the same message. Unsubscribe headers as RFC 8058 asks for.
 */
@Component
class EmailSender {

    private final ObjectProvider<JavaMailSender> sender;
    private final Environment environment;

    EmailSender(ObjectProvider<JavaMailSender> sender, Environment environment) {
        this.sender = sender;
        this.environment = environment;
    }

    /**
     * An email to send.
     *
     * @param calendar the .ics text, or null for none
     * @param unsubscribe the unsubscribe link, or null for none
     */
    record Email(
            String messageId,
            String fromName,
            List<String> to,
            String subject,
            String text,
            String html,
            String calendar,
            boolean cancel,
            String unsubscribe) {}

    /** Whether an SMTP server is configured ({@code KAIROS_SMTP_HOST}). */
    boolean configured() {
        return !environment.getProperty("spring.mail.host", "").isBlank() && sender.getIfAvailable() != null;
    }

    /** The address messages come from ({@code KAIROS_SMTP_FROM}). */
    String from() {
        return environment.getProperty("spring.mail.properties.mail.from", "kairos@localhost");
    }

    /** @throws org.springframework.mail.MailException when the server refuses or cannot be reached */
    void send(Email email) throws MessagingException {
        JavaMailSender mailer = sender.getObject();
        MimeMessage message = mailer.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        try {
            helper.setFrom(from(), email.fromName());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        helper.setTo(email.to().toArray(String[]::new));
        helper.setSubject(email.subject());
        helper.setText(email.text(), email.html());
        if (email.calendar() != null) {
            helper.addAttachment(
                    email.cancel() ? "cancel.ics" : "invite.ics",
                    new ByteArrayResource(email.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=" + (email.cancel() ? "CANCEL" : "REQUEST"));
        }
        message.setHeader("Message-ID", email.messageId());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (email.unsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + email.unsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        mailer.send(message);
    }
}
