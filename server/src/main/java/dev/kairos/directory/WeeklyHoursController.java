package dev.kairos.directory;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import java.util.List;
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
    private final TeamAdmin team;

    WeeklyHoursController(Schedules schedules, DirectoryAccess access, TeamAdmin team) {
        this.schedules = schedules;
        this.access = access;
        this.team = team;
    }

    @GetMapping("/locations/{cid}/team_members/{tid}/weekly_hours")
    Envelope<List<WeeklyEntry>> get(Caller caller, @PathVariable long cid, @PathVariable long tid) {
        access.read(caller, cid);
        access.activeMember(cid, tid);
        return Envelope.of(WeeklyEntry.wire(schedules.weeklyHours(tid, cid)));
    }

    /** Replaces the whole week: {@code [{day_of_week 1..7 (Monday = 1), from, to}]}; an empty array clears it. */
    @PutMapping("/locations/{cid}/team_members/{tid}/weekly_hours")
    Envelope<List<WeeklyEntry>> put(
            Caller caller, @PathVariable long cid, @PathVariable long tid, @RequestBody List<WeeklyEntry> body) {
        return Envelope.of(WeeklyEntry.wire(team.replaceWeek(caller, cid, tid, body)));
    }
}
