package dev.kairos.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.refusal.Fault;
import dev.kairos.support.Bundles;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A long value from a file is cut the same way on the wire and on a page, its length in the page's words. */
class ShownTest {

    @Test
    void aShortValueIsItself() {
        assertThat(Shown.excerptWord("Ida")).isEqualTo("Ida");
        assertThat(Shown.quotedWord("Ida")).isEqualTo("'Ida'");
    }

    @Test
    void aLongValueSaysItsLengthInThePagesLanguage() {
        String text = "h".repeat(32_000);
        Fault cut = (Fault) Shown.excerptWord(text);
        Fault quoted = (Fault) Shown.quotedWord(text);
        String head = "h".repeat(Shown.MAX_CHARS);

        assertThat(cut.english()).isEqualTo(Shown.excerpt(text)).isEqualTo(head + "… (32,000 characters)");
        assertThat(cut.in(Bundles.messages(), Locale.GERMAN)).isEqualTo(head + "… (32.000 Zeichen)");
        assertThat(quoted.english()).isEqualTo(Shown.quoted(text));
        assertThat(quoted.in(Bundles.messages(), Locale.forLanguageTag("es")))
                .isEqualTo("'" + head + "… (32.000 caracteres)'");
    }
}
