package dev.kairos.notifications;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The wording the default templates print ({@code text.*}), from the bundle
 * {@code notifications/messages} in the location's language, with the placeholders filled in.
 */
final class Phrases {

    private static final String BUNDLE = "notifications.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Phrases() {}

    /**
     * {@code subject}, {@code headline}, {@code intro}, {@code sms} for the event and audience, and the
     * labels {@code when}, {@code what}, {@code with}, {@code where}, {@code manage}, {@code open},
     * {@code unsubscribe}.
     *
     * @param fill the values of the placeholders, by name without braces
     */
    static Map<String, Object> of(Locale locale, NotificationEvent event, Audience audience, Map<String, String> fill) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        String prefix = audience.wireName() + "." + event.wireName() + ".";
        Map<String, Object> text = new HashMap<>();
        String subject = filled(bundle, prefix + "subject", fill);
        text.put("subject", subject);
        text.put("headline", optional(bundle, prefix + "headline", fill, subject));
        text.put("intro", filled(bundle, prefix + "intro", fill));
        text.put("sms", optional(bundle, prefix + "sms", fill, subject));
        for (String label : new String[] {"when", "what", "with", "where", "manage", "open", "unsubscribe"}) {
            text.put(label, bundle.getString("label." + label));
        }
        return text;
    }

    /** The phrases under {@code prefix} (for example {@code page.unsubscribe.}), by the rest of their key, filled in. */
    static Map<String, String> page(Locale locale, String prefix, Map<String, String> fill) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        Map<String, String> phrases = new HashMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                phrases.put(key.substring(prefix.length()), filled(bundle, key, fill));
            }
        }
        return phrases;
    }

    private static String optional(ResourceBundle bundle, String key, Map<String, String> fill, String fallback) {
        try {
            return filled(bundle, key, fill);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private static String filled(ResourceBundle bundle, String key, Map<String, String> fill) {
        String phrase = bundle.getString(key);
        for (Map.Entry<String, String> value : fill.entrySet()) {
            phrase = phrase.replace("{" + value.getKey() + "}", value.getValue());
        }
        return phrase.strip();
    }
}
