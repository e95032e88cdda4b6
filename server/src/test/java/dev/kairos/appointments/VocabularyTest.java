package dev.kairos.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Bundles;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one vocabulary, read from the real bundles: words per status and language, and what the import reads back. */
class VocabularyTest {

    private final Vocabulary words = Bundles.vocabulary();

    @ParameterizedTest
    @CsvSource({
        "requested, 0, en, Awaiting approval",
        "confirmed, 0, en, Pending",
        "confirmed, 2, en, Confirmed",
        "arrived,   1, en, Arrived",
        "completed, 1, en, Completed",
        "no_show,  -1, en, No-show",
        "cancelled, 0, en, Cancelled",
        "rejected,  0, en, Rejected",
        "confirmed, 0, de, Ausstehend",
        "confirmed, 2, de, Bestätigt",
        "cancelled, 0, es, Cancelada",
        "confirmed, 0, fr, Pending"
    })
    void eachStatusHasOneWordPerLanguage(String status, int attendance, String language, String word) {
        assertThat(words.status(status, attendance, Locale.forLanguageTag(language)))
                .isEqualTo(word);
    }

    @ParameterizedTest
    @CsvSource({
        "Pending, PENDING",
        "pending, PENDING",
        "Ausstehend, PENDING",
        "Pendiente, PENDING",
        "Erschienen, ARRIVED",
        "llegó, ARRIVED",
        "Confirmed, CONFIRMED",
        "Bestätigt, CONFIRMED",
        "No-show, NO_SHOW",
        "' Nicht erschienen ', NO_SHOW"
    })
    void theImportReadsTheFourStatusesInEveryLanguage(String text, StatusWord status) {
        assertThat(words.importStatus(text)).contains(status);
    }

    @Test
    void statusesOnlyTheLifecycleReachesAreNotImported() {
        assertThat(words.importStatus("Completed")).isEmpty();
        assertThat(words.importStatus("Storniert")).isEmpty();
        assertThat(words.importStatus("Awaiting approval")).isEmpty();
    }

    @Test
    void sourcesCreatorsAndDatesFollowTheLanguage() {
        Locale german = Locale.GERMAN;
        assertThat(words.source(true, "admin", german)).isEqualTo("Online");
        assertThat(words.source(false, "import", german)).isEqualTo("Excel-Import");
        assertThat(words.createdBy(true, 7, Map.of(7L, "Anna"), german)).isEqualTo("Kunde (online)");
        assertThat(words.createdBy(false, 7, Map.of(7L, "Anna"), german)).isEqualTo("Anna");
        assertThat(words.createdBy(false, 1234, Map.of(), Locale.ENGLISH)).isEqualTo("User 1234");
        LocalDateTime at = LocalDateTime.of(2026, 12, 6, 9, 5);
        assertThat(words.dateTime(german).format(at)).isEqualTo("06.12.2026 09:05");
        assertThat(words.dateTime(Locale.ENGLISH).format(at)).isEqualTo("6 Dec 2026 09:05");
        assertThat(words.dateTime(Locale.forLanguageTag("es")).format(at)).isEqualTo("06/12/2026 9:05");
        assertThat(Vocabulary.FILE_DATE_TIME.format(at)).isEqualTo("06.12.2026 09:05");
    }
}
