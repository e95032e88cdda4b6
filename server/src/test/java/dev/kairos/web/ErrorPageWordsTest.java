package dev.kairos.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Bundles;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.MissingServletRequestParameterException;

/**
 * The refusals the web layer words itself (a missing parameter, a bad value, a refused statement)
 * keep their English for the API's envelope and have the bundles' words for an error page.
 */
class ErrorPageWordsTest {

    private final ResourceBundleMessageSource messages = Bundles.messages();

    @Test
    void aMissingParameterIsEnglishOnTheWireAndGermanOrSpanishOnAPage() {
        ApiException refused =
                ApiExceptionHandler.refusal(new MissingServletRequestParameterException("date", "String"));
        assertThat(refused.status().value()).isEqualTo(400);
        assertThat(refused.getMessage()).isEqualTo("Parameter 'date' is required");
        assertThat(refused.refusal().messageIn(messages, Locale.GERMAN))
                .isEqualTo("Der Parameter 'date' ist ein Pflichtfeld");
        assertThat(refused.refusal().messageIn(messages, Locale.forLanguageTag("es")))
                .isEqualTo("El parámetro 'date' es obligatorio");
    }

    @Test
    void anInvalidValueKeepsItsReasonAndTranslatesItsFrame() {
        ApiException refused = ApiExceptionHandler.refusal(new IllegalArgumentException("day 32"));
        assertThat(refused.status().value()).isEqualTo(422);
        assertThat(refused.getMessage()).isEqualTo("Invalid value: day 32");
        assertThat(refused.refusal().messageIn(messages, Locale.GERMAN)).isEqualTo("Ungültiger Wert: day 32");
    }

    @Test
    void aStatementRefusedAtTheSameMomentIsAConflictInTheWordsOfThePage() {
        ApiException refused = DatabaseRefusals.of(
                new DataIntegrityViolationException("x", new SQLException("could not serialize", "40001")));
        assertThat(refused.status().value()).isEqualTo(409);
        assertThat(refused.getMessage()).isEqualTo("The data changed at the same moment; try again");
        assertThat(refused.refusal().message()).isEqualTo("The data changed at the same moment; try again");
        assertThat(refused.refusal().messageIn(messages, Locale.GERMAN))
                .isEqualTo("Die Daten haben sich im selben Moment geändert; bitte versuchen Sie es erneut");
        assertThat(refused.refusal().messageIn(messages, Locale.forLanguageTag("es")))
                .isEqualTo("Los datos cambiaron en el mismo momento; inténtelo de nuevo");
        assertThat(DatabaseRefusals.of(new DataIntegrityViolationException("x", new SQLException("dup", "23505")))
                        .getMessage())
                .isEqualTo("An entry with the same key already exists");
    }
}
