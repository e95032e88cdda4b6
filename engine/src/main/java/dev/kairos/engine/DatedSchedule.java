package dev.kairos.engine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hours already resolved per date (weekly pattern, overrides and days off applied by the caller).
 * Dates without an entry have no hours.
 */
public final class DatedSchedule implements Schedule {

    private final Map<LocalDate, List<LocalTimeWindow>> windowsByDate;

    private DatedSchedule(Map<LocalDate, List<LocalTimeWindow>> windowsByDate) {
        this.windowsByDate = windowsByDate;
    }

    /** @param windowsByDate windows starting on each date; copied */
    public static DatedSchedule of(Map<LocalDate, List<LocalTimeWindow>> windowsByDate) {
        Map<LocalDate, List<LocalTimeWindow>> copy = new HashMap<>();
        windowsByDate.forEach((date, windows) -> copy.put(date, List.copyOf(windows)));
        return new DatedSchedule(copy);
    }

    public static DatedSchedule of(LocalDate date, LocalTimeWindow... windows) {
        return new DatedSchedule(Map.of(date, List.of(windows)));
    }

    @Override
    public List<LocalTimeWindow> windowsOn(LocalDate date) {
        return windowsByDate.getOrDefault(date, List.of());
    }
}
