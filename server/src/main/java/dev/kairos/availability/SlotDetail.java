package dev.kairos.availability;

import dev.kairos.engine.Slot;
import dev.kairos.wire.WireTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A slot of Omneo's {@code available-slots} with who and what can take it.
 *
 * @param start the first service begins, with its offset
 * @param end the last service ends, with its offset
 * @param length seconds from start to end
 * @param capacityRemaining how many more bookings fit
 * @param staffIds the team members who can take it; empty for services without staff
 * @param resourceInstanceIds per required resource id, the instances free for it
 */
record SlotDetail(
        String start,
        String end,
        long length,
        int capacityRemaining,
        List<Long> staffIds,
        Map<String, List<Long>> resourceInstanceIds) {

    static SlotDetail of(Slot slot, ZoneId zone) {
        Map<String, List<Long>> resources = new LinkedHashMap<>();
        slot.resources()
                .forEach((r, instances) -> resources.put(
                        String.valueOf(r.value()),
                        instances.stream().map(i -> i.value()).toList()));
        return new SlotDetail(
                WireTime.iso(slot.start(), zone),
                WireTime.iso(slot.end(), zone),
                slot.length().toSeconds(),
                slot.capacityRemaining(),
                slot.teamMembers().stream().map(t -> t.value()).toList(),
                resources);
    }
}
