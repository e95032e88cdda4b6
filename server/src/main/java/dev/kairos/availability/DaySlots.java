package dev.kairos.availability;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The data of Omneo's {@code available-slots}: the starts of one date, or none for a walk-in-only definition. */
@Schema(oneOf = {DaySlots.Open.class, DaySlots.WalkInOnly.class})
sealed interface DaySlots {

    /**
     * The starts of the date.
     *
     * @param slots each start once, with its offset
     * @param slotDetails every slot, a start once per length its team members take
     */
    record Open(@JsonUnwrapped DefinitionHeader header, String date, List<String> slots, List<SlotDetail> slotDetails)
            implements DaySlots {}

    /**
     * A walk-in-only definition: clients join the walk-in queue instead.
     *
     * @param bookingType always {@code walk_in_only}
     * @param slots always empty
     */
    record WalkInOnly(String date, String bookingType, List<String> slots) implements DaySlots {

        WalkInOnly(String date) {
            this(date, "walk_in_only", List.of());
        }
    }
}
