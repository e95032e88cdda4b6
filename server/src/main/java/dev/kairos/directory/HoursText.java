package dev.kairos.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A day's intervals as the settings pages show and read them: {@code 09:00-13:00, 14:00-18:00}.
 * Reading only splits the text; the intervals are checked by the same rules as the API's.
 */
final class HoursText {

    private HoursText() {}

    /** The intervals typed; a piece without a dash is kept as a start with no end, for the rules to refuse. */
    static List<SlotBody> read(String text) {
        List<SlotBody> slots = new ArrayList<>();
        if (text == null) {
            return slots;
        }
        for (String piece : text.split("[,;]")) {
            String interval = piece.strip();
            if (interval.isEmpty()) {
                continue;
            }
            int dash = interval.indexOf('-');
            slots.add(
                    dash < 0
                            ? new SlotBody(interval, null)
                            : new SlotBody(
                                    interval.substring(0, dash).strip(),
                                    interval.substring(dash + 1).strip()));
        }
        return slots;
    }

    static String of(List<TimeSlot> slots) {
        return slots == null
                ? ""
                : slots.stream().map(s -> s.wireFrom() + "-" + s.wireTo()).collect(Collectors.joining(", "));
    }
}
