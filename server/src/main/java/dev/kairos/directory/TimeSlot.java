package dev.kairos.directory;

import dev.kairos.refusal.Fault;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A half-open span of local wall-clock time within one day, {@code [from, to)}, in the location's
 * zone. The end of the day (wire {@code "24:00"}) is {@link LocalTime#MAX}.
 *
 * @param from inclusive start
 * @param to exclusive end, after {@code from}; {@link LocalTime#MAX} means midnight at the end of the day
 */
public record TimeSlot(LocalTime from, LocalTime to) {

    /** Wire form of the end of the day. */
    public static final String END_OF_DAY = "24:00";

    public TimeSlot {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new Invalid(Fault.of(
                    "fault.slot-order",
                    "a slot must start before it ends: " + from + " - " + to,
                    format(from),
                    format(to)));
        }
        if (from.equals(LocalTime.MAX)) {
            throw new Invalid(Fault.of("fault.slot-at-end", "a slot cannot start at the end of the day"));
        }
    }

    public static TimeSlot of(LocalTime from, LocalTime to) {
        return new TimeSlot(from, to);
    }

    /**
     * Reads {@code "HH:mm"} or {@code "HH:mm:ss"}; {@code "24:00"} is accepted as an end only.
     *
     * @throws Invalid when either time is malformed or {@code from} is not before {@code to}
     */
    public static TimeSlot parse(String from, String to) {
        return new TimeSlot(time(from, false), time(to, true));
    }

    /** Whether the two slots share any instant; touching slots ({@code 10-12}, {@code 12-14}) do not. */
    public boolean overlaps(TimeSlot other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }

    /**
     * The slots of one day, sorted by start.
     *
     * @throws Invalid when two of them overlap
     */
    public static List<TimeSlot> day(List<TimeSlot> slots) {
        List<TimeSlot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparing(TimeSlot::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new Invalid(Fault.of(
                        "fault.slot-overlap",
                        "slots overlap: " + sorted.get(i - 1).wire() + " and "
                                + sorted.get(i).wire(),
                        sorted.get(i - 1).wire(),
                        sorted.get(i).wire()));
            }
        }
        return List.copyOf(sorted);
    }

    public String wireFrom() {
        return format(from);
    }

    public String wireTo() {
        return format(to);
    }

    private String wire() {
        return wireFrom() + "-" + wireTo();
    }

    static String format(LocalTime time) {
        if (time.equals(LocalTime.MAX)) {
            return END_OF_DAY;
        }
        return time.format(
                time.getSecond() == 0 ? DateTimeFormatter.ofPattern("HH:mm") : DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    private static Invalid notATime(String text) {
        return new Invalid(Fault.of("fault.time-of-day", "'" + text + "' is not a time of day as HH:mm", text));
    }

    /** A slot that cannot be: the fault says why, for the field that holds it. */
    public static final class Invalid extends IllegalArgumentException {

        private final transient Fault fault;

        Invalid(Fault fault) {
            super(fault.english());
            this.fault = fault;
        }

        public Fault fault() {
            return fault;
        }
    }

    private static LocalTime time(String text, boolean end) {
        if (text == null || text.isBlank()) {
            throw new Invalid(Fault.of("fault.slot-ends", "a slot needs both 'from' and 'to' as HH:mm"));
        }
        String value = text.strip();
        if (end && (value.equals(END_OF_DAY) || value.equals("24:00:00"))) {
            return LocalTime.MAX;
        }
        if (!value.matches("\\d{2}:\\d{2}(:\\d{2})?")) {
            throw notATime(text);
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw notATime(text);
        }
    }
}
