package dev.kairos.directory;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A location's team as the API and the team pages change it: members, positions, weekly hours
 * and dated changes of them, with the same checks and rights, every change in the activity log.
 * Refusals are thrown; a page reads them with {@link dev.kairos.refusal.Refused#refusal()}.
 */
@Service
class TeamAdmin {

    private final TeamMembers members;
    private final Positions positions;
    private final Schedules schedules;
    private final DirectoryAccess access;
    private final ActivityLog activity;

    TeamAdmin(
            TeamMembers members,
            Positions positions,
            Schedules schedules,
            DirectoryAccess access,
            ActivityLog activity) {
        this.members = members;
        this.positions = positions;
        this.schedules = schedules;
        this.access = access;
        this.activity = activity;
    }

    @Transactional
    TeamMember create(Caller caller, long cid, TeamMemberRequest request) {
        if (request == null) {
            throw Refusal.malformed(Fault.of("refusal.json-body", "A JSON body is required"))
                    .exception();
        }
        Location location = access.write(caller, cid, Right.MANAGE_STAFF);
        long id = members.insert(cid, TeamMemberForm.from(request, null, location.chainId(), positions, members));
        activity.record(cid, caller, "created", "team_member", id, Map.of("name", request.name()));
        return access.member(cid, id);
    }

    /** Changes a member at her home location; absent fields keep their value. */
    @Transactional
    TeamMember update(Caller caller, long cid, long id, TeamMemberRequest request) {
        Location location = access.write(caller, cid, Right.MANAGE_STAFF);
        TeamMember member = homeMember(cid, id);
        members.update(id, TeamMemberForm.from(request, member, location.chainId(), positions, members));
        activity.record(cid, caller, "updated", "team_member", id, Map.of("name", member.name()));
        return access.member(cid, id);
    }

    @Transactional
    TeamMember delete(Caller caller, long cid, long id) {
        access.write(caller, cid, Right.MANAGE_STAFF);
        TeamMember member = homeMember(cid, id);
        members.delete(id);
        activity.record(cid, caller, "deleted", "team_member", id, Map.of("name", member.name()));
        return member;
    }

    /** A new position of the location's chain. */
    @Transactional
    Position addPosition(Caller caller, long cid, String title, String apiId) {
        Location location = access.write(caller, cid, Right.MANAGE_STAFF);
        String stripped = title == null ? null : title.strip();
        new Validation()
                .required(stripped, "title")
                .atMost(stripped, 200, "title")
                .orThrow();
        String api = apiId == null ? "" : apiId;
        long id = positions.insert(location.chainId(), stripped, api);
        activity.record(cid, caller, "created", "position", id, Map.of("title", stripped));
        return new Position(id, location.chainId(), stripped, api);
    }

    /** Replaces the member's whole week at the location; an empty list clears it. */
    @Transactional
    Map<DayOfWeek, List<TimeSlot>> replaceWeek(Caller caller, long cid, long tid, List<WeeklyEntry> entries) {
        access.write(caller, cid, Right.MANAGE_SCHEDULE);
        access.activeMember(cid, tid);
        Map<DayOfWeek, List<TimeSlot>> week = WeeklyEntry.week(entries, "weekly_hours");
        schedules.replaceWeeklyHours(tid, cid, week);
        activity.record(
                cid,
                caller,
                "updated",
                "weekly_hours",
                tid,
                Map.of("days", week.keySet().stream().map(DayOfWeek::getValue).toList()));
        return schedules.weeklyHours(tid, cid);
    }

    /**
     * Sets working days and deletes dates from the schedule, all or nothing. A deleted date is a
     * day off, as in Altegio.
     *
     * @return what the change touched, checked in full before anything was written
     */
    @Transactional
    SchedulePlan changeSchedule(Caller caller, long cid, ScheduleChange change) {
        access.write(caller, cid, Right.MANAGE_SCHEDULE);
        SchedulePlan plan = SchedulePlan.of(change, cid, access);
        Map<Long, Map<String, List<String>>> log = new TreeMap<>();
        for (SchedulePlan.DeleteDays delete : plan.deletes()) {
            for (LocalDate date : delete.dates()) {
                schedules.setDay(delete.memberId(), cid, DayOverride.dayOff(date, 0));
                logged(log, delete.memberId(), "deleted").add(date.toString());
            }
        }
        for (SchedulePlan.SetDay set : plan.sets()) {
            schedules.setDay(set.memberId(), cid, set.day());
            logged(log, set.memberId(), "set").add(set.day().date().toString());
        }
        log.forEach((member, details) -> activity.record(cid, caller, "updated", "schedule", member, details));
        return plan;
    }

    /** Takes the member's change on the date away, so her weekly hours apply again; 404 when there is none. */
    @Transactional
    void clearDay(Caller caller, long cid, long tid, LocalDate date) {
        access.write(caller, cid, Right.MANAGE_SCHEDULE);
        access.activeMember(cid, tid);
        if (!schedules.clearDay(tid, cid, date)) {
            throw Refusal.notFound("Schedule change").exception();
        }
        activity.record(cid, caller, "updated", "schedule", tid, Map.of("cleared", List.of(date.toString())));
    }

    private TeamMember homeMember(long cid, long id) {
        TeamMember member = access.activeMember(cid, id);
        if (member.locationId() != cid) {
            throw Refusal.notFound("Staff").exception();
        }
        return member;
    }

    private static List<String> logged(Map<Long, Map<String, List<String>>> log, long member, String kind) {
        return log.computeIfAbsent(member, m -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>());
    }
}
