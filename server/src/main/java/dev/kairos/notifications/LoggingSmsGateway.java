package dev.kairos.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default when no SMS gateway is configured: writes each text message to the log, and delivers nothing. */
final class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String to, String text) {
        log.info("SMS to {} (no gateway configured, so only logged): {}", to, text);
    }

    @Override
    public boolean delivers() {
        return false;
    }
}
