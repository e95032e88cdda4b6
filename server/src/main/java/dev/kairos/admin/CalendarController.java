package dev.kairos.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kairos.appointments.RecordFilter;
import dev.kairos.appointments.RecordQueries;
import dev.kairos.appointments.RecordViews;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.catalog.Services;
import dev.kairos.directory.Location;
import dev.kairos.directory.OpeningHours;
import dev.kairos.directory.Resource;
import dev.kairos.directory.Resources;
import dev.kairos.directory.Schedules;
import dev.kairos.directory.TeamMember;
import dev.kairos.directory.TimeSlot;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The appointment calendar: a day with a column per team member, their time off shaded (a
 * server-rendered grid, htmx for its panels), and a week of one team member (FullCalendar's time grid over {@link #events}).
 * Creating, opening, moving and changing the status of appointments are in {@link CalendarActions}.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/calendar")
class CalendarController {

    private static final int MAX_PAGES = 20;

    private final Workplace workplace;
    private final RecordQueries queries;
    private final AppointmentRows rows;
    private final Schedules schedules;
    private final OpeningHours openingHours;
    private final Resources resources;
    private final Services services;

    CalendarController(
            Workplace workplace,
            RecordQueries queries,
            AppointmentRows rows,
            Schedules schedules,
            OpeningHours openingHours,
            Resources resources,
            Services services) {
        this.workplace = workplace;
        this.queries = queries;
        this.rows = rows;
        this.schedules = schedules;
        this.openingHours = openingHours;
        this.resources = resources;
        this.services = services;
    }

    @GetMapping
    String calendar(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "day") String view,
            @RequestParam(name = "staff_id", required = false) Long staffId,
            @RequestParam(required = false) Long open,
            Model model) {
        Location location = workplace.open(user, locationId, Right.VIEW_RECORDS, model, "calendar");
        LocalDate day = date != null ? date : LocalDate.now(location.zone());
        List<TeamMember> members = workplace.team(locationId);
        boolean week = view.equals("week");
        model.addAttribute("date", day);
        model.addAttribute("week", week);
        model.addAttribute("members", members);
        model.addAttribute("open", open);
        model.addAttribute("mayEdit", workplace.holds(user, locationId, Right.EDIT_RECORDS));
        model.addAttribute("previous", week ? day.minusWeeks(1) : day.minusDays(1));
        model.addAttribute("next", week ? day.plusWeeks(1) : day.plusDays(1));
        if (week) {
            model.addAttribute(
                    "staffId",
                    staffId != null
                            ? staffId
                            : members.isEmpty() ? 0 : members.get(0).id());
        } else {
            List<AppointmentRow> appointments =
                    rows.of(location.chainId(), appointments(user, location, day, day, List.of()));
            Map<Long, String> titles = workplace.rooms(locationId);
            Map<Long, List<TimeSlot>> working = new LinkedHashMap<>();
            schedules
                    .workingIntervals(members.stream().map(TeamMember::id).toList(), locationId, day, day)
                    .forEach((member, days) -> working.put(member, days.getOrDefault(day, List.of())));
            model.addAttribute(
                    "grid",
                    DayGrid.of(
                            day,
                            members,
                            appointments,
                            working,
                            openingHours.of(locationId).on(day),
                            rooms(locationId, titles),
                            titles));
        }
        return "admin/calendar";
    }

    /**
     * The rooms the front desk books without a team member: every instance of a resource that an
     * active service without a team member holds, in the resources' order.
     */
    private List<DayGrid.Room> rooms(long locationId, Map<Long, String> titles) {
        java.util.Set<Long> held = new java.util.HashSet<>();
        services.active(locationId).stream()
                .filter(s -> !s.booking().requiresStaff())
                .forEach(s -> held.addAll(s.resourceIds()));
        List<DayGrid.Room> rooms = new ArrayList<>();
        for (Resource resource : resources.atLocation(locationId)) {
            if (held.contains(resource.id())) {
                resource.instances().forEach(i -> rooms.add(new DayGrid.Room(i.id(), titles.get(i.id()))));
            }
        }
        return rooms;
    }

    /**
     * FullCalendar's event feed: the appointments (not deleted) from {@code start} until {@code end}
     * (exclusive), of one team member or all, with local wall-clock times of the location.
     */
    @GetMapping("/events")
    @ResponseBody
    List<Event> events(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam String start,
            @RequestParam String end,
            @RequestParam(name = "staff_id", required = false) Long staffId) {
        Location location = workplace.open(user, locationId, Right.VIEW_RECORDS);
        LocalDate from = LocalDate.parse(start.substring(0, Math.min(10, start.length())));
        LocalDate to =
                LocalDate.parse(end.substring(0, Math.min(10, end.length()))).minusDays(1);
        if (to.isBefore(from) || to.isAfter(from.plusDays(62))) {
            throw dev.kairos.web.ApiException.invalid("end", "must be after start, at most two months on");
        }
        List<Event> events = new ArrayList<>();
        for (AppointmentRow a : rows.of(
                location.chainId(),
                appointments(user, location, from, to, staffId == null ? List.of() : List.of(staffId)))) {
            events.add(new Event(
                    String.valueOf(a.id()),
                    a.clientName().isEmpty()
                            ? a.services()
                            : a.clientName() + (a.services().isEmpty() ? "" : " · " + a.services()),
                    a.start().toString(),
                    a.end().toString(),
                    List.of("appt", a.status()),
                    new EventProps(a.staffId(), rows.statusName(a), a.member())));
        }
        return events;
    }

    /** An appointment as FullCalendar takes an event: local wall-clock times, its status as a class. */
    record Event(
            String id,
            String title,
            String start,
            String end,
            @JsonProperty("classNames") List<String> classNames,
            @JsonProperty("extendedProps") EventProps extendedProps) {}

    /** What the calendar's event handlers read beside the event itself. */
    record EventProps(long staffId, String status, String member) {}

    private List<RecordViews.Appointment> appointments(
            SessionUser user, Location location, LocalDate from, LocalDate to, List<Long> staffIds) {
        ZoneId zone = location.zone();
        List<RecordViews.Appointment> all = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            RecordQueries.Listing listing =
                    queries.list(user.caller(), location.id(), zone, RecordFilter.calendar(from, to, staffIds, page));
            all.addAll(listing.appointments());
            if (all.size() >= listing.totalCount() || listing.appointments().isEmpty()) {
                break;
            }
        }
        return all;
    }
}
