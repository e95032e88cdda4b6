package dev.kairos.appointments;

import java.util.Map;

/**
 * What has been sent about appointments, for the record's notification fields ({@code sms_now},
 * {@code email_now}, {@code is_remind_sms_sent}, {@code notified}). Booking does not send anything;
 * the module that does implements this.
 */
public interface SentNotifications {

    /**
     * @param smsNow an SMS about the booking itself (requested or confirmed) reached the client
     * @param emailNow an email about the booking itself reached the client
     * @param reminderSmsSent a reminder SMS reached the client
     * @param notified the client was told that the appointment is confirmed
     */
    record Flags(boolean smsNow, boolean emailNow, boolean reminderSmsSent, boolean notified) {

        public static final Flags NONE = new Flags(false, false, false, false);
    }

    /** The flags of each appointment that has any; absent ids have none. */
    Map<Long, Flags> of(Long[] appointmentIds);
}
