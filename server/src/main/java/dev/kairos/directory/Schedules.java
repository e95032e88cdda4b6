package dev.kairos.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When team members work: their weekly hours at a location with the dated overrides applied.
 * Times are local to the location's zone; converting them to instants is the caller's business.
 * Opening hours are not applied here (see {@link OpeningHours}).
 */
@Service
public class Schedules {

    private final WeeklyHours weekly;
    private final ScheduleOverrides overrides;

    Schedules(WeeklyHours weekly, ScheduleOverrides overrides) {
        this.weekly = weekly;
        this.overrides = overrides;
    }

    /**
     * The working intervals of one team member at one location on every date of the range.
     *
     * @return one entry per date from {@code from} to {@code toInclusive}, in date order; an empty
     *     list is a day off (or a weekday without hours). Intervals are sorted and disjoint.
     * @throws IllegalArgumentException when {@code toInclusive} is before {@code from}
     */
    @Transactional(readOnly = true)
    public NavigableMap<LocalDate, List<TimeSlot>> workingIntervals(
            long teamMemberId, long locationId, LocalDate from, LocalDate toInclusive) {
        return workingIntervals(List.of(teamMemberId), locationId, from, toInclusive)
                .get(teamMemberId);
    }

    /**
     * {@link #workingIntervals(long, long, LocalDate, LocalDate)} for many team members at once,
     * with one query per table whatever the number of members.
     *
     * @return an entry for every requested member id, in the order given
     */
    @Transactional(readOnly = true)
    public Map<Long, NavigableMap<LocalDate, List<TimeSlot>>> workingIntervals(
            Collection<Long> teamMemberIds, long locationId, LocalDate from, LocalDate toInclusive) {
        Map<Long, NavigableMap<LocalDate, List<TimeSlot>>> result = new LinkedHashMap<>();
        days(teamMemberIds, locationId, from, toInclusive).forEach((member, days) -> {
            NavigableMap<LocalDate, List<TimeSlot>> slots = new TreeMap<>();
            days.forEach((date, day) -> slots.put(date, day.slots()));
            result.put(member, slots);
        });
        return result;
    }

    /**
     * Like {@link #workingIntervals(Collection, long, LocalDate, LocalDate)}, keeping for each date
     * the override that decided it (null when the weekly hours did).
     */
    @Transactional(readOnly = true)
    public Map<Long, NavigableMap<LocalDate, ScheduledDay>> days(
            Collection<Long> teamMemberIds, long locationId, LocalDate from, LocalDate toInclusive) {
        Map<Long, Map<DayOfWeek, List<TimeSlot>>> week = weekly.of(teamMemberIds, locationId);
        Map<Long, Map<LocalDate, DayOverride>> dated = overrides.of(teamMemberIds, locationId, from, toInclusive);
        Map<Long, NavigableMap<LocalDate, ScheduledDay>> result = new LinkedHashMap<>();
        for (long member : teamMemberIds) {
            result.put(
                    member,
                    WorkingDays.resolve(
                            week.getOrDefault(member, Map.of()),
                            dated.getOrDefault(member, Map.of()),
                            from,
                            toInclusive));
        }
        return result;
    }

    /** The member's weekly hours at the location, by weekday; weekdays without hours are absent. */
    @Transactional(readOnly = true)
    public Map<DayOfWeek, List<TimeSlot>> weeklyHours(long teamMemberId, long locationId) {
        return weekly.of(teamMemberId, locationId);
    }

    void replaceWeeklyHours(long teamMemberId, long locationId, Map<DayOfWeek, List<TimeSlot>> week) {
        weekly.replace(teamMemberId, locationId, week);
    }

    void setDay(long teamMemberId, long locationId, DayOverride day) {
        overrides.set(teamMemberId, locationId, day);
    }
}
