package dev.kairos.directory;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Validation;
import dev.kairos.wire.WireTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A schedule change checked in full before anything is written: every member works at the
 * location (404 otherwise), every date is real (400), every day's slots are valid (422).
 */
record SchedulePlan(List<SetDay> sets, List<DeleteDays> deletes) {

    static final int MAX_ENTRIES = 1000;

    record SetDay(long memberId, DayOverride day) {}

    record DeleteDays(long memberId, List<LocalDate> dates) {}

    static SchedulePlan of(ScheduleChange change, long locationId, DirectoryAccess access) {
        if (change == null) {
            throw Refusal.malformed(Fault.of("refusal.json-body", "A JSON body is required"))
                    .exception();
        }
        List<ScheduleChange.ToSet> toSet = change.schedulesToSet() == null ? List.of() : change.schedulesToSet();
        List<ScheduleChange.ToDelete> toDelete =
                change.schedulesToDelete() == null ? List.of() : change.schedulesToDelete();
        if (toSet.size() + toDelete.size() > MAX_ENTRIES) {
            throw Refusal.invalid(
                            "schedules_to_set",
                            Fault.of(
                                    "fault.entries-at-most",
                                    "at most " + MAX_ENTRIES + " entries per request",
                                    MAX_ENTRIES))
                    .exception();
        }
        Validation v = new Validation();
        List<SetDay> sets = new ArrayList<>();
        for (int i = 0; i < toSet.size(); i++) {
            String field = "schedules_to_set[" + i + "]";
            ScheduleChange.ToSet entry = toSet.get(i);
            long member = member(entry == null ? null : entry.member(), field, locationId, access);
            List<TimeSlot> slots = SlotBody.day(entry.slots(), field + ".slots", v);
            int offDayType = entry.offDayType() == null ? 0 : entry.offDayType();
            for (LocalDate date : dates(entry.dates(), field)) {
                sets.add(new SetDay(
                        member,
                        slots.isEmpty() ? DayOverride.dayOff(date, offDayType) : DayOverride.workingDay(date, slots)));
            }
        }
        List<DeleteDays> deletes = new ArrayList<>();
        for (int i = 0; i < toDelete.size(); i++) {
            String field = "schedules_to_delete[" + i + "]";
            ScheduleChange.ToDelete entry = toDelete.get(i);
            long member = member(entry == null ? null : entry.member(), field, locationId, access);
            deletes.add(new DeleteDays(member, dates(entry.dates(), field)));
        }
        v.orThrow();
        return new SchedulePlan(sets, deletes);
    }

    /** Every (member, date) the plan touches, in order, without repeats. */
    Set<Touched> touched() {
        Set<Touched> touched = new LinkedHashSet<>();
        sets.forEach(s -> touched.add(new Touched(s.memberId(), s.day().date())));
        deletes.forEach(d -> d.dates().forEach(date -> touched.add(new Touched(d.memberId(), date))));
        return touched;
    }

    record Touched(long memberId, LocalDate date) {}

    private static long member(Long id, String field, long locationId, DirectoryAccess access) {
        if (id == null) {
            throw Refusal.invalid(field + ".staff_id", Fault.required()).exception();
        }
        return access.activeMember(locationId, id).id();
    }

    private static List<LocalDate> dates(List<String> dates, String field) {
        if (dates == null || dates.isEmpty()) {
            throw Refusal.invalid(field + ".dates", Fault.required()).exception();
        }
        if (dates.size() > DateRange.MAX_DAYS) {
            throw Refusal.invalid(
                            field + ".dates",
                            Fault.of(
                                    "fault.dates-at-most",
                                    "at most " + DateRange.MAX_DAYS + " dates per entry",
                                    DateRange.MAX_DAYS))
                    .exception();
        }
        List<LocalDate> parsed = new ArrayList<>();
        for (String date : dates) {
            if (date == null) {
                throw Refusal.invalid(field + ".dates", Fault.of("fault.no-empty-entry", "must not contain null"))
                        .exception();
            }
            parsed.add(WireTime.parseDate(field + ".dates", date));
        }
        return parsed;
    }
}
