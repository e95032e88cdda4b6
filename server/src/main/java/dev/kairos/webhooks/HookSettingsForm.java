package dev.kairos.webhooks;

import dev.kairos.refusal.Fault;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code POST /hooks_settings} body as Altegio's clients send it: {@code urls} (or the
 * older {@code url}, one or several), {@code active} and a flag per resource as 0/1, true/false or
 * their strings; a flag left out is off, as the body replaces the whole configuration. Kairos adds
 * {@code bearer_token}: left out keeps the current one, {@code ""} removes it. Altegio's flags for
 * what Kairos does not have (goods, loyalty cards) are accepted and ignored.
 */
final class HookSettingsForm {

    static final int MAX_BEARER_LENGTH = 500;

    private HookSettingsForm() {}

    /**
     * What was read: the settings and bearer token when {@code errors} is empty.
     *
     * @param bearerToken null to keep the current token, empty to remove it
     * @param errors the fields at fault, with their messages
     */
    record Read(HookSettings settings, String bearerToken, Map<String, List<Fault>> faults) {

        /** The fields at fault with their reasons in English, as the API writes them. */
        Map<String, List<String>> errors() {
            return Fault.words(faults, null, Locale.ENGLISH);
        }
    }

    static Read read(JsonNode body, Destinations destinations) {
        Map<String, List<Fault>> errors = new LinkedHashMap<>();
        if (body == null || !body.isObject()) {
            errors.put("body", List.of(Fault.of("fault.json-object", "must be a JSON object")));
            return new Read(null, null, errors);
        }
        List<String> urls = urls(body, destinations, errors);
        Boolean active = flag(body, "active", errors);
        if (active == null && !errors.containsKey("active")) {
            reject(errors, "active", Fault.required().saying("is required (0 or 1)"));
        }
        if (Boolean.TRUE.equals(active) && urls.isEmpty() && !errors.containsKey("urls")) {
            reject(errors, "urls", Fault.of("fault.webhook.url-needed", "needs at least one URL when active is 1"));
        }
        Set<Resource> resources = EnumSet.noneOf(Resource.class);
        for (Resource resource : Resource.values()) {
            if (Boolean.TRUE.equals(flag(body, resource.flag(), errors))) {
                resources.add(resource);
            }
        }
        String bearer = bearer(body.get("bearer_token"), errors);
        return errors.isEmpty()
                ? new Read(new HookSettings(urls, active, resources), bearer, Map.of())
                : new Read(null, null, errors);
    }

    private static List<String> urls(JsonNode body, Destinations destinations, Map<String, List<Fault>> errors) {
        String field = body.has("urls") ? "urls" : "url";
        JsonNode given = body.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (given != null && given.isArray()) {
            given.forEach(items::add);
        } else if (given != null && !given.isNull()) {
            items.add(given);
        }
        Set<String> urls = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String name = items.size() == 1 && !given.isArray() ? field : field + "[" + i + "]";
            if (!item.isString() || item.asString().isBlank()) {
                reject(errors, name, Fault.of("fault.url", "must be a URL"));
                continue;
            }
            String url = item.asString().strip();
            destinations.problem(url).ifPresentOrElse(problem -> reject(errors, name, problem), () -> urls.add(url));
        }
        if (urls.size() > HookSettings.MAX_URLS) {
            reject(
                    errors,
                    field,
                    Fault.of(
                            "fault.webhook.urls-at-most",
                            "at most " + HookSettings.MAX_URLS + " different URLs, not " + urls.size(),
                            HookSettings.MAX_URLS,
                            urls.size()));
        }
        return List.copyOf(urls);
    }

    /** 1/0, true/false, "1"/"0"; null when the field is left out or wrong (the error is noted). */
    private static Boolean flag(JsonNode body, String field, Map<String, List<Fault>> errors) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text =
                value.isBoolean() ? String.valueOf(value.asBoolean()) : value.isValueNode() ? value.asString() : "";
        return switch (text.strip()) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> {
                reject(errors, field, Fault.of("fault.zero-or-one", "must be 0 or 1"));
                yield null;
            }
        };
    }

    private static String bearer(JsonNode value, Map<String, List<Fault>> errors) {
        if (value == null || value.isNull()) {
            return null;
        }
        String token = value.isString() ? value.asString().strip() : null;
        if (token == null
                || token.length() > MAX_BEARER_LENGTH
                || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            reject(
                    errors,
                    "bearer_token",
                    Fault.of(
                            "fault.webhook.bearer",
                            "must be text of up to " + MAX_BEARER_LENGTH + " visible ASCII characters",
                            MAX_BEARER_LENGTH));
            return null;
        }
        return token;
    }

    private static void reject(Map<String, List<Fault>> errors, String field, Fault message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }
}
