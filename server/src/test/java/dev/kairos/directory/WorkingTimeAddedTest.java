package dev.kairos.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The working time a schedule change adds: what the new day has that the old one did not. */
class WorkingTimeAddedTest {

    @ParameterizedTest(name = "{0} → {1} gains {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # before             | after                     | gained
            09:00-18:00          | 09:00-18:00               | ''
            09:00-18:00          | 09:00-20:00               | 18:00-20:00
            09:00-18:00          | 07:00-18:00               | 07:00-09:00
            09:00-18:00          | 07:00-20:00               | 07:00-09:00 18:00-20:00
            09:00-18:00          | 10:00-17:00               | ''
            ''                   | 09:00-18:00               | 09:00-18:00
            09:00-18:00          | ''                        | ''
            09:00-12:00 13:00-18:00 | 09:00-18:00            | 12:00-13:00
            09:00-12:00 14:00-18:00 | 11:00-15:00            | 12:00-14:00
            09:00-12:00          | 12:00-14:00               | 12:00-14:00
            09:00-12:00          | 08:00-09:00 12:00-13:00   | 08:00-09:00 12:00-13:00
            20:00-24:00          | 18:00-24:00               | 18:00-20:00
            """)
    void gained(String before, String after, String gained) {
        assertThat(WorkingTimeAdded.gained(slots(before), slots(after))).isEqualTo(slots(gained));
    }

    private static List<TimeSlot> slots(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\s+"))
                .map(s -> TimeSlot.parse(s.substring(0, 5), s.substring(6)))
                .toList();
    }
}
