package dev.kairos.availability;

import dev.kairos.engine.Slot;
import dev.kairos.wire.WireTime;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A start of {@code book_times} and {@code book_staff_seances}.
 *
 * @param time the local start, {@code HH:mm}
 * @param seanceLength the length in seconds
 * @param sumLength the length of all the services in seconds (the same as {@code seanceLength})
 * @param datetime the start with its offset, to be echoed back verbatim to book_check and book_record
 */
@Schema(example = """
        {"time": "10:00", "seance_length": 3600, "sum_length": 3600, "datetime": "2026-03-02T10:00:00+01:00"}""")
record BookTime(String time, long seanceLength, long sumLength, String datetime) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    static BookTime of(Slot slot, ZoneId zone) {
        long seconds = slot.length().toSeconds();
        return new BookTime(HH_MM.format(slot.localStart()), seconds, seconds, WireTime.iso(slot.start(), zone));
    }
}
