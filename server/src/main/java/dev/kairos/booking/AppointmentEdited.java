package dev.kairos.booking;

/**
 * Staff changed an appointment without moving it (its services, client, comment or the reminders
 * it asks for); published in the transaction that changed it.
 */
public record AppointmentEdited(long locationId, long appointmentId, ReminderHours reminders, Long byUserId) {}
