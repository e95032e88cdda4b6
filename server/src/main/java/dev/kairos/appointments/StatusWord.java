package dev.kairos.appointments;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * An appointment's status as people read it, the same on the Overview's badges and filter, in Info,
 * in the calendar, in the Excel export and in the import. The spec's four visit statuses (Pending,
 * Arrived, Confirmed by the client, No-show) plus the lifecycle's own: a request awaiting approval,
 * completed, cancelled and rejected. The words are in the message bundles under {@link #key()}.
 */
public enum StatusWord {
    AWAITING_APPROVAL,
    PENDING,
    CONFIRMED,
    ARRIVED,
    COMPLETED,
    NO_SHOW,
    CANCELLED,
    REJECTED;

    /** The word of a lifecycle status (its lower-case name) and Altegio's attendance (2 when the client confirmed). */
    public static StatusWord of(String status, int attendance) {
        return switch (status) {
            case "requested" -> AWAITING_APPROVAL;
            case "confirmed" -> attendance == 2 ? CONFIRMED : PENDING;
            case "arrived" -> ARRIVED;
            case "completed" -> COMPLETED;
            case "no_show" -> NO_SHOW;
            case "cancelled" -> CANCELLED;
            case "rejected" -> REJECTED;
            default -> throw new IllegalArgumentException("Unknown status " + status);
        };
    }

    /** The message key of the word, such as {@code status.no_show}. */
    public String key() {
        return "status." + name().toLowerCase(Locale.ROOT);
    }

    /**
     * Altegio's attendance code of the four statuses an import row may carry (the spec's -1, 0, 1,
     * 2); empty for the others, which only the lifecycle reaches.
     */
    public OptionalInt importCode() {
        return switch (this) {
            case NO_SHOW -> OptionalInt.of(-1);
            case PENDING -> OptionalInt.of(0);
            case ARRIVED -> OptionalInt.of(1);
            case CONFIRMED -> OptionalInt.of(2);
            default -> OptionalInt.empty();
        };
    }
}
