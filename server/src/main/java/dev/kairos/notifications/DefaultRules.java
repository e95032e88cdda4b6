package dev.kairos.notifications;

import dev.kairos.directory.LocationOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Gives every new location the default rules, in the transaction that creates it. */
@Component
class DefaultRules {

    private final NotificationRules rules;

    DefaultRules(NotificationRules rules) {
        this.rules = rules;
    }

    @EventListener
    void on(LocationOpened opened) {
        rules.installDefaults(opened.locationId());
    }
}
