package dev.kairos.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import dev.kairos.wire.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Team member schedules: {@code /company/{cid}/staff/schedule} and {@code /locations/{id}/team_members/schedule}. */
@RestController
@RequestMapping("/api/v1")
class ScheduleController {

    private final Schedules schedules;
    private final TeamMembers members;
    private final BusyIntervals busy;
    private final DirectoryAccess access;
    private final TeamAdmin team;

    ScheduleController(
            Schedules schedules, TeamMembers members, BusyIntervals busy, DirectoryAccess access, TeamAdmin team) {
        this.schedules = schedules;
        this.members = members;
        this.busy = busy;
        this.access = access;
        this.team = team;
    }

    /**
     * One member's day in the schedule. The two extras are there only when {@code include[]} asks
     * for them: {@code busy_intervals} (a list), and {@code off_day_type}, null on a day that is not
     * a dated day off.
     *
     * @param busyIntervals null leaves the field out
     * @param offDayType null leaves the field out; an empty Optional writes {@code "off_day_type": null}
     */
    record ScheduleDayView(
            long staffId,
            String date,
            List<SlotBody> slots,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<BusyIntervals.BusyInterval> busyIntervals,
            @JsonInclude(JsonInclude.Include.NON_NULL) Optional<Integer> offDayType) {

        static ScheduleDayView of(long member, ScheduledDay day) {
            return new ScheduleDayView(member, day.date().toString(), SlotBody.wire(day.slots()), null, null);
        }
    }

    /** Every requested member (default: all not fired) on every date; {@code include[]} adds busy_intervals, off_day_type. */
    @GetMapping({"/company/{cid}/staff/schedule", "/locations/{cid}/team_members/schedule"})
    Envelope<List<ScheduleDayView>> get(Caller caller, @PathVariable long cid, HttpServletRequest request) {
        Location location = access.read(caller, cid);
        QueryParams q = new QueryParams(request);
        DateRange range = DateRange.of(q.date("start_date"), q.date("end_date"), "start_date", "end_date");
        List<Long> ids = memberIds(cid, q);
        List<String> include = q.strings("include");
        Map<Long, Map<LocalDate, List<BusyIntervals.BusyInterval>>> busyByMember =
                include.contains("busy_intervals") ? busy.of(ids, location, range) : null;
        boolean offDayType = include.contains("off_day_type");
        List<ScheduleDayView> rows = new ArrayList<>();
        schedules.days(ids, cid, range.from(), range.toInclusive()).forEach((member, days) -> days.values()
                .forEach(day -> rows.add(new ScheduleDayView(
                        member,
                        day.date().toString(),
                        SlotBody.wire(day.slots()),
                        busyByMember == null
                                ? null
                                : busyByMember.getOrDefault(member, Map.of()).getOrDefault(day.date(), List.of()),
                        offDayType ? Optional.ofNullable(offDayType(day)) : null))));
        return Envelope.of(rows, Map.of("count", rows.size()));
    }

    /**
     * Sets working days and deletes dates from the schedule, all or nothing; answers the resulting
     * schedule of every touched date. A deleted date is a day off, as in Altegio: the member is
     * not bookable then, whatever the weekly hours say.
     */
    @PutMapping({"/company/{cid}/staff/schedule", "/locations/{cid}/team_members/schedule"})
    @Transactional
    Envelope<List<ScheduleDayView>> put(Caller caller, @PathVariable long cid, @RequestBody ScheduleChange change) {
        SchedulePlan plan = team.changeSchedule(caller, cid, change);
        List<ScheduleDayView> rows = resulting(cid, plan.touched());
        return Envelope.of(rows, Map.of("count", rows.size()));
    }

    /** The resolved day of each touched (member, date), in the order first touched. */
    private List<ScheduleDayView> resulting(long cid, Set<SchedulePlan.Touched> touched) {
        Map<Long, List<LocalDate>> byMember = new LinkedHashMap<>();
        touched.forEach(t ->
                byMember.computeIfAbsent(t.memberId(), m -> new ArrayList<>()).add(t.date()));
        Map<SchedulePlan.Touched, ScheduleDayView> rows = new LinkedHashMap<>();
        touched.forEach(t -> rows.put(t, null));
        byMember.forEach((member, dates) -> {
            LocalDate from = dates.stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate to = dates.stream().max(LocalDate::compareTo).orElseThrow();
            NavigableMap<LocalDate, ScheduledDay> days =
                    schedules.days(List.of(member), cid, from, to).get(member);
            dates.forEach(date ->
                    rows.put(new SchedulePlan.Touched(member, date), ScheduleDayView.of(member, days.get(date))));
        });
        return List.copyOf(rows.values());
    }

    private List<Long> memberIds(long cid, QueryParams q) {
        Set<Long> requested = new LinkedHashSet<>(q.longs("staff_ids"));
        requested.addAll(q.longs("team_member_ids"));
        requested.addAll(q.longs("staff_id"));
        if (requested.isEmpty()) {
            return members.atLocation(cid).stream()
                    .filter(m -> !m.fired())
                    .map(TeamMember::id)
                    .toList();
        }
        requested.forEach(id -> access.activeMember(cid, id));
        return List.copyOf(requested);
    }

    /** The kind of day off the day is, or null when it is not a dated day off. */
    private static Integer offDayType(ScheduledDay day) {
        return day.override() != null && day.override().isDayOff()
                ? day.override().offDayType()
                : null;
    }
}
