package dev.kairos.notifications;

/** How one attempt to send a planned message went. */
sealed interface Outcome {

    /** Handed to the SMTP server or the SMS gateway. */
    record Sent(String recipient) implements Outcome {}

    /** Not sent and never will be (no address, the client unsubscribed, no server configured). */
    record Skipped(String recipient, String reason) implements Outcome {}

    /** Not sent, because the appointment changed since it was planned. */
    record Dropped(String reason) implements Outcome {}

    /**
     * The attempt failed.
     *
     * @param permanent whether trying again cannot help (a template that does not render)
     */
    record Failed(String recipient, String error, boolean permanent) implements Outcome {}
}
