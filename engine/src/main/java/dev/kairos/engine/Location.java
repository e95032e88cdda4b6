package dev.kairos.engine;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The place being booked: its IANA zone and opening hours (weekly, special days and closures).
 * Slots start at each opening window's start plus whole steps, in local time.
 */
public record Location(ZoneId zone, Schedule openingHours) {

    public Location {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(openingHours, "openingHours");
    }

    public static Location of(ZoneId zone, Schedule openingHours) {
        return new Location(zone, openingHours);
    }
}
