package dev.kairos.notifications;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.booking.AppointmentBooked;
import dev.kairos.booking.AppointmentEdited;
import dev.kairos.booking.AppointmentRescheduled;
import dev.kairos.booking.AppointmentStatusChanged;
import dev.kairos.booking.AppointmentsImported;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans messages when appointments change, in the transaction that changes them (plain listeners:
 * a rolled-back booking plans nothing). Each change costs one statement; nothing is rendered here.
 */
@Component
class NotificationPlanner {

    private final PlannedNotifications planned;

    NotificationPlanner(PlannedNotifications planned) {
        this.planned = planned;
    }

    @EventListener
    void on(AppointmentBooked booked) {
        NotificationEvent now =
                switch (booked.status()) {
                    case REQUESTED -> NotificationEvent.REQUESTED;
                    case CONFIRMED -> NotificationEvent.CONFIRMED;
                    default -> null;
                };
        if (now != null) {
            // Only a booking that holds its time (requested or confirmed) is told of or reminded.
            planned.planBooked(booked, now, true);
        }
    }

    @EventListener
    void on(AppointmentRescheduled moved) {
        planned.plan(Plan.of(moved.appointmentId(), List.of(NotificationEvent.RESCHEDULED), true));
    }

    @EventListener
    void on(AppointmentEdited edited) {
        planned.plan(Plan.of(edited.appointmentId(), List.of(), true));
    }

    @EventListener
    void on(AppointmentStatusChanged changed) {
        Plan plan = plan(changed);
        if (!plan.nothing()) {
            planned.plan(plan);
        }
    }

    @EventListener
    void on(AppointmentsImported imported) {
        // An import brings appointments over from elsewhere: their clients hear no "booked", only reminders.
        planned.plan(new Plan(imported.appointmentIds(), List.of(), true, null));
    }

    private static Plan plan(AppointmentStatusChanged changed) {
        long id = changed.appointmentId();
        return switch (changed.to()) {
            case CONFIRMED ->
                changed.from() == AppointmentStatus.REQUESTED
                        ? Plan.of(id, List.of(NotificationEvent.CONFIRMED), false)
                        : Plan.of(id, List.of(), false);
            case REJECTED -> Plan.ending(id, List.of(NotificationEvent.REJECTED), "the appointment was rejected");
            case CANCELLED -> Plan.ending(id, List.of(NotificationEvent.CANCELLED), "the appointment was cancelled");
            case COMPLETED -> Plan.ending(id, List.of(NotificationEvent.COMPLETED), "the appointment was completed");
            case NO_SHOW -> Plan.ending(id, List.of(NotificationEvent.NO_SHOW), "the client did not come");
            case ARRIVED -> Plan.ending(id, List.of(), "the client arrived");
            case REQUESTED -> Plan.of(id, List.of(), false);
        };
    }
}
