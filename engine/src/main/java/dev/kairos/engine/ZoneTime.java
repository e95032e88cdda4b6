package dev.kairos.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;

/**
 * Local-to-instant conversion with one consistent rule for daylight-saving changes.
 *
 * <p>In a gap (spring forward) a window bound moves to the instant the clocks jump, so a window
 * {@code 01:00–04:00} on a spring-forward day lasts two real hours; a slot start in a gap does not
 * exist. In an overlap (fall back) a window bound takes the earlier offset, so {@code 01:00–04:00}
 * lasts four real hours, and a repeated local time is two slot starts, one per offset.
 */
final class ZoneTime {

    /** Marks a local time that does not exist because it falls in a gap. */
    static final long IN_GAP = Long.MIN_VALUE;

    private final ZoneRules rules;

    ZoneTime(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** The instant of a window bound at {@code local}: the jump instant when in a gap. */
    long boundSecond(LocalDateTime local) {
        long second = slotSecond(local);
        return second != IN_GAP
                ? second
                : rules.getTransition(local).getInstant().getEpochSecond();
    }

    /** The instant of a slot start at {@code local}, or {@link #IN_GAP}. */
    long slotSecond(LocalDateTime local) {
        // In an overlap the list is [offset before, offset after]; the first is the earlier instant.
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        return offsets.isEmpty() ? IN_GAP : local.toEpochSecond(offsets.get(0));
    }

    /**
     * Every instant a slot may start at {@code local}: none in a gap, two in an overlap (the earlier
     * first), one otherwise.
     *
     * @param out receives the instants; room for two
     * @return how many were written
     */
    int slotSeconds(LocalDateTime local, long[] out) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        for (int i = 0; i < offsets.size(); i++) {
            out[i] = local.toEpochSecond(offsets.get(i));
        }
        return offsets.size();
    }

    LocalDateTime toLocal(long epochSecond) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        return LocalDateTime.ofEpochSecond(epochSecond, 0, rules.getOffset(instant));
    }

    LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, rules.getOffset(instant));
    }

    /** The windows of {@code schedule} starting on {@code fromDate..toDate} as one set. */
    IntervalSet resolve(Schedule schedule, LocalDate fromDate, LocalDate toDate) {
        long[] pairs = new long[16];
        int size = 0;
        for (LocalDate date = fromDate; !date.isAfter(toDate); date = date.plusDays(1)) {
            for (LocalTimeWindow window : schedule.windowsOn(date)) {
                if (size == pairs.length) {
                    pairs = Arrays.copyOf(pairs, size * 2);
                }
                pairs[size++] = boundSecond(window.startOn(date));
                pairs[size++] = boundSecond(window.endWhenStartingOn(date));
            }
        }
        return IntervalSet.ofSeconds(Arrays.copyOf(pairs, size));
    }
}
