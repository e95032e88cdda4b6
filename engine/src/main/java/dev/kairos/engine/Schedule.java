package dev.kairos.engine;

import java.time.LocalDate;
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

    /** Open around the clock, every day. */
    static Schedule always() {
        return date -> List.of(LocalTimeWindow.WHOLE_DAY);
    }
}
