package dev.kairos.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Candidate slot starts for one local date: each opening window's start plus whole steps, in local
 * time, that begin on that date and before the window closes. Starts in a DST gap are left out; a
 * local time of a fall-back overlap is a start at each of its two offsets, so the repeated hour is
 * offered as the real time it is, and no instant twice.
 */
final class SlotGrid {

    private final Schedule openingHours;
    private final ZoneTime zoneTime;
    private final long stepSeconds;
    private final long[] occurrences = new long[2];
    private long[] starts = new long[64];
    private int size;

    SlotGrid(Schedule openingHours, ZoneTime zoneTime, long stepSeconds) {
        this.openingHours = openingHours;
        this.zoneTime = zoneTime;
        this.stepSeconds = stepSeconds;
    }

    /** Fills the grid for {@code date}; read it with {@link #size()} and {@link #start(int)}. */
    void fill(LocalDate date) {
        size = 0;
        long dayStart = localSeconds(date.atStartOfDay());
        long dayEnd = dayStart + 86_400;
        for (LocalTimeWindow window : openingHours.windowsOn(date.minusDays(1))) {
            if (window.crossesMidnight()) {
                addWindow(window, date.minusDays(1), dayStart, dayEnd);
            }
        }
        for (LocalTimeWindow window : openingHours.windowsOn(date)) {
            addWindow(window, date, dayStart, dayEnd);
        }
        sortAndDeduplicate();
    }

    int size() {
        return size;
    }

    /** The {@code index}th start of the filled date, in epoch seconds, ascending. */
    long start(int index) {
        return starts[index];
    }

    private void addWindow(LocalTimeWindow window, LocalDate openedOn, long dayStart, long dayEnd) {
        long opening = localSeconds(window.startOn(openedOn));
        long closing = zoneTime.boundSecond(window.endWhenStartingOn(openedOn));
        long first = opening >= dayStart ? opening : opening + ceilSteps(dayStart - opening) * stepSeconds;
        for (long local = first; local < dayEnd; local += stepSeconds) {
            int found = zoneTime.slotSeconds(LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC), occurrences);
            if (found > 0 && occurrences[0] >= closing) {
                return;
            }
            for (int i = 0; i < found; i++) {
                if (occurrences[i] < closing) {
                    add(occurrences[i]);
                }
            }
        }
    }

    private long ceilSteps(long seconds) {
        return (seconds + stepSeconds - 1) / stepSeconds;
    }

    private void add(long instant) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
        }
        starts[size++] = instant;
    }

    private void sortAndDeduplicate() {
        Arrays.sort(starts, 0, size);
        int unique = 0;
        for (int i = 0; i < size; i++) {
            if (unique == 0 || starts[i] != starts[unique - 1]) {
                starts[unique++] = starts[i];
            }
        }
        size = unique;
    }

    /** Wall-clock time as seconds on a zone-free local time line. */
    private static long localSeconds(LocalDateTime local) {
        return local.toEpochSecond(ZoneOffset.UTC);
    }
}
