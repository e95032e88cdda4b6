package dev.kairos.notifications;

import java.util.Optional;

/** Whose wording a message is written in: the client's or the staff's. Templates are kept per audience. */
public enum Audience {
    CLIENT,
    STAFF;

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<Audience> of(String name) {
        return WireNames.parse(Audience.class, name);
    }
}
