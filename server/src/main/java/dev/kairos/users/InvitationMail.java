package dev.kairos.users;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends an invitation's link by email over the configured SMTP server. With no SMTP host, or when
 * the server refuses the message, nothing is sent and the caller shows the link to the inviter.
 */
@Component
class InvitationMail {

    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Environment environment;

    InvitationMail(ObjectProvider<JavaMailSender> sender, Environment environment) {
        this.sender = sender;
        this.environment = environment;
    }

    /** The link that opens the invitation's page. */
    String link(String token) {
        String base = environment.getProperty("kairos.public-url", "http://localhost:8080");
        return base.replaceAll("/+$", "") + "/invitation/" + token;
    }

    /** @return whether the message was handed to the SMTP server */
    boolean send(String address, String name, String chainTitle, String inviter, String link) {
        String host = environment.getProperty("spring.mail.host", "");
        JavaMailSender mailer = sender.getIfAvailable();
        if (host.isBlank() || mailer == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(environment.getProperty("spring.mail.properties.mail.from", "kairos@localhost"));
        message.setTo(address);
        message.setSubject("You are invited to " + chainTitle + " on Kairos");
        message.setText("""
                Hello %s,

                %s invites you to work with %s on Kairos. Set your password here (the link works
                once, for %d days):

                %s

                Then sign in with this email address.
                """.formatted(
                        name.isBlank() ? address : name, inviter, chainTitle, Invitations.VALID_FOR.toDays(), link));
        try {
            mailer.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not mail an invitation to {}: {}", address, e.getMessage());
            return false;
        }
    }
}
