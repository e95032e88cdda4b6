package dev.kairos.availability;

import dev.kairos.engine.Location;
import dev.kairos.engine.Schedule;
import java.time.ZoneId;

/** A location's zone, opening hours and online-booking settings, as availability needs them. */
public record LocationRules(
        long id,
        long chainId,
        ZoneId zone,
        Schedule openingHours,
        int slotStepMinutes,
        int minLeadMinutes,
        int maxAdvanceDays) {

    Location engineLocation() {
        return Location.of(zone, openingHours);
    }
}
