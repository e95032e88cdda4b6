package dev.kairos.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.exceptions.TemplateProcessingException;

/** Message templates read the variables they are given, escape them in HTML, and can reach nothing else. */
class TemplateRendererTest {

    private final TemplateRenderer renderer = new TemplateRenderer();
    private final Map<String, Object> variables = variables();

    @Test
    void textTemplatesPrintVariablesAndLeaveOutWhatIsNull() {
        String text = renderer.text(
                "Hi [(${client.name})][# th:if=\"${client.phone}\"], [(${client.phone})][/]!",
                variables,
                Locale.ENGLISH);

        assertThat(text).isEqualTo("Hi Ann <b>!");
    }

    @Test
    void htmlTemplatesEscapeWhatTheyPrint() {
        String html = renderer.html("<p th:text=\"${client.name}\">x</p>", variables, Locale.ENGLISH);

        assertThat(html).isEqualTo("<p>Ann &lt;b&gt;</p>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[(${T(java.lang.Runtime).getRuntime().exec('touch /tmp/kairos')})]",
                "[(${client.name.getClass().forName('java.lang.Runtime')})]",
                "[(${client.name.length()})]",
                "[(${#strings.toUpperCase(client.name)})]",
                "[(${@jobScheduler})]",
                "[(${new java.io.File('/etc/passwd')})]",
                "[(${client.surname})]",
                "[(${nobody})]",
                "[[${client['name']}]]"
            })
    void anythingButADocumentedVariableIsRefused(String template) {
        assertThatThrownBy(() -> renderer.text(template, variables, Locale.ENGLISH))
                .isInstanceOf(TemplateProcessingException.class);
    }

    @Test
    void anotherTemplateCannotBePulledIn() {
        String text = renderer.text("[# th:insert=\"~{'/etc/passwd'}\" /]", variables, Locale.ENGLISH);

        assertThat(text).doesNotContain("root:");
    }

    private static Map<String, Object> variables() {
        Map<String, Object> client = new HashMap<>();
        client.put("name", "Ann <b>");
        client.put("phone", null);
        Map<String, Object> variables = new HashMap<>();
        variables.put("client", client);
        return variables;
    }
}
