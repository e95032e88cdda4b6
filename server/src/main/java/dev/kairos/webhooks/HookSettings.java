package dev.kairos.webhooks;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A location's webhook configuration: the receivers, whether deliveries are on, and for which
 * resources.
 */
record HookSettings(List<String> urls, boolean active, Set<Resource> resources) {

    static final int MAX_URLS = 10;
    static final HookSettings NONE = new HookSettings(List.of(), false, Set.of());

    HookSettings {
        urls = List.copyOf(urls);
        resources = resources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(resources));
    }

    /** Whether a change of {@code resource} goes to the receivers. */
    boolean delivers(Resource resource) {
        return active && resources.contains(resource) && !urls.isEmpty();
    }
}
