package dev.kairos.notifications;

import java.util.Map;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Evaluates {@code ${...}} in the templates staff write as plain variable paths and nothing else:
 * {@code ${appointment.date}} is a look-up in nested maps, and a method call, a static class or a
 * bean reference is refused. A template is code that runs on the server, so it may only read the
 * values it is given.
 */
final class PlainVariables implements IStandardVariableExpressionEvaluator {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    @Override
    public Object evaluate(
            IExpressionContext context,
            IStandardVariableExpression expression,
            StandardExpressionExecutionContext executionContext) {
        String path = expression.getExpression().strip();
        if (!PATH.matcher(path).matches()) {
            throw new TemplateProcessingException(
                    "Only variables such as ${appointment.date} may be used, not ${" + path + "}");
        }
        String[] names = path.split("\\.");
        Object value = root(context, expression, names[0]);
        for (int i = 1; i < names.length; i++) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(names[i])) {
                throw unknown(path);
            }
            value = map.get(names[i]);
        }
        return value;
    }

    private static Object root(IExpressionContext context, IStandardVariableExpression expression, String name) {
        if (expression.getUseSelectionAsRoot()
                && context instanceof ITemplateContext template
                && template.hasSelectionTarget()
                && template.getSelectionTarget() instanceof Map<?, ?> selected) {
            if (!selected.containsKey(name)) {
                throw unknown(name);
            }
            return selected.get(name);
        }
        if (!context.containsVariable(name)) {
            throw unknown(name);
        }
        return context.getVariable(name);
    }

    private static TemplateProcessingException unknown(String path) {
        return new TemplateProcessingException("There is no variable ${" + path + "}");
    }
}
