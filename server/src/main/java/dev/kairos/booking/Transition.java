package dev.kairos.booking;

import static dev.kairos.appointments.AppointmentStatus.ARRIVED;
import static dev.kairos.appointments.AppointmentStatus.CANCELLED;
import static dev.kairos.appointments.AppointmentStatus.COMPLETED;
import static dev.kairos.appointments.AppointmentStatus.CONFIRMED;
import static dev.kairos.appointments.AppointmentStatus.REJECTED;
import static dev.kairos.appointments.AppointmentStatus.REQUESTED;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle's moves: for each, the statuses it may start from, the status it ends in, whether
 * it sets that status's timestamp and whether it records who made it. Cancelled and rejected are
 * final.
 */
public enum Transition {
    CONFIRM(EnumSet.of(REQUESTED), CONFIRMED, true, true),
    REJECT(EnumSet.of(REQUESTED), REJECTED, true, true),
    /** The client confirmed they will come (Altegio attendance 2). */
    CLIENT_CONFIRM(EnumSet.of(REQUESTED, CONFIRMED), CONFIRMED, true, false),
    ARRIVE(EnumSet.of(REQUESTED, CONFIRMED, AppointmentStatus.NO_SHOW), ARRIVED, true, false),
    COMPLETE(EnumSet.of(CONFIRMED, ARRIVED), COMPLETED, true, false),
    NO_SHOW(EnumSet.of(REQUESTED, CONFIRMED, ARRIVED), AppointmentStatus.NO_SHOW, true, false),
    /** Back to waiting (Altegio attendance 0): undoes an arrival or a no-show marked by mistake. */
    WAIT(EnumSet.of(ARRIVED, AppointmentStatus.NO_SHOW), CONFIRMED, false, false),
    CANCEL(EnumSet.of(REQUESTED, CONFIRMED, ARRIVED, COMPLETED, AppointmentStatus.NO_SHOW), CANCELLED, true, true);

    private final Set<AppointmentStatus> from;
    private final AppointmentStatus to;
    private final boolean stamps;
    private final boolean recordsWho;

    Transition(Set<AppointmentStatus> from, AppointmentStatus to, boolean stamps, boolean recordsWho) {
        this.from = from;
        this.to = to;
        this.stamps = stamps;
        this.recordsWho = recordsWho;
    }

    public boolean allowedFrom(AppointmentStatus status) {
        return from.contains(status);
    }

    /**
     * Why this move may not start from {@code status}, naming the statuses it may start from; empty
     * when it may.
     */
    public Optional<Refusal> refusalFrom(AppointmentStatus status) {
        if (allowedFrom(status)) {
            return Optional.empty();
        }
        Fault allowed = Fault.listed(from.stream()
                .sorted(java.util.Comparator.comparing(AppointmentStatus::dbName))
                .map(AppointmentStatus::word)
                .toList());
        return Optional.of(Refusal.conflict(Fault.of(
                "refusal.transition-not-allowed",
                "A " + status.dbName() + " appointment cannot be moved by '" + wireName() + "' (allowed from: "
                        + allowed.english() + ")",
                status.word(),
                wireName(),
                allowed)));
    }

    public Set<AppointmentStatus> from() {
        return from;
    }

    public AppointmentStatus to() {
        return to;
    }

    /** Whether the move sets the timestamp named after its status ({@code confirmed_at}, {@code arrived_at}, ...). */
    boolean stamps() {
        return stamps;
    }

    /** Whether the move records the user who made it ({@code confirmed_by}, {@code rejected_by}, {@code cancelled_by}). */
    boolean recordsWho() {
        return recordsWho;
    }

    /** The wire name: {@code confirm}, {@code no_show}, {@code client_confirm}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Transition> ofWireName(String name) {
        for (Transition t : values()) {
            if (t.wireName().equalsIgnoreCase(name.replace('-', '_'))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Altegio's attendance codes: 2 client confirmed, 1 arrived, 0 waiting, -1 no-show. */
    public static Transition ofAttendance(int attendance) {
        return switch (attendance) {
            case 2 -> CLIENT_CONFIRM;
            case 1 -> ARRIVE;
            case 0 -> WAIT;
            case -1 -> NO_SHOW;
            default -> throw new IllegalArgumentException("attendance must be 2, 1, 0 or -1, got " + attendance);
        };
    }
}
