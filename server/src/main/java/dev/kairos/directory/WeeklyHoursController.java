package dev.kairos.directory;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.web.Envelope;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Kairos' own: a team member's weekly hours at a location, {@code /locations/{id}/team_members/{tid}/weekly_hours}. */
@RestController
@RequestMapping("/api/v1")
class WeeklyHoursController {

    private final Schedules schedules;
    private final DirectoryAccess access;
    private final ActivityLog activity;

    WeeklyHoursController(Schedules schedules, DirectoryAccess access, ActivityLog activity) {
        this.schedules = schedules;
        this.access = access;
        this.activity = activity;
    }

    @GetMapping("/locations/{cid}/team_members/{tid}/weekly_hours")
    Envelope<List<Map<String, Object>>> get(Caller caller, @PathVariable long cid, @PathVariable long tid) {
        access.read(caller, cid);
        access.activeMember(cid, tid);
        return Envelope.of(WeeklyEntry.wire(schedules.weeklyHours(tid, cid)));
    }

    /** Replaces the whole week: {@code [{day_of_week 1..7 (Monday = 1), from, to}]}; an empty array clears it. */
    @PutMapping("/locations/{cid}/team_members/{tid}/weekly_hours")
    @Transactional
    Envelope<List<Map<String, Object>>> put(
            Caller caller, @PathVariable long cid, @PathVariable long tid, @RequestBody List<WeeklyEntry> body) {
        access.write(caller, cid, Right.MANAGE_SCHEDULE);
        access.activeMember(cid, tid);
        Map<DayOfWeek, List<TimeSlot>> week = WeeklyEntry.week(body, "weekly_hours");
        schedules.replaceWeeklyHours(tid, cid, week);
        activity.record(
                cid,
                caller,
                "updated",
                "weekly_hours",
                tid,
                Map.of("days", week.keySet().stream().map(DayOfWeek::getValue).toList()));
        return Envelope.of(WeeklyEntry.wire(schedules.weeklyHours(tid, cid)));
    }
}
