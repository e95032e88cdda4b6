package dev.kairos.notifications;

/**
 * How a location's messages go out: the language they are written in, and where the location's own
 * staff are told (the {@code location} target). A blank staff email sends to every user who may edit
 * the location's appointments.
 */
public record NotificationSettings(String language, String staffEmail, String staffPhone) {

    /** The settings as clients send them; absent fields keep their value. */
    record SettingsBody(String language, String staffEmail, String staffPhone) {}
}
