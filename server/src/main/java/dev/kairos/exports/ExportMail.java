package dev.kairos.exports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the user their export is ready, with a link to download it. The link is built from
 * {@code kairos.public-url}, resolved when the mail is sent (so it may name the server's actual
 * port). With no SMTP host configured ({@code spring.mail.host}), no mail is sent: the file is
 * still listed on the exports page.
 */
@Component
class ExportMail {

    private static final Logger log = LoggerFactory.getLogger(ExportMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Environment environment;

    ExportMail(ObjectProvider<JavaMailSender> sender, Environment environment) {
        this.sender = sender;
        this.environment = environment;
    }

    /** The download address of a stored file. */
    String link(long fileId) {
        String base = environment.getProperty("kairos.public-url", "http://localhost:8080");
        return base.replaceAll("/+$", "") + "/admin/exports/" + fileId;
    }

    /** Whether mail can be sent at all: an SMTP host is configured. Without it the page promises no email. */
    boolean configured() {
        return !environment.getProperty("spring.mail.host", "").isBlank() && sender.getIfAvailable() != null;
    }

    void fileReady(String address, String userName, String locationTitle, int rows, long fileId) {
        JavaMailSender mailer = sender.getIfAvailable();
        if (!configured() || address == null) {
            log.info(
                    "No mail sent for export file {} (no SMTP host configured, or the user has no email address)",
                    fileId);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(environment.getProperty("spring.mail.properties.mail.from", "kairos@localhost"));
        message.setTo(address);
        message.setSubject("Your Kairos export is ready: " + rows + " appointments");
        message.setText("""
                Hello %s,

                the Excel export of %d appointments at %s is ready. Download it (signed in as yourself) at:

                %s

                The file is also listed under Activity log › My exports.
                """.formatted(userName.isBlank() ? address : userName, rows, locationTitle, link(fileId)));
        try {
            mailer.send(message);
        } catch (org.springframework.mail.MailException e) {
            // The file is stored and listed; failing the job would only export it again.
            log.warn("Could not mail the link to export file {} to {}: {}", fileId, address, e.getMessage());
        }
    }
}
