package dev.kairos.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A weekly pattern with dated overrides: special days replace that date's hours, and a closure
 * (an override with no windows) closes the date. Immutable; build with {@link #builder()}.
 */
public final class WeeklySchedule implements Schedule {

    private final Map<DayOfWeek, List<LocalTimeWindow>> weekly;
    private final Map<LocalDate, List<LocalTimeWindow>> overrides;

    private WeeklySchedule(Builder builder) {
        this.weekly = new EnumMap<>(builder.weekly);
        this.overrides = new HashMap<>(builder.overrides);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<LocalTimeWindow> windowsOn(LocalDate date) {
        List<LocalTimeWindow> special = overrides.get(date);
        return special != null ? special : weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    /** Collects weekly hours and overrides; later calls for the same day replace earlier ones. */
    public static final class Builder {

        private final Map<DayOfWeek, List<LocalTimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
        private final Map<LocalDate, List<LocalTimeWindow>> overrides = new HashMap<>();

        private Builder() {}

        public Builder on(DayOfWeek day, LocalTimeWindow... windows) {
            weekly.put(day, List.of(windows));
            return this;
        }

        /** The same windows on every day of the week. */
        public Builder everyDay(LocalTimeWindow... windows) {
            for (DayOfWeek day : DayOfWeek.values()) {
                on(day, windows);
            }
            return this;
        }

        /** A special day: these windows replace the weekly hours on {@code date}. */
        public Builder special(LocalDate date, LocalTimeWindow... windows) {
            overrides.put(date, List.of(windows));
            return this;
        }

        /** A closure or day off on {@code date}. */
        public Builder closed(LocalDate date) {
            return special(date);
        }

        public WeeklySchedule build() {
            return new WeeklySchedule(this);
        }
    }
}
