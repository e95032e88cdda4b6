package dev.kairos.directory;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import dev.kairos.wire.QueryParams;
import dev.kairos.wire.WireTime;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Altegio's admin timetable: {@code GET /timetable/dates/{cid}[/{date}]}, the dates a team member
 * (or anyone, without {@code staff_id}) works in the month of the date, and
 * {@code GET /timetable/seances/{cid}/{staff_id}/{date}}, the day's grid of slot starts in their
 * working hours, each free or taken.
 */
@RestController
@RequestMapping("/api/v1")
class TimetableController {

    private final Schedules schedules;
    private final TeamMembers members;
    private final BusyIntervals busy;
    private final DirectoryAccess access;
    private final Clock clock;

    TimetableController(
            Schedules schedules, TeamMembers members, BusyIntervals busy, DirectoryAccess access, Clock clock) {
        this.schedules = schedules;
        this.members = members;
        this.busy = busy;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping({"/timetable/dates/{cid}", "/timetable/dates/{cid}/{date}"})
    Envelope<List<String>> dates(
            Caller caller,
            @PathVariable long cid,
            @PathVariable(required = false) String date,
            HttpServletRequest request) {
        Location location = access.read(caller, cid);
        LocalDate month =
                date == null ? clock.instant().atZone(location.zone()).toLocalDate() : WireTime.parseDate("date", date);
        List<Long> ids = staff(cid, new QueryParams(request).longValue("staff_id"));
        Map<Long, NavigableMap<LocalDate, List<TimeSlot>>> days = schedules.workingIntervals(
                ids, cid, month.withDayOfMonth(1), month.withDayOfMonth(month.lengthOfMonth()));
        return Envelope.of(month.withDayOfMonth(1)
                .datesUntil(month.withDayOfMonth(month.lengthOfMonth()).plusDays(1))
                .filter(d -> days.values().stream().anyMatch(m -> !m.get(d).isEmpty()))
                .map(LocalDate::toString)
                .toList());
    }

    @GetMapping({"/timetable/seances/{cid}/{staffId}/{date}", "/timetable/seances/{cid}/{date}"})
    Envelope<List<Seances.Seance>> seances(
            Caller caller,
            @PathVariable long cid,
            @PathVariable(required = false) Long staffId,
            @PathVariable String date,
            HttpServletRequest request) {
        Location location = access.read(caller, cid);
        LocalDate day = WireTime.parseDate("date", date);
        Long member = staffId != null ? staffId : new QueryParams(request).longValue("staff_id");
        List<Long> ids = staff(cid, member);
        Map<Long, NavigableMap<LocalDate, List<TimeSlot>>> hours = schedules.workingIntervals(ids, cid, day, day);
        Seances grid = new Seances(location.zone(), day, location.booking().slotStepMinutes());
        return Envelope.of(
                grid.of(hours, busy.held(ids, cid, grid.start(), grid.end().plusSeconds(grid.stepSeconds()))));
    }

    /** The team member asked for (404 unless they work here), or everyone not fired for 0 or none. */
    private List<Long> staff(long cid, Long staffId) {
        if (staffId != null && staffId != 0) {
            return List.of(access.activeMember(cid, staffId).id());
        }
        return members.atLocation(cid).stream()
                .filter(m -> !m.fired())
                .map(TeamMember::id)
                .toList();
    }
}
