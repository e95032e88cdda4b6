package dev.kairos.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A demo location as written, with the ids appointments refer to.
 *
 * @param instances resource instance ids by resource key ("room", "laser")
 * @param closedDay the special day the location is closed
 * @param dayOff the date a team member has an override day off
 */
record SeededSite(
        long locationId,
        DemoSites.Site site,
        List<SeededMember> members,
        Map<String, SeededService> services,
        Map<String, List<Long>> instances,
        List<Long> clients,
        List<Long> labels,
        LocalDate closedDay,
        LocalDate dayOff) {

    ZoneId zone() {
        return ZoneId.of(site.zone());
    }

    /** A team member as written, with the services they perform and for how many minutes. */
    record SeededMember(long id, DemoSites.Member spec, Map<String, Integer> minutesByService) {}

    record SeededService(long id, DemoServices.Spec spec) {}
}
