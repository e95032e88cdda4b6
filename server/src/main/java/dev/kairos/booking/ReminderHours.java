package dev.kairos.booking;

/**
 * The reminders an appointment asks for itself, in hours before its start (Altegio's
 * {@code sms_remain_hours} and {@code email_remain_hours}, book_record's {@code notify_by_sms} and
 * {@code notify_by_email}); 0 asks for none.
 */
public record ReminderHours(int sms, int email) {

    public static final ReminderHours NONE = new ReminderHours(0, 0);

    /** The most hours before the start a reminder may ask for: 30 days. */
    public static final int MAX = 720;
}
