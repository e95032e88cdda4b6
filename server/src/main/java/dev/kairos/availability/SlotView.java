package dev.kairos.availability;

import dev.kairos.engine.Slot;
import dev.kairos.wire.WireTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Slots in the shapes of book_times, book_staff_seances and Omneo's available-slots. */
final class SlotView {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private SlotView() {}

    /** One entry per start: with "any" staff, members with different lengths give the same start once. */
    static List<Slot> distinctStarts(List<Slot> slots) {
        Set<java.time.Instant> seen = new HashSet<>();
        List<Slot> result = new ArrayList<>();
        for (Slot slot : slots) {
            if (seen.add(slot.start())) {
                result.add(slot);
            }
        }
        return result;
    }

    static Map<String, Object> altegio(Slot slot, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", HH_MM.format(slot.localStart()));
        m.put("seance_length", slot.length().toSeconds());
        m.put("sum_length", slot.length().toSeconds());
        m.put("datetime", WireTime.iso(slot.start(), zone));
        return m;
    }

    static Map<String, Object> detailed(Slot slot, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", WireTime.iso(slot.start(), zone));
        m.put("end", WireTime.iso(slot.end(), zone));
        m.put("length", slot.length().toSeconds());
        m.put("capacity_remaining", slot.capacityRemaining());
        m.put("staff_ids", slot.teamMembers().stream().map(t -> t.value()).toList());
        Map<String, Object> resources = new LinkedHashMap<>();
        slot.resources()
                .forEach((r, instances) -> resources.put(
                        String.valueOf(r.value()),
                        instances.stream().map(i -> i.value()).toList()));
        m.put("resource_instance_ids", resources);
        return m;
    }
}
