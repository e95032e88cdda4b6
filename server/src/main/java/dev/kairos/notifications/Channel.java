package dev.kairos.notifications;

import java.util.Optional;

/** How a message travels. */
public enum Channel {
    EMAIL,
    SMS;

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<Channel> of(String name) {
        return WireNames.parse(Channel.class, name);
    }
}
