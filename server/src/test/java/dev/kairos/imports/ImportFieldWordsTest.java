package dev.kairos.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mapping page names every import field in each language, and in English as the import reads headers. */
class ImportFieldWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "es"})
    void everyFieldHasItsWords(String language) {
        ResourceBundle words = ResourceBundle.getBundle("messages", Locale.forLanguageTag(language));
        for (ImportField field : ImportField.values()) {
            assertThat(words.getString("import.field." + field.name()))
                    .as(field.name())
                    .isNotBlank();
        }
    }

    @Test
    void theEnglishWordsAreTheLabelsTheImportReadsAsHeaders() {
        ResourceBundle english = ResourceBundle.getBundle("messages", Locale.ROOT);
        for (ImportField field : ImportField.values()) {
            assertThat(english.getString("import.field." + field.name())).isEqualTo(field.label());
            assertThat(ImportField.forHeader(field.label())).contains(field);
        }
    }
}
