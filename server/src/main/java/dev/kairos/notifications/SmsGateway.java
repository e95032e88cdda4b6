package dev.kairos.notifications;

/**
 * Where text messages go. Kairos has two: an HTTP gateway configured by URL, header and body
 * template ({@code KAIROS_SMS_URL}), so that any provider with an HTTP API plugs in, and by default
 * a gateway that only writes the message to the log.
 */
public interface SmsGateway {

    /**
     * Hands the message over.
     *
     * @param to an E.164 number
     * @throws SmsFailure when the gateway does not accept it
     */
    void send(String to, String text) throws SmsFailure;

    /** Whether messages reach a phone; false for the logging gateway. */
    default boolean delivers() {
        return true;
    }

    /** The gateway did not accept a message. */
    final class SmsFailure extends Exception {
        public SmsFailure(String message) {
            super(message);
        }
    }
}
