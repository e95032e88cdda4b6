package dev.kairos.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.kairos.support.Bundles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words of refusals are MessageFormat patterns: one that does not parse (a choice written with
 * {@code #} inside, a lone quote) would turn a refusal into a failure on the page that shows it.
 */
class RefusalWordsTest {

    @ParameterizedTest
    @CsvSource({"messages.properties, en", "messages_de.properties, de", "messages_es.properties, es"})
    void everyRefusalAndFaultPatternParses(String bundle, String language) throws IOException {
        Properties words = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
            words.load(in);
        }
        Locale locale = Locale.forLanguageTag(language);
        words.stringPropertyNames().stream()
                .filter(k -> k.startsWith("refusal.") || k.startsWith("fault."))
                .forEach(k -> assertThatCode(() -> new MessageFormat(words.getProperty(k), locale))
                        .as("%s in %s", k, bundle)
                        .doesNotThrowAnyException());
    }

    @Test
    void aCountAndAStatusReadInThePagesLanguageWhileTheWireKeepsItsEnglish() {
        var messages = Bundles.messages();
        Refusal held = Refusal.conflict(
                Fault.of("refusal.role.held", "The role is held by 2 users; give them another role first", 2));
        Refusal ticket = Refusal.conflict(Fault.of(
                "refusal.queue.ticket-status",
                "Ticket 7 is served: it cannot be cancelled now",
                7,
                Fault.word("queue.status.served", "served"),
                Fault.word("queue.status.cancelled", "cancelled")));

        assertThat(held.messageIn(messages, Locale.GERMAN))
                .isEqualTo("2 Benutzer haben diese Rolle; geben Sie ihnen zuerst eine andere Rolle");
        assertThat(ticket.messageIn(messages, Locale.forLanguageTag("es")))
                .isEqualTo("El turno 7 está atendido: ahora no puede pasar a cancelado");
        assertThat(ticket.messageIn(messages, Locale.ENGLISH)).isEqualTo(ticket.message());
        assertThat(ticket.message()).isEqualTo("Ticket 7 is served: it cannot be cancelled now");
    }
}
