package dev.kairos.availability;

import dev.kairos.engine.Slot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The slots a wire answer shows: one per start, whatever the lengths of the members who take it. */
final class SlotView {

    private SlotView() {}

    /** One entry per start: with "any" staff, members with different lengths give the same start once. */
    static List<Slot> distinctStarts(List<Slot> slots) {
        Set<Instant> seen = new HashSet<>();
        List<Slot> result = new ArrayList<>();
        for (Slot slot : slots) {
            if (seen.add(slot.start())) {
                result.add(slot);
            }
        }
        return result;
    }
}
