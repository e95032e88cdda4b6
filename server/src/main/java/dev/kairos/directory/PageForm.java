package dev.kairos.directory;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A settings form as the person typed it, with what the server refused in it: each wire field at
 * fault with its reasons in the person's language. Pages show it again as it was, the reasons
 * beside the fields.
 *
 * @param name which form on the page this is, so only that one shows the typed values
 */
public record PageForm(String name, Map<String, String> values, Map<String, List<String>> errors) {

    public PageForm {
        values = new LinkedHashMap<>(values);
        errors = Map.copyOf(errors);
    }

    static PageForm of(String name, Map<String, String> values) {
        return new PageForm(name, values, Map.of());
    }

    /**
     * Makes the change and answers what it answers; a refused change answers 422 with what
     * {@code again} shows: this form with the reasons.
     */
    String submit(
            HttpServletResponse response,
            MessageSource messages,
            Supplier<String> change,
            Function<PageForm, String> again) {
        try {
            return change.get();
        } catch (Refused e) {
            response.setStatus(422);
            return again.apply(refused(pageRefusal(e), messages));
        }
    }

    /**
     * The refusal a form shows; one that is not about the form (no right, nothing there) is thrown
     * on, for the error page.
     */
    static Refusal pageRefusal(Refused e) {
        Refusal refusal = e.refusal();
        if (refusal.code() == RefusalCode.FORBIDDEN
                || refusal.code() == RefusalCode.UNAUTHENTICATED
                || refusal.code() == RefusalCode.NOT_FOUND) {
            throw e;
        }
        return refusal;
    }

    /** The refused form if it is the one named, else the named form with the stored values. */
    static PageForm shown(PageForm refused, String name, Map<String, String> stored) {
        return refused != null && refused.name().equals(name) ? refused : of(name, stored);
    }

    /** This form with the refusal's reasons too, in the words of the request's language. */
    PageForm refused(Refusal refusal, MessageSource messages) {
        Map<String, List<String>> fields = new LinkedHashMap<>(errors);
        if (refusal.faults().isEmpty()) {
            fields.put("", List.of(refusal.messageIn(messages, LocaleContextHolder.getLocale())));
        }
        fields.putAll(refusal.fieldsIn(messages, LocaleContextHolder.getLocale()));
        return new PageForm(name, values, fields);
    }

    PageForm refused(String field, Fault fault, MessageSource messages) {
        return refused(Refusal.invalid(field, fault), messages);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean checked(String field) {
        return "true".equals(values.get(field)) || "on".equals(values.get(field));
    }

    /** The reasons for every field whose wire name starts with {@code prefix}, joined; null when none. */
    public String error(String prefix) {
        List<String> reasons = errors.entrySet().stream()
                .filter(e -> e.getKey().equals(prefix)
                        || e.getKey().startsWith(prefix + ".")
                        || e.getKey().startsWith(prefix + "["))
                .flatMap(e -> e.getValue().stream())
                .toList();
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    /** Every reason, for a summary at the top of the form. */
    public List<String> allErrors() {
        return errors.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(r -> e.getKey().isEmpty() ? r : e.getKey() + ": " + r))
                .toList();
    }

    /** Every reason without the field names, for a form of few fields. */
    public List<String> reasons() {
        return errors.values().stream().flatMap(List::stream).toList();
    }

    public boolean isRefused() {
        return !errors.isEmpty();
    }
}
