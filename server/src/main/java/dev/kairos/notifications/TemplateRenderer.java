package dev.kairos.notifications;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders message templates (Thymeleaf TEXT and HTML) from their source text, with only the
 * variables given ({@link PlainVariables}) and no access to other templates or files.
 */
@Component
class TemplateRenderer {

    private final TemplateEngine engine = new TemplateEngine();

    TemplateRenderer() {
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new PlainVariables());
        engine.setDialect(dialect);
        engine.setTemplateResolver(new StringTemplateResolver());
    }

    /** @throws TemplateProcessingException for a template that does not parse or names an unknown variable */
    String text(String template, Map<String, Object> variables, Locale locale) {
        return render(template, TemplateMode.TEXT, variables, locale);
    }

    /** HTML: {@code th:text} escapes what it prints. */
    String html(String template, Map<String, Object> variables, Locale locale) {
        return render(template, TemplateMode.HTML, variables, locale);
    }

    private String render(String template, TemplateMode mode, Map<String, Object> variables, Locale locale) {
        if (template.isBlank()) {
            return "";
        }
        return engine.process(new TemplateSpec(template, mode), new Context(locale, variables));
    }
}
