package dev.kairos.support;

import dev.kairos.appointments.Vocabulary;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles without Spring's context, as unit tests need them. */
public final class Bundles {

    private Bundles() {}

    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    public static Vocabulary vocabulary() {
        return new Vocabulary(messages());
    }
}
