package dev.kairos.notifications;

import java.util.Optional;

/** Who a rule tells: the client, the appointment's team member, or the location's staff. */
public enum Target {
    CLIENT,
    TEAM_MEMBER,
    LOCATION;

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<Target> of(String name) {
        return WireNames.parse(Target.class, name);
    }

    /** Whose wording a message uses: the client's, or the staff's (team member and location alike). */
    Audience audience() {
        return this == CLIENT ? Audience.CLIENT : Audience.STAFF;
    }
}
