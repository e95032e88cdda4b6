package dev.kairos.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeRangeTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    private static final TimeRange TEN_TO_ELEVEN = TimeRange.of(minute(600), minute(660));

    private static Instant minute(int minutes) {
        return T0.plusSeconds(minutes * 60L);
    }

    @ParameterizedTest(name = "{0}: [{1}, {2}) against [600, 660)")
    @CsvSource({
        "before,              500, 590, false, false",
        "touching before,     540, 600, false, false",
        "overlapping start,   570, 630, true,  false",
        "same start inside,   600, 630, true,  true",
        "equal,               600, 660, true,  true",
        "inside,              610, 650, true,  true",
        "containing,          590, 670, true,  false",
        "overlapping end,     630, 690, true,  false",
        "touching after,      660, 720, false, false",
        "after,               700, 760, false, false",
    })
    void overlapsAndEnclosesWalkEveryBoundary(String name, int from, int to, boolean overlaps, boolean enclosed) {
        TimeRange other = TimeRange.of(minute(from), minute(to));

        assertThat(TEN_TO_ELEVEN.overlaps(other)).isEqualTo(overlaps);
        assertThat(other.overlaps(TEN_TO_ELEVEN)).isEqualTo(overlaps);
        assertThat(TEN_TO_ELEVEN.encloses(other)).isEqualTo(enclosed);
    }

    @Test
    void startIsInsideAndEndIsNot() {
        assertThat(TEN_TO_ELEVEN.contains(minute(600))).isTrue();
        assertThat(TEN_TO_ELEVEN.contains(minute(660))).isFalse();
        assertThat(TEN_TO_ELEVEN.duration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aRangeEndingBeforeItStartsCannotExist() {
        assertThatThrownBy(() -> TimeRange.of(minute(660), minute(600))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeRange.of(minute(600), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyRangeIsAllowedAndOverlapsNothing() {
        TimeRange empty = TimeRange.of(minute(630), minute(630));

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.overlaps(TEN_TO_ELEVEN)).isFalse();
    }
}
