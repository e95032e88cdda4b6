package dev.kairos.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A team member works more on a date than before (hours extended, a day off taken back),
 * published in the transaction that changed the schedule.
 *
 * @param added the local stretches gained, sorted and disjoint
 */
public record WorkingTimeAdded(long locationId, long teamMemberId, LocalDate date, List<TimeSlot> added) {

    /**
     * The stretches of {@code after} that {@code before} does not cover; both sorted and disjoint.
     */
    static List<TimeSlot> gained(List<TimeSlot> before, List<TimeSlot> after) {
        List<TimeSlot> gained = new ArrayList<>();
        for (TimeSlot slot : after) {
            LocalTime from = slot.from();
            for (TimeSlot old : before) {
                if (!old.to().isAfter(from) || !old.from().isBefore(slot.to())) {
                    continue;
                }
                if (old.from().isAfter(from)) {
                    gained.add(TimeSlot.of(from, old.from()));
                }
                from = old.to();
                if (!from.isBefore(slot.to())) {
                    break;
                }
            }
            if (from.isBefore(slot.to())) {
                gained.add(TimeSlot.of(from, slot.to()));
            }
        }
        return gained;
    }
}
