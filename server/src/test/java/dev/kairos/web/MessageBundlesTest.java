package dev.kairos.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.appointments.SourceWord;
import dev.kairos.appointments.StatusWord;
import dev.kairos.auth.Right;
import dev.kairos.booking.Transition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' message bundles are complete: English, German and Spanish hold the same keys, every key
 * a template or the vocabulary names is in them, and what goes through MessageFormat or
 * DateTimeFormatter parses.
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)");
    private static final Pattern MSG_KEY = Pattern.compile("#messages\\.msg\\('([\\w.-]+)'");

    @Test
    void everyLanguageHasEveryKeyAndNoOther() {
        Set<String> english = bundle("").stringPropertyNames();
        for (String language : List.of("_de", "_es")) {
            Properties other = bundle(language);
            assertThat(new TreeSet<>(other.stringPropertyNames()))
                    .as("keys of messages%s.properties", language)
                    .isEqualTo(new TreeSet<>(english));
            other.forEach((key, value) ->
                    assertThat(value.toString()).as(language + " " + key).isNotBlank());
        }
    }

    @Test
    void everyKeyATemplateNamesIsInTheBundle() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : List.of(LITERAL_KEY, MSG_KEY)) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        if (!keys.contains(m.group(1))) {
                            missing.add(TEMPLATES.relativize(file) + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theKeysTheCodeMakesAreInTheBundle() {
        Set<String> keys = bundle("").stringPropertyNames();
        List<String> made = new ArrayList<>();
        Stream.of(StatusWord.values()).map(StatusWord::key).forEach(made::add);
        Stream.of(SourceWord.values()).map(SourceWord::key).forEach(made::add);
        Stream.of(Transition.values()).map(t -> "move." + t.wireName()).forEach(made::add);
        Stream.of(Right.values())
                .map(r -> "right." + r.name().toLowerCase(Locale.ROOT))
                .forEach(made::add);
        Stream.of("too-short", "differ").map(p -> "invitation." + p).forEach(made::add);
        Stream.of("invited", "not-mailed", "saved", "reactivated", "deactivated")
                .map(n -> "users.notice." + n)
                .forEach(made::add);
        Stream.of("created", "saved", "removed").map(n -> "roles.notice." + n).forEach(made::add);
        made.add("tokens.notice.revoked");
        Stream.of("paid_full", "partially_paid", "free", "not_paid")
                .map(p -> "paid." + p)
                .forEach(made::add);
        Stream.of("created", "confirmed", "arrived", "completed", "no_show", "cancelled", "rejected")
                .map(s -> "history." + s)
                .forEach(made::add);
        Stream.of("service", "member", "date", "time", "details", "done")
                .map(s -> "book.step." + s)
                .forEach(made::add);
        Stream.of("confirmed", "requested", "cancelled", "declined")
                .map(s -> "book.state." + s)
                .forEach(made::add);
        assertThat(made).allMatch(keys::contains, "in messages.properties");
    }

    @Test
    void patternsAndMessagesParseInEveryLanguage() {
        for (String language : List.of("", "_de", "_es")) {
            Properties messages = bundle(language);
            for (String key : messages.stringPropertyNames()) {
                String value = messages.getProperty(key);
                if (key.startsWith("format.")) {
                    assertThat(DateTimeFormatter.ofPattern(value, Locale.ROOT))
                            .as(key)
                            .isNotNull();
                } else if (value.contains("{0")) {
                    // MessageFormat drops a lone apostrophe and what follows it up to the next one.
                    String shown = new java.text.MessageFormat(value, Locale.ENGLISH).format(new Object[] {1, 2, 3});
                    assertThat(shown.replaceAll("[^'’]", "").length())
                            .as("messages%s %s: write an apostrophe as ''", language, key)
                            .isEqualTo(value.replace("''", "'")
                                    .replaceAll("[^'’]", "")
                                    .length());
                }
            }
        }
    }

    private static Properties bundle(String language) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages" + language + ".properties")) {
            assertThat(in).as("messages%s.properties", language).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
