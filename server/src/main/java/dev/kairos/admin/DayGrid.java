package dev.kairos.admin;

import dev.kairos.directory.TeamMember;
import dev.kairos.directory.TimeSlot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The day view's grid: a column per team member, then one for appointments without a team member
 * (a room, a sauna) when the day has any; a row per quarter of an hour from 08:00 to 21:00
 * (widened to fit every appointment of the day), and each appointment placed over its rows. A
 * quarter outside a member's working time, or while the location is closed, is off.
 *
 * @param working each member's working time this day (absent or empty: a day off)
 * @param open the location's opening hours this day (empty: closed)
 * @param unassigned whether the grid has the column for appointments without a team member
 */
record DayGrid(
        LocalDate date,
        List<TeamMember> members,
        List<LocalTime> times,
        List<Block> blocks,
        Map<Long, List<TimeSlot>> working,
        List<TimeSlot> open,
        boolean unassigned) {

    static final int STEP_MINUTES = 15;
    private static final LocalTime FIRST = LocalTime.of(8, 0);
    private static final LocalTime LAST = LocalTime.of(21, 0);

    /** An appointment in the grid: its CSS grid column and rows (row 1 is the header). */
    record Block(AppointmentRow appointment, int column, int fromRow, int toRow) {}

    static DayGrid of(
            LocalDate date,
            List<TeamMember> members,
            List<AppointmentRow> day,
            Map<Long, List<TimeSlot>> working,
            List<TimeSlot> open) {
        LocalTime first = FIRST;
        LocalTime last = LAST;
        for (AppointmentRow a : day) {
            first = a.start().toLocalTime().isBefore(first)
                    ? a.start().toLocalTime().withMinute(0)
                    : first;
            last = endOn(date, a).isAfter(last) ? endOn(date, a) : last;
        }
        List<LocalTime> times = new ArrayList<>();
        for (LocalTime t = first; t.isBefore(last); t = t.plusMinutes(STEP_MINUTES)) {
            times.add(t);
            if (t.plusMinutes(STEP_MINUTES).isBefore(t)) {
                break; // past midnight
            }
        }
        boolean unassigned = day.stream().anyMatch(a -> indexOf(members, a.staffId()) < 0);
        List<Block> blocks = new ArrayList<>();
        for (AppointmentRow a : day) {
            int index = indexOf(members, a.staffId());
            int column = (index < 0 ? members.size() : index) + 2;
            int from = row(first, a.start().toLocalTime(), 0);
            int to = row(first, endOn(date, a), STEP_MINUTES - 1);
            blocks.add(new Block(a, column, from, Math.max(to, from + 1)));
        }
        return new DayGrid(date, members, times, blocks, Map.copyOf(working), List.copyOf(open), unassigned);
    }

    /** The number of columns after the time column: the members, and the unassigned one if shown. */
    public int columns() {
        return members.size() + (unassigned ? 1 : 0);
    }

    /** Whether the quarter starting at {@code t} is outside the member's working time or the opening hours. */
    public boolean off(TeamMember member, LocalTime t) {
        return !within(working.getOrDefault(member.id(), List.of()), t) || !within(open, t);
    }

    /** Whether the member has no working time at all this day. */
    public boolean dayOff(TeamMember member) {
        return working.getOrDefault(member.id(), List.of()).isEmpty();
    }

    private static boolean within(List<TimeSlot> slots, LocalTime t) {
        for (TimeSlot slot : slots) {
            if (!t.isBefore(slot.from()) && t.isBefore(slot.to())) {
                return true;
            }
        }
        return false;
    }

    /** Where the appointment ends on this day's grid: its end, or midnight for one running into the next day. */
    private static LocalTime endOn(LocalDate date, AppointmentRow a) {
        return a.end().toLocalDate().isAfter(date) ? LocalTime.MAX : a.end().toLocalTime();
    }

    /** The grid line of a local time (line 2 starts the first quarter), rounding up by {@code roundUp} minutes. */
    private static int row(LocalTime first, LocalTime t, int roundUp) {
        return (int) ((java.time.Duration.between(first, t).toMinutes() + roundUp) / STEP_MINUTES) + 2;
    }

    private static int indexOf(List<TeamMember> members, long id) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    public boolean fullHour(LocalTime t) {
        return t.getMinute() == 0;
    }
}
