package dev.kairos.availability;

/**
 * The {@code meta} of Omneo's slot answers: the rules the slots were found by, the location's
 * setting where the definition has none.
 */
record SlotRules(
        long slotIntervalMinutes,
        int durationMinutes,
        int bufferBeforeMinutes,
        int bufferAfterMinutes,
        int minLeadMinutes,
        int maxAdvanceDays,
        int maxConcurrentBookings) {

    static SlotRules of(Offer offer) {
        ServiceRules s = offer.services().get(0);
        return new SlotRules(
                offer.request().slotStep().toMinutes(),
                s.durationSeconds() / 60,
                s.bufferBeforeSeconds() / 60,
                s.bufferAfterSeconds() / 60,
                s.minLeadMinutes() != null
                        ? s.minLeadMinutes()
                        : offer.location().minLeadMinutes(),
                s.maxAdvanceDays() != null
                        ? s.maxAdvanceDays()
                        : offer.location().maxAdvanceDays(),
                s.maxConcurrentBookings());
    }
}
