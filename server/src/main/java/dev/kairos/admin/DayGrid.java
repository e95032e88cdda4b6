package dev.kairos.admin;

import dev.kairos.directory.TeamMember;
import dev.kairos.directory.TimeSlot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The day view's grid: a column per team member, then a column per room (a resource instance that
 * services without a team member hold, or that such an appointment holds this day), then one for
 * appointments without a team member or room when the day has any; a row per quarter of an hour from 08:00 to 21:00
 * (widened to fit every appointment of the day), and each appointment placed over its rows. A
 * quarter outside a member's working time, or while the location is closed, is off.
 *
 * @param working each member's working time this day (absent or empty: a day off)
 * @param open the location's opening hours this day (empty: closed)
 * @param rooms the rooms' columns, after the members'
 * @param unassigned whether the grid has the column for appointments without a team member or room
 */
record DayGrid(
        LocalDate date,
        List<TeamMember> members,
        List<LocalTime> times,
        List<Block> blocks,
        Map<Long, List<TimeSlot>> working,
        List<TimeSlot> open,
        List<Room> rooms,
        boolean unassigned) {

    static final int STEP_MINUTES = 15;
    private static final LocalTime FIRST = LocalTime.of(8, 0);
    private static final LocalTime LAST = LocalTime.of(21, 0);

    /** A room's column: the resource instance and its name, such as "Sauna · Cabin 1". */
    record Room(long instanceId, String title) {}

    /** An appointment in the grid: its CSS grid column and rows (row 1 is the header). */
    record Block(AppointmentRow appointment, int column, int fromRow, int toRow) {}

    static DayGrid of(
            LocalDate date,
            List<TeamMember> members,
            List<AppointmentRow> day,
            Map<Long, List<TimeSlot>> working,
            List<TimeSlot> open,
            List<Room> bookableRooms,
            Map<Long, String> roomTitles) {
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
        List<Room> rooms = new ArrayList<>(bookableRooms);
        for (AppointmentRow a : day) {
            Long held = indexOf(members, a.staffId()) < 0 ? room(a) : null;
            if (held != null && rooms.stream().noneMatch(r -> r.instanceId() == held)) {
                rooms.add(new Room(held, roomTitles.getOrDefault(held, "#" + held)));
            }
        }
        boolean unassigned = day.stream().anyMatch(a -> indexOf(members, a.staffId()) < 0 && room(a) == null);
        List<Block> blocks = new ArrayList<>();
        for (AppointmentRow a : day) {
            int index = indexOf(members, a.staffId());
            int column = index >= 0 ? index + 2 : members.size() + 2 + roomIndex(rooms, room(a));
            int from = row(first, a.start().toLocalTime(), 0);
            int to = row(first, endOn(date, a), STEP_MINUTES - 1);
            blocks.add(new Block(a, column, from, Math.max(to, from + 1)));
        }
        return new DayGrid(
                date, members, times, blocks, Map.copyOf(working), List.copyOf(open), List.copyOf(rooms), unassigned);
    }

    /** The number of columns after the time column: the members, the rooms, and the unassigned one if shown. */
    public int columns() {
        return members.size() + rooms.size() + (unassigned ? 1 : 0);
    }

    /** The grid column of a room (by its place among the rooms) or, for {@code rooms.size()}, of the unassigned column. */
    public int roomColumn(int index) {
        return members.size() + 2 + index;
    }

    /** The first room the appointment holds, or null. */
    private static Long room(AppointmentRow a) {
        return a.resourceInstanceIds().isEmpty()
                ? null
                : a.resourceInstanceIds().get(0);
    }

    private static int roomIndex(List<Room> rooms, Long instance) {
        for (int i = 0; instance != null && i < rooms.size(); i++) {
            if (rooms.get(i).instanceId() == instance) {
                return i;
            }
        }
        return rooms.size();
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
