package dev.kairos.admin;

import dev.kairos.directory.TeamMember;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The day view's grid: a column per team member, a row per quarter of an hour from 08:00 to 21:00
 * (widened to fit every appointment of the day), and each appointment placed over its rows.
 */
record DayGrid(LocalDate date, List<TeamMember> members, List<LocalTime> times, List<Block> blocks) {

    static final int STEP_MINUTES = 15;
    private static final LocalTime FIRST = LocalTime.of(8, 0);
    private static final LocalTime LAST = LocalTime.of(21, 0);

    /** An appointment in the grid: its CSS grid column and rows (row 1 is the header). */
    record Block(AppointmentRow appointment, int column, int fromRow, int toRow) {}

    static DayGrid of(LocalDate date, List<TeamMember> members, List<AppointmentRow> day) {
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
        List<Block> blocks = new ArrayList<>();
        for (AppointmentRow a : day) {
            int column = indexOf(members, a.staffId());
            if (column >= 0) {
                int from = row(first, a.start().toLocalTime(), 0);
                int to = row(first, endOn(date, a), STEP_MINUTES - 1);
                blocks.add(new Block(a, column + 2, from, Math.max(to, from + 1)));
            }
        }
        return new DayGrid(date, members, times, blocks);
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
