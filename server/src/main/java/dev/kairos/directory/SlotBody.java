package dev.kairos.directory;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Validation;
import java.util.ArrayList;
import java.util.List;

/** A slot as the wire sends it: {@code {"from":"10:00","to":"14:00"}}; {@code "24:00"} ends the day. */
record SlotBody(String from, String to) {

    /** The slots of one day, sorted; malformed, reversed or overlapping slots become errors of {@code field}. */
    static List<TimeSlot> day(List<SlotBody> slots, String field, Validation v) {
        if (slots == null) {
            return List.of();
        }
        List<TimeSlot> parsed = new ArrayList<>();
        for (SlotBody slot : slots) {
            if (slot == null) {
                v.reject(field, Fault.of("fault.slot-object", "a slot must be an object {from, to}"));
                continue;
            }
            try {
                parsed.add(TimeSlot.parse(slot.from(), slot.to()));
            } catch (TimeSlot.Invalid e) {
                v.reject(field, e.fault());
            }
        }
        try {
            return TimeSlot.day(parsed);
        } catch (TimeSlot.Invalid e) {
            v.reject(field, e.fault());
            return List.of();
        }
    }

    /** The slots as the wire shows them. */
    static List<SlotBody> wire(List<TimeSlot> slots) {
        return slots.stream()
                .map(slot -> new SlotBody(slot.wireFrom(), slot.wireTo()))
                .toList();
    }
}
