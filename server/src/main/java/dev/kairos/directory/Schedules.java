package dev.kairos.directory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When team members work: their weekly hours at a location with the dated overrides applied.
 * Times are local to the location's zone; converting them to instants is the caller's business.
 * Opening hours are not applied here (see {@link OpeningHours}).
 */
@Service
public class Schedules {

    /** How far ahead a change of weekly hours is looked at for time it adds. */
    private static final int WEEKLY_HORIZON_DAYS = 92;

    private final WeeklyHours weekly;
    private final ScheduleOverrides overrides;
    private final Locations locations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Schedules(
            WeeklyHours weekly,
            ScheduleOverrides overrides,
            Locations locations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.weekly = weekly;
        this.overrides = overrides;
        this.locations = locations;
        this.events = events;
        this.clock = clock;
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
        LocalDate today = locations
                .find(locationId)
                .map(l -> clock.instant().atZone(l.zone()).toLocalDate())
                .orElse(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
        changed(
                teamMemberId,
                locationId,
                today,
                today.plusDays(WEEKLY_HORIZON_DAYS),
                () -> weekly.replace(teamMemberId, locationId, week));
    }

    void setDay(long teamMemberId, long locationId, DayOverride day) {
        changed(teamMemberId, locationId, day.date(), day.date(), () -> overrides.set(teamMemberId, locationId, day));
    }

    /** Removes the member's override on the date, so the weekly hours apply again; false when there was none. */
    boolean clearDay(long teamMemberId, long locationId, LocalDate date) {
        boolean[] removed = {false};
        changed(
                teamMemberId,
                locationId,
                date,
                date,
                () -> removed[0] = overrides.delete(teamMemberId, locationId, List.of(date)) > 0);
        return removed[0];
    }

    /** Makes the change, and tells of each date on which the member now works more than before. */
    private void changed(long member, long locationId, LocalDate from, LocalDate to, Runnable change) {
        NavigableMap<LocalDate, List<TimeSlot>> before = workingIntervals(member, locationId, from, to);
        change.run();
        workingIntervals(member, locationId, from, to).forEach((date, after) -> {
            List<TimeSlot> gained = WorkingTimeAdded.gained(before.get(date), after);
            if (!gained.isEmpty()) {
                events.publishEvent(new WorkingTimeAdded(locationId, member, date, gained));
            }
        });
    }
}
