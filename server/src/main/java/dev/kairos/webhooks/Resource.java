package dev.kairos.webhooks;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a webhook is about, with Altegio's two names for each: the flag that turns it on in
 * hooks_settings and the {@code resource} of a delivery (they differ for team members and the
 * location).
 */
enum Resource {
    RECORD("record", "record"),
    CLIENT("client", "client"),
    SERVICE("service", "service"),
    SERVICE_CATEGORY("service_category", "service_category"),
    STAFF("master", "staff"),
    COMPANY("salon", "company"),
    SCHEDULE("schedule", "schedule"),
    FINANCES_OPERATION("finances_operation", "finances_operation");

    private final String flag;
    private final String wireName;

    Resource(String flag, String wireName) {
        this.flag = flag;
        this.wireName = wireName;
    }

    /** The hooks_settings flag: {@code master}, {@code salon}, {@code record}, ... */
    String flag() {
        return flag;
    }

    /** The delivery's {@code resource}: {@code staff}, {@code company}, {@code record}, ... */
    String wireName() {
        return wireName;
    }

    static Optional<Resource> ofWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}
