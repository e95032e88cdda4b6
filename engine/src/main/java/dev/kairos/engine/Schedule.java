package dev.kairos.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Local working or opening hours per date. Implementations are immutable.
 *
 * @see WeeklySchedule
 * @see DatedSchedule
 */
public interface Schedule {

    /** The windows starting on {@code date}; empty when closed or off. Never null. */
    List<LocalTimeWindow> windowsOn(LocalDate date);

    /**
     * The windows starting on {@code fromDate..toDate} (inclusive) as instants in {@code zone}, with
     * the engine's daylight-saving rule (see {@link ZoneTime}).
     */
    default IntervalSet inZone(ZoneId zone, LocalDate fromDate, LocalDate toDate) {
        return new ZoneTime(zone).resolve(this, fromDate, toDate);
    }

    /** Open around the clock, every day. */
    static Schedule always() {
        return date -> List.of(LocalTimeWindow.WHOLE_DAY);
    }
}
