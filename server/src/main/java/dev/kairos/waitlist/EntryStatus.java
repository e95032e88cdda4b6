package dev.kairos.waitlist;

import java.util.Locale;
import java.util.Set;

/** Where a waitlist entry is: waiting for time, offered a time, booked, or ended without. */
public enum EntryStatus {
    ACTIVE,
    OFFERED,
    FULFILLED,
    CANCELLED,
    EXPIRED;

    /** The statuses an entry may move to this one from. */
    Set<EntryStatus> from() {
        return switch (this) {
            case ACTIVE -> Set.of(OFFERED);
            case OFFERED -> Set.of(ACTIVE);
            case FULFILLED -> Set.of(ACTIVE, OFFERED);
            case CANCELLED -> Set.of(ACTIVE, OFFERED);
            case EXPIRED -> Set.of(OFFERED);
        };
    }

    boolean mayFollow(EntryStatus current) {
        return from().contains(current);
    }

    public boolean open() {
        return this == ACTIVE || this == OFFERED;
    }

    String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a filter names; empty for none or an unknown one. */
    static java.util.Optional<EntryStatus> parse(String value) {
        return java.util.Arrays.stream(values())
                .filter(s -> s.dbName().equals(value))
                .findFirst();
    }

    static EntryStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
