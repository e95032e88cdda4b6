package dev.kairos.availability;

/**
 * What Omneo's slot answers say first about the appointment definition asked for.
 *
 * @param timezone the location's zone id, in which every time of the answer is written
 * @param assignedStaffRequired Omneo's name for {@code customerMustSelectStaff}
 * @param staff the team member asked for, or null for anyone
 */
record DefinitionHeader(
        String timezone,
        long appointmentDefinitionId,
        long locationId,
        boolean requiresStaff,
        boolean customerMustSelectStaff,
        boolean assignedStaffRequired,
        StaffRef staff) {

    /** A team member by id. */
    record StaffRef(long id) {}

    /** The header of {@code offer}, whose one service is the definition. */
    static DefinitionHeader of(Offer offer, long locationId, long serviceId, Long staffId) {
        ServiceRules s = offer.services().get(0);
        return new DefinitionHeader(
                offer.zone().getId(),
                serviceId,
                locationId,
                s.requiresStaff(),
                s.customerMustSelectStaff(),
                s.customerMustSelectStaff(),
                staffId == null || staffId == 0 ? null : new StaffRef(staffId));
    }
}
