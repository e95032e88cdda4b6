package dev.kairos.appointments;

import dev.kairos.refusal.Fault;
import java.util.EnumSet;
import java.util.Set;

/**
 * The Omneo lifecycle of an appointment, from which Altegio's attendance, confirmed and deleted
 * fields derive. Stored by its lower-case name.
 */
public enum AppointmentStatus {
    REQUESTED,
    CONFIRMED,
    ARRIVED,
    COMPLETED,
    NO_SHOW,
    CANCELLED,
    REJECTED;

    /** Statuses that hold the team member's, resources' and capacity's time. */
    public static final Set<AppointmentStatus> HOLDING = EnumSet.of(REQUESTED, CONFIRMED, ARRIVED, COMPLETED);

    public String dbName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The status as a word of the bundles for a refusal's page: the Overview's word for it when the
     * client has not confirmed (confirmed reads Pending, requested Awaiting approval); its English,
     * for the wire, is {@link #dbName()}.
     */
    public Fault word() {
        return Fault.of(StatusWord.of(dbName(), attendance(false)).key(), dbName());
    }

    public static AppointmentStatus fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }

    /** Altegio's {@code attendance}: 2 client confirmed, 1 arrived, 0 waiting, -1 no-show. */
    public int attendance(boolean clientConfirmed) {
        return switch (this) {
            case ARRIVED, COMPLETED -> 1;
            case NO_SHOW -> -1;
            case CONFIRMED -> clientConfirmed ? 2 : 0;
            default -> 0;
        };
    }

    /** Altegio's {@code confirmed}: 0 while requested or rejected, 1 otherwise. */
    public int confirmed() {
        return this == REQUESTED || this == REJECTED ? 0 : 1;
    }

    /** Altegio's {@code deleted}: cancelled and rejected appointments. */
    public boolean deleted() {
        return this == CANCELLED || this == REJECTED;
    }

    /** Whether a client may still cancel or move it. */
    public boolean clientMayChange() {
        return this == REQUESTED || this == CONFIRMED;
    }
}
