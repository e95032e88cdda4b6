package dev.kairos.directory;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Validation;
import dev.kairos.wire.WireTime;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A location's settings and opening hours, as the API and the settings pages change them: the
 * same checks, the same rights, every change in the activity log. Refusals are thrown; a caller
 * that answers a page reads them with {@link dev.kairos.refusal.Refused#refusal()}.
 */
@Service
public class LocationSettings {

    private final Locations locations;
    private final OpeningHours hours;
    private final Access access;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LocationSettings(
            Locations locations,
            OpeningHours hours,
            Access access,
            ActivityLog activity,
            ApplicationEventPublisher events,
            Clock clock) {
        this.locations = locations;
        this.hours = hours;
        this.access = access;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    /** A special day as sent: {@code closed}, or one interval {@code from}-{@code to}; several rows of one date add up. */
    record SpecialDay(String date, Boolean closed, String from, String to) {}

    /** Whether the caller may open new locations in the chain: the chain's owner only. */
    public boolean mayOpen(Caller caller) {
        return caller.user() != null && caller.user().owner();
    }

    /** Refuses a caller who may not change the location's settings. */
    void requireSettings(Caller caller, long id) {
        access.require(caller, id, Right.MANAGE_SETTINGS);
    }

    /** Opens a new location in the caller's chain; only the chain's owner may. */
    @Transactional
    Location open(Caller caller, LocationRequest request) {
        if (caller.user() == null) {
            throw Refusal.unauthenticated().exception();
        }
        if (!mayOpen(caller)) {
            throw Refusal.forbidden().exception();
        }
        // The partner token names the chain a new location joins; a user of another chain may not use it.
        if (caller.partner() != null
                && caller.partner().chainId() != null
                && caller.partner().chainId() != caller.user().chainId()) {
            throw Refusal.forbidden().exception();
        }
        long id = locations.insert(caller.user().chainId(), LocationFields.from(request, null));
        events.publishEvent(new LocationOpened(id, caller.user().chainId()));
        activity.record(id, caller, "created", "location", id, Map.of("title", request.title()));
        return find(id);
    }

    /** Lays the request over the stored settings; absent fields keep their value. */
    @Transactional
    Location update(Caller caller, long id, LocationRequest request) {
        access.require(caller, id, Right.MANAGE_SETTINGS);
        locations.update(id, LocationFields.from(request, find(id)));
        activity.record(id, caller, "updated", "location", id, Map.of());
        return find(id);
    }

    /** Replaces the weekly hours and all special days. */
    @Transactional
    LocationHours replaceHours(Caller caller, long id, List<WeeklyEntry> weekly, List<SpecialDay> specialDays) {
        access.require(caller, id, Right.MANAGE_SETTINGS);
        if (weekly == null) {
            throw Refusal.invalid("weekly", Fault.required()).exception();
        }
        Map<DayOfWeek, List<TimeSlot>> week = WeeklyEntry.week(weekly, "weekly");
        Map<LocalDate, List<TimeSlot>> special = special(specialDays == null ? List.of() : specialDays);
        hours.replace(id, week, special);
        activity.record(id, caller, "updated", "opening_hours", id, Map.of("special_days", special.size()));
        return hours.of(id);
    }

    /** Replaces the weekly hours and keeps the special days. */
    @Transactional
    LocationHours replaceWeek(Caller caller, long id, List<WeeklyEntry> weekly) {
        access.require(caller, id, Right.MANAGE_SETTINGS);
        Map<DayOfWeek, List<TimeSlot>> week = WeeklyEntry.week(weekly, "weekly");
        hours.replace(id, week, hours.of(id).specialDays());
        activity.record(
                id,
                caller,
                "updated",
                "opening_hours",
                id,
                Map.of("days", week.keySet().stream().map(DayOfWeek::getValue).toList()));
        return hours.of(id);
    }

    /** Sets one date's special hours (rows of that one date), replacing any it had. */
    @Transactional
    LocationHours setSpecialDay(Caller caller, long id, List<SpecialDay> rows) {
        access.require(caller, id, Right.MANAGE_SETTINGS);
        Map<LocalDate, List<TimeSlot>> day = special(rows);
        Map<LocalDate, List<TimeSlot>> special = new TreeMap<>(hours.of(id).specialDays());
        special.putAll(day);
        LocationHours stored = hours.of(id);
        hours.replace(id, stored.weekly(), special);
        day.forEach((date, slots) -> activity.record(
                id, caller, "updated", "special_day", id, Map.of("date", date.toString(), "closed", slots.isEmpty())));
        return hours.of(id);
    }

    /** Takes a special day off, so the weekly hours apply on its date again; 404 when there is none. */
    @Transactional
    LocationHours removeSpecialDay(Caller caller, long id, LocalDate date) {
        access.require(caller, id, Right.MANAGE_SETTINGS);
        LocationHours stored = hours.of(id);
        Map<LocalDate, List<TimeSlot>> special = new TreeMap<>(stored.specialDays());
        if (special.remove(date) == null) {
            throw Refusal.notFound("Special day").exception();
        }
        hours.replace(id, stored.weekly(), special);
        activity.record(id, caller, "deleted", "special_day", id, Map.of("date", date.toString()));
        return hours.of(id);
    }

    /** Today at the location, in its zone. */
    LocalDate today(Location location) {
        return clock.instant().atZone(location.zone()).toLocalDate();
    }

    private Location find(long id) {
        return locations.find(id).orElseThrow(() -> Refusal.notFound("Location").exception());
    }

    private static Map<LocalDate, List<TimeSlot>> special(List<SpecialDay> days) {
        Validation v = new Validation();
        Map<LocalDate, List<SlotBody>> open = new TreeMap<>();
        Map<LocalDate, Boolean> closed = new TreeMap<>();
        for (int i = 0; i < days.size(); i++) {
            SpecialDay day = days.get(i);
            String field = "special_days[" + i + "]";
            if (day == null || day.date() == null || day.date().isBlank()) {
                throw Refusal.invalid(field + ".date", Fault.required()).exception();
            }
            LocalDate date = WireTime.parseDate(field + ".date", day.date());
            if (Boolean.TRUE.equals(day.closed())) {
                v.check(
                        day.from() == null && day.to() == null,
                        field,
                        Fault.of("fault.closed-day-hours", "a closed day has no from/to"));
                closed.put(date, true);
            } else {
                open.computeIfAbsent(date, d -> new ArrayList<>()).add(new SlotBody(day.from(), day.to()));
            }
        }
        Map<LocalDate, List<TimeSlot>> special = new TreeMap<>();
        closed.keySet().forEach(date -> {
            v.check(
                    !open.containsKey(date),
                    "special_days",
                    Fault.of("fault.closed-and-open", date + " is both closed and open", date.toString()));
            special.put(date, List.of());
        });
        open.forEach((date, slots) -> special.put(date, SlotBody.day(slots, "special_days." + date, v)));
        v.orThrow();
        return special;
    }
}
