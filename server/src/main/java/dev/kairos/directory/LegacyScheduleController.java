package dev.kairos.directory;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.refusal.Validation;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.wire.WireTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The deprecated one-member schedule: {@code /schedule/{cid}/{staff_id}[/{start_date}/{end_date}]}. */
@RestController
@RequestMapping("/api/v1")
class LegacyScheduleController {

    private final Schedules schedules;
    private final DirectoryAccess access;
    private final ActivityLog activity;

    LegacyScheduleController(Schedules schedules, DirectoryAccess access, ActivityLog activity) {
        this.schedules = schedules;
        this.access = access;
        this.activity = activity;
    }

    /** One day as the deprecated API sends it; {@code is_working} takes 0/1 or true/false. */
    record LegacyDay(String date, Boolean isWorking, List<SlotBody> slots) {}

    /** One day as the deprecated API answers it: {@code is_working} is 1 or 0. */
    record LegacyDayView(String date, int isWorking, List<SlotBody> slots) {}

    /** Dates as {@code Y-m-d} or {@code YYYYMMDD}. */
    @GetMapping("/schedule/{cid}/{staffId}/{startDate}/{endDate}")
    Envelope<List<LegacyDayView>> get(
            Caller caller,
            @PathVariable long cid,
            @PathVariable long staffId,
            @PathVariable String startDate,
            @PathVariable String endDate) {
        access.read(caller, cid);
        access.activeMember(cid, staffId);
        DateRange range = DateRange.of(
                WireTime.parseDate("start_date", startDate),
                WireTime.parseDate("end_date", endDate),
                "start_date",
                "end_date");
        return Envelope.of(days(cid, staffId, range.from(), range.toInclusive(), null));
    }

    @PutMapping("/schedule/{cid}/{staffId}")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Envelope<List<LegacyDayView>> put(
            Caller caller, @PathVariable long cid, @PathVariable long staffId, @RequestBody List<LegacyDay> body) {
        access.write(caller, cid, Right.MANAGE_SCHEDULE);
        access.activeMember(cid, staffId);
        List<DayOverride> days = parse(body);
        days.forEach(day -> schedules.setDay(staffId, cid, day));
        List<LocalDate> dates = days.stream().map(DayOverride::date).toList();
        activity.record(
                cid,
                caller,
                "updated",
                "schedule",
                staffId,
                Map.of("set", dates.stream().map(LocalDate::toString).toList()));
        if (dates.isEmpty()) {
            return Envelope.of(List.of(), Map.of("message", "Created"));
        }
        LocalDate from = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate to = dates.stream().max(LocalDate::compareTo).orElseThrow();
        return Envelope.of(days(cid, staffId, from, to, dates), Map.of("message", "Created"));
    }

    private static List<DayOverride> parse(List<LegacyDay> body) {
        if (body == null) {
            throw ApiException.badRequest("A JSON array of days is required");
        }
        if (body.size() > DateRange.MAX_DAYS) {
            throw ApiException.invalid("dates", "at most " + DateRange.MAX_DAYS + " days per request");
        }
        Validation v = new Validation();
        Map<LocalDate, DayOverride> days = new LinkedHashMap<>();
        for (int i = 0; i < body.size(); i++) {
            LegacyDay day = body.get(i);
            String field = "[" + i + "]";
            if (day == null || day.date() == null) {
                throw ApiException.invalid(field + ".date", "is required");
            }
            LocalDate date = WireTime.parseDate(field + ".date", day.date());
            boolean working = day.isWorking() == null || day.isWorking();
            List<TimeSlot> slots = SlotBody.day(day.slots(), field + ".slots", v);
            v.check(
                    days.put(date, working ? DayOverride.workingDay(date, slots) : DayOverride.dayOff(date, 0)) == null,
                    field + ".date",
                    "is given twice");
        }
        v.orThrow();
        return List.copyOf(days.values());
    }

    private List<LegacyDayView> days(long cid, long staffId, LocalDate from, LocalDate to, List<LocalDate> only) {
        NavigableMap<LocalDate, List<TimeSlot>> days = schedules.workingIntervals(staffId, cid, from, to);
        List<LegacyDayView> rows = new ArrayList<>();
        days.forEach((date, slots) -> {
            if (only == null || only.contains(date)) {
                rows.add(new LegacyDayView(date.toString(), slots.isEmpty() ? 0 : 1, SlotBody.wire(slots)));
            }
        });
        return rows;
    }
}
