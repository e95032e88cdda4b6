package dev.kairos.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.support.Bundles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A fault is written in English on the wire and in the person's language on a page; a refusal
 * keeps both, and the English of the API never depends on the bundles.
 */
class FaultTest {

    private static final Locale GERMAN = Locale.GERMAN;
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final ResourceBundleMessageSource messages = Bundles.messages();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "required     | is required                     | ist ein Pflichtfeld               | es obligatorio",
                "wrongFormat  | has a wrong format              | hat ein falsches Format           | tiene un formato incorrecto",
                "wholeNumber  | must be a whole number          | muss eine ganze Zahl sein         | debe ser un número entero",
                "tooLong      | is longer than 20000 characters | ist länger als 20000 Zeichen      | tiene más de 20000 caracteres",
                "between      | must be between 0 and 525600    | muss zwischen 0 und 525.600 liegen | debe estar entre 0 y 525.600",
                "notNegative  | must not be negative            | darf nicht negativ sein           | no puede ser negativo",
            })
    void aFaultIsEnglishOnTheWireAndTranslatedOnAPage(String factory, String english, String german, String spanish) {
        Fault fault = fault(factory);

        assertThat(fault.english()).isEqualTo(english);
        assertThat(fault.in(messages, Locale.ENGLISH)).isEqualTo(english);
        assertThat(fault.in(messages, GERMAN)).isEqualTo(german);
        assertThat(fault.in(messages, SPANISH)).isEqualTo(spanish);
    }

    @Test
    void aRuleOfItsOwnEnglishKeepsItOnTheWireAndOnAnEnglishPage() {
        Fault fault = Fault.required().saying("title is required");

        assertThat(fault.english()).isEqualTo("title is required");
        assertThat(fault.in(messages, Locale.ENGLISH)).isEqualTo("title is required");
        assertThat(fault.in(messages, GERMAN)).isEqualTo("ist ein Pflichtfeld");
    }

    @Test
    void joinedFaultsKeepTheWiresEnglishAndAreEachInThePagesWords() {
        Fault joined = Fault.joined(List.of(
                Fault.of("refusal.member-busy", "The team member has another appointment at this time"),
                Fault.of("refusal.service-full", "'Yoga' is fully booked at this time", "Yoga"),
                Fault.english("Something new")));

        assertThat(joined.english())
                .isEqualTo("The team member has another appointment at this time; 'Yoga' is fully booked at this time;"
                        + " Something new");
        assertThat(joined.in(messages, Locale.ENGLISH)).isEqualTo(joined.english());
        assertThat(joined.in(messages, GERMAN))
                .isEqualTo("Das Teammitglied hat zu dieser Zeit einen anderen Termin;"
                        + " „Yoga“ ist zu dieser Zeit ausgebucht; Something new");
        assertThat(Fault.joined(List.of()).english()).isEmpty();
    }

    /** The English of a bundle is the wire's English: quotes and braces survive MessageFormat. */
    @Test
    void theEnglishBundleSaysWhatTheWireSays() {
        assertThat(messages.getMessage("refusal.service-full", new Object[] {"Yoga"}, Locale.ENGLISH))
                .isEqualTo("'Yoga' is fully booked at this time");
        assertThat(messages.getMessage("refusal.client-phone-format", null, Locale.ENGLISH))
                .isEqualTo("The client's phone number has a wrong format");
        assertThat(messages.getMessage(
                        "refusal.booking-body", new Object[] {"{\"appointments\": [...]}"}, Locale.ENGLISH))
                .isEqualTo("Send {\"appointments\": [...]} or an array of appointments");
        assertThat(messages.getMessage(
                        "fault.book-event-seats",
                        new Object[] {"/activity/{location_id}/{activity_id}/book"},
                        Locale.ENGLISH))
                .isEqualTo("book seats of a group event with POST /activity/{location_id}/{activity_id}/book");
        assertThat(messages.getMessage("fault.label-id", new Object[] {"x7"}, Locale.ENGLISH))
                .isEqualTo("'x7' is not an appointment category id");
        assertThat(messages.getMessage("refusal.seats-left", new Object[] {1234}, Locale.ENGLISH))
                .isEqualTo("Not enough free seats: 1234 left");
        assertThat(messages.getMessage(
                        "refusal.transition-not-allowed", new Object[] {"arrived", "confirm", "requested"}, GERMAN))
                .isEqualTo(
                        "Ein Termin im Status arrived kann nicht mit 'confirm' geändert werden (erlaubt aus: requested)");
    }

    @Test
    void aFaultWithoutWordsIsEnglishEverywhere() {
        Fault plain = Fault.english("is taken at this time");
        Fault unknownKey = Fault.of("fault.no-such-key", "is odd");

        assertThat(plain.in(messages, GERMAN)).isEqualTo("is taken at this time");
        assertThat(unknownKey.in(messages, SPANISH)).isEqualTo("is odd");
    }

    @Test
    void validationCollectsFaultsInOrderAndRefusesWithEnglishFields() {
        Validation v = new Validation()
                .required(" ", "name")
                .atMost("x".repeat(201), 200, "title")
                .check(false, "phone", PhoneFault.FAULT)
                .reject("name", "is odd");

        assertThat(v.ok()).isFalse();
        Refusal refusal = v.refusal().orElseThrow();
        assertThat(refusal.code()).isEqualTo(RefusalCode.INVALID);
        assertThat(refusal.message()).isEqualTo("An error has occurred");
        assertThat(refusal.fields())
                .containsExactly(
                        Map.entry("name", List.of("is required", "is odd")),
                        Map.entry("title", List.of("is longer than 200 characters")),
                        Map.entry("phone", List.of("is not a valid phone number")));
        assertThat(refusal.fieldsIn(messages, GERMAN))
                .containsExactly(
                        Map.entry("name", List.of("ist ein Pflichtfeld", "is odd")),
                        Map.entry("title", List.of("ist länger als 200 Zeichen")),
                        Map.entry("phone", List.of("ist keine gültige Telefonnummer")));
        assertThat(refusal.forPeople(messages, SPANISH))
                .isEqualTo("name es obligatorio, is odd; title tiene más de 200 caracteres;"
                        + " phone no es un número de teléfono válido");
        assertThatThrownBy(v::orThrow)
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).refusal())
                .isEqualTo(refusal);
    }

    @Test
    void aValidationWithoutFaultsRefusesNothing() {
        Validation v = new Validation().required("Ida", "name").atMost(null, 200, "name");

        assertThat(v.ok()).isTrue();
        assertThat(v.refusal()).isEmpty();
        v.orThrow();
    }

    @Test
    void aRefusalWithoutFieldsSaysItsMessageInThePagesLanguageAndEnglishOnTheWire() {
        Refusal refusal = Refusal.forbidden();

        assertThat(refusal.message()).isEqualTo("Access denied.");
        assertThat(refusal.forPeople()).isEqualTo("Access denied.");
        assertThat(refusal.forPeople(messages, Locale.ENGLISH)).isEqualTo("Access denied.");
        assertThat(refusal.forPeople(messages, GERMAN)).isEqualTo("Zugriff verweigert.");
        assertThat(refusal.forPeople(messages, SPANISH)).isEqualTo("Acceso denegado.");
        assertThat(Refusal.conflict("Taken").forPeople(messages, GERMAN)).isEqualTo("Taken");
    }

    @Test
    void aRefusalOfEnglishFieldsKeepsThemAsTheyWere() {
        Refusal refusal = Refusal.invalid(Map.of("date", List.of("is not a valid date")));

        assertThat(refusal.fields()).isEqualTo(Map.of("date", List.of("is not a valid date")));
        assertThat(refusal.fieldsIn(messages, GERMAN)).isEqualTo(refusal.fields());
        assertThat(Refusal.invalid("x", "is odd").faults()).isEqualTo(Map.of("x", List.of(Fault.english("is odd"))));
    }

    @Test
    void everyFaultAndRefusalKeyTheCodeMakesIsInEveryBundle() throws IOException {
        Set<String> made = new TreeSet<>();
        Pattern key = Pattern.compile("\"((?:fault|refusal)\\.[a-z.-]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                Matcher m = key.matcher(read(p));
                while (m.find()) {
                    made.add(m.group(1));
                }
            });
        }
        assertThat(made).contains("fault.required", "fault.phone", "fault.too-long", "refusal.not-found");
        for (Locale language : List.of(Locale.ENGLISH, GERMAN, SPANISH)) {
            for (String k : made) {
                assertThat(messages.getMessage(k, new Object[] {1, 2}, null, language))
                        .as("%s in %s", k, language)
                        .isNotBlank();
            }
        }
    }

    /** The clients module's phone fault, written here as the module does, to keep this test in its package. */
    private static final class PhoneFault {
        static final Fault FAULT = Fault.of("fault.phone", "is not a valid phone number");
    }

    private static Fault fault(String factory) {
        return switch (factory) {
            case "required" -> Fault.required();
            case "wrongFormat" -> Fault.wrongFormat();
            case "wholeNumber" -> Fault.wholeNumber();
            case "tooLong" -> Fault.tooLong(20_000);
            case "between" -> Fault.between(0, 525_600);
            case "notNegative" -> Fault.notNegative();
            default -> throw new IllegalArgumentException(factory);
        };
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
